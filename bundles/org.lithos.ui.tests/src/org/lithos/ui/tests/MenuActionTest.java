package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * The menus do what their items say, chosen as a user chooses them (the item's selection event), not only list
 * them: Edit > Undo and Redo on an edit in the cell editor, Help > About opening the About dialog.
 */
class MenuActionTest {

	@Test
	void editUndoAndRedoRevertAndRepeatAnEditInTheCellEditor() throws Exception {
		Path file = Files.createTempDirectory("studio-menu").resolve("menu.cell");
		Files.writeString(file, "package menu\n");
		ITextEditor editor = Ui.sync(() -> (ITextEditor) SaveTest.open(file));
		IDocument document = Ui.sync(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		SaveTest.type(editor, "// typed\n");
		Ui.run(() -> editor.setFocus());
		choose("Edit", "Undo");
		assertEquals("package menu\n", Ui.sync(document::get), "Edit > Undo reverts the edit");
		choose("Edit", "Redo");
		assertEquals("// typed\npackage menu\n", Ui.sync(document::get), "Edit > Redo repeats it");
		Ui.run(() -> Ui.page().closeEditor(editor, false));
	}

	@Test
	void helpAboutOpensTheAboutDialog() {
		Ui.display().asyncExec(() -> choose("Help", "About"));
		Ui.waitUntil("the About dialog", () -> aboutShell() != null);
		Shell about = Ui.sync(MenuActionTest::aboutShell);
		assertNotNull(about);
		Ui.run(about::close);
	}

	private static Shell aboutShell() {
		for (Shell shell : Ui.display().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getText().startsWith("About")) {
				return shell;
			}
		}
		return null;
	}

	/** Chooses a menu item: shows the menu (menu managers fill it then), selects the item, hides the menu. */
	private static void choose(String menu, String item) {
		Ui.run(() -> {
			for (MenuItem top : Ui.window().getShell().getMenuBar().getItems()) {
				if (top.getText().replace("&", "").equals(menu)) {
					Menu items = top.getMenu();
					items.notifyListeners(SWT.Show, new Event());
					for (MenuItem candidate : items.getItems()) {
						if (candidate.getText().replace("&", "").startsWith(item)) {
							if (!candidate.isEnabled()) {
								throw new AssertionError(menu + " > " + item + " is disabled");
							}
							items.notifyListeners(SWT.Hide, new Event());
							candidate.notifyListeners(SWT.Selection, new Event());
							return;
						}
					}
					throw new AssertionError(menu + " has no item " + item);
				}
			}
			throw new AssertionError("no menu " + menu);
		});
	}
}
