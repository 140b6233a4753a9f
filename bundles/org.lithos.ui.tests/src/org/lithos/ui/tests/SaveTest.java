package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.lithos.ui.internal.EditorOpener;

/**
 * Open, edit, save (the tool bar's Save button) and save as (File > Save As...), with the dirty state shown in the
 * title and asked about on close.
 */
class SaveTest {

	@Test
	void aFileOutsideTheWorkspaceIsEditedAndSaved() throws Exception {
		Path file = Files.createTempDirectory("studio-save").resolve("outside.cell");
		Files.writeString(file, "package outside\n");
		ITextEditor editor = Ui.sync(() -> (ITextEditor) open(file));
		type(editor, "// edited in the studio\n");
		assertTrue(Ui.sync(editor::isDirty));
		Ui.waitUntil("a dirty title", () -> Ui.window().getShell().getText().equals("*outside.cell - Lithos Studio"));
		Ui.run(() -> Widgets.pressWindowToolBarButton("Save"));
		assertFalse(Ui.sync(editor::isDirty));
		assertEquals("// edited in the studio\npackage outside\n", Files.readString(file, StandardCharsets.UTF_8));
		Ui.waitUntil("a clean title", () -> Ui.window().getShell().getText().equals("outside.cell - Lithos Studio"));
	}

	@Test
	void saveAsWritesANewFileAndTheTitleFollows() throws Exception {
		IFile original = Studies.file("rates.cell").getProject().getFile("save-as.cell");
		Ui.run(() -> {
			try {
				original.create(new java.io.ByteArrayInputStream("package saveas\n".getBytes(StandardCharsets.UTF_8)),
						true, null);
			} catch (org.eclipse.core.runtime.CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		ITextEditor editor = Ui.sync(() -> (ITextEditor) open(Path.of(original.getLocationURI())));
		type(editor, "// copy\n");
		Menus.chooseLater("File", "Save As...");
		Ui.waitUntil("the Save As dialog", () -> Widgets.shell("Save As") != null);
		Ui.screenshot("save-as", Ui.sync(() -> Widgets.shell("Save As")));
		Ui.run(() -> {
			Shell dialog = Widgets.shell("Save As");
			Widgets.one(dialog, Text.class, t -> t.getText().equals("save-as.cell")).setText("saved-copy.cell");
			Widgets.press(dialog, Widgets.all(dialog, org.eclipse.swt.widgets.Button.class,
					b -> b.getText().replace("&", "").equals("Save")).isEmpty() ? "OK" : "Save");
		});
		IFile copy = original.getProject().getFile("saved-copy.cell");
		Ui.waitUntil("the copy to be written", copy::exists);
		assertEquals("// copy\npackage saveas\n", Files.readString(Path.of(copy.getLocationURI())));
		assertEquals("package saveas\n", Files.readString(Path.of(original.getLocationURI())),
				"save as changed the original");
		Ui.waitUntil("the title to name the copy",
				() -> Ui.window().getShell().getText().equals("saved-copy.cell - Lithos Studio"));
	}

	@Test
	void closingADirtyEditorAsksAndDiscardingKeepsTheFile() throws Exception {
		Path file = Files.createTempDirectory("studio-close").resolve("dirty.cell");
		Files.writeString(file, "package dirty\n");
		ITextEditor editor = Ui.sync(() -> (ITextEditor) open(file));
		type(editor, "// not to be kept\n");
		Ui.display().asyncExec(() -> Ui.page().closeEditor(editor, true));
		Ui.waitUntil("the save prompt", () -> Widgets.shell("Save Resource") != null);
		Ui.screenshot("save-prompt", Ui.sync(() -> Widgets.shell("Save Resource")));
		Ui.run(() -> Widgets.press(Widgets.shell("Save Resource"), "Don't Save"));
		Ui.waitUntil("the editor to close", () -> Ui.page().findEditor(editor.getEditorInput()) == null);
		assertEquals("package dirty\n", Files.readString(file));
	}

	static IEditorPart open(Path file) {
		try {
			return EditorOpener.open(Ui.page(), file);
		} catch (org.eclipse.ui.PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	static void type(ITextEditor editor, String text) {
		Ui.run(() -> {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			try {
				document.replace(0, 0, text);
			} catch (org.eclipse.jface.text.BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
	}
}
