package org.lithos.ui.internal;

import java.util.List;

import org.lithos.ui.internal.wizards.NewCellFileWizard;
import org.lithos.ui.internal.wizards.NewProjectWizard;

/** Ids of the studio's new-resource wizards, as declared in plugin.xml. */
public final class StudioWizards {

	/** The wizards in File > New, in menu order. */
	static final List<String> IDS = List.of(NewProjectWizard.ID, NewCellFileWizard.ID);

	private StudioWizards() {
	}
}
