package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;

/**
 * Editors of files with the same name ({@code cell.cell} in two projects, and in a folder of one of them) are told
 * apart as IDEs do: each tab carries the parent folders that make it unique and its tooltip is the file's whole path;
 * the window title names the active one as its tab does; a tab whose namesake closes gets its plain name back. They
 * all read "cell.cell", tab and window title alike.
 */
class SameNameTest {

	private static final String CELL = """
			package %s

			import lithos.materials.*

			cell Half "Li | LPSCl | Cu" {
			    format half
			    area 1 cm2
			    counter Li foil 100 um
			    separator Li6PS5Cl 150 mg
			    collector Cu 9 um
			}
			""";

	@Test
	void tabsAndTitlesOfSameNamedFilesCarryTheirParentFolder() throws Exception {
		IFile alpha = Studies.create(Studies.project("alpha"), "cell.cell", CELL.formatted("alpha"));
		IFile beta = Studies.create(Studies.project("beta"), "cell.cell", CELL.formatted("beta"));
		IFolder old = Studies.project("beta").getFolder("old");
		Ui.run(() -> {
			try {
				if (!old.exists()) {
					old.create(true, true, null);
				}
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		IFile older = Studies.create(Studies.project("beta"), "old/cell.cell", CELL.formatted("beta.old"));
		IEditorPart a = Ui.sync(() -> SaveTest.open(Path.of(alpha.getLocationURI())));
		assertEquals("cell.cell", Ui.sync(() -> tab(a).getText()), "alone, the plain name");
		IEditorPart b = Ui.sync(() -> SaveTest.open(Path.of(beta.getLocationURI())));
		IEditorPart c = Ui.sync(() -> SaveTest.open(Path.of(older.getLocationURI())));
		try {
			Ui.flush();
			assertEquals(List.of("alpha/cell.cell", "beta/cell.cell", "old/cell.cell"),
					Ui.sync(() -> List.of(tab(a).getText(), tab(b).getText(), tab(c).getText())));
			for (IFile file : List.of(alpha, beta, older)) {
				IEditorPart editor = file == alpha ? a : file == beta ? b : c;
				assertEquals(file.getLocation().toOSString(), Ui.sync(() -> tab(editor).getToolTipText()),
						"the tab's tooltip is the whole path");
			}
			assertEquals("old/cell.cell - Lithos Studio", Ui.sync(() -> Ui.window().getShell().getText()));
			Ui.run(() -> Ui.page().activate(a));
			Ui.flush();
			assertEquals("alpha/cell.cell - Lithos Studio", Ui.sync(() -> Ui.window().getShell().getText()));
			Ui.screenshot("same-name-tabs", null);
			Ui.run(() -> {
				Ui.page().closeEditor(b, false);
				Ui.page().closeEditor(c, false);
			});
			Ui.flush();
			assertEquals("cell.cell", Ui.sync(() -> tab(a).getText()), "its namesakes closed, the plain name again");
			assertEquals("cell.cell - Lithos Studio", Ui.sync(() -> Ui.window().getShell().getText()));
		} finally {
			Ui.run(() -> Ui.page().closeAllEditors(false));
		}
	}

	/** @return the tab showing an editor */
	private static CTabItem tab(IEditorPart editor) {
		Control control = editor.getAdapter(Control.class);
		Control folder = control;
		while (!(folder instanceof CTabFolder)) {
			folder = folder.getParent();
		}
		for (CTabItem item : ((CTabFolder) folder).getItems()) {
			for (Control c = control; c != null && c != folder; c = c.getParent()) {
				if (item.getControl() == c) {
					return item;
				}
			}
		}
		throw new AssertionError("no tab shows " + editor.getTitle());
	}
}
