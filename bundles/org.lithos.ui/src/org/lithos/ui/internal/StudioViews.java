package org.lithos.ui.internal;

import java.util.List;

import org.lithos.ui.internal.charts.ChartView;
import org.lithos.ui.internal.run.RunsView;

/** Ids of the studio's own views, as declared in plugin.xml, and where the perspective puts them. */
public final class StudioViews {

	/** Views in the bottom folder, beside Problems and Console. */
	static final List<String> BOTTOM = List.of(RunsView.ID);
	/** Views right of the editors, placed when first shown. */
	static final List<String> RIGHT = List.of(ChartView.ID);

	private StudioViews() {
	}
}
