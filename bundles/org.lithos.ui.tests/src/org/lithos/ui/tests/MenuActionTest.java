package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.text.IDocument;
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
		Menus.choose("Edit", "Undo");
		assertEquals("package menu\n", Ui.sync(document::get), "Edit > Undo reverts the edit");
		Menus.choose("Edit", "Redo");
		assertEquals("// typed\npackage menu\n", Ui.sync(document::get), "Edit > Redo repeats it");
		Ui.run(() -> Ui.page().closeEditor(editor, false));
	}

	@Test
	void helpAboutOpensTheAboutDialog() {
		Menus.chooseLater("Help", "About");
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
}
