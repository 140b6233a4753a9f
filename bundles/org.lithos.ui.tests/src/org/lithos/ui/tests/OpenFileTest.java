package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IURIEditorInput;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.ui.CellEditorIds;

/**
 * File > Open File... chosen from the menu bar: the studio's handler asks the file dialog (here the
 * {@link AnsweringChooser}) for .cell files and opens what was chosen in cell editors; a cancelled dialog opens
 * nothing. The IDE's own Open File action, which would open GTK's dialog itself, is hidden: one item only.
 */
class OpenFileTest {

	@Test
	void theChosenFilesOpenInCellEditorsAndTheTitleNamesTheLast() throws Exception {
		Path folder = Files.createTempDirectory("studio-open");
		Path first = Files.writeString(folder.resolve("first.cell"), "package first\n");
		Path second = Files.writeString(folder.resolve("second.cell"), "package second\n");
		assertEquals(1, Menus.items("File").stream().filter(item -> item.startsWith("Open File")).count(),
				"one Open File item: " + Menus.items("File"));
		try (AnsweringChooser chooser = AnsweringChooser.answering(List.of(first, second), List.of())) {
			Menus.choose("File", "Open File...");
			Ui.waitUntil("both files in editors", () -> editor(first) != null && editor(second) != null);
			assertEquals(List.of(new AnsweringChooser.Question("Open File", List.of("cell"), null, null)),
					chooser.questions());
			assertEquals(CellEditorIds.EDITOR_ID, Ui.sync(() -> editor(second).getSite().getId()));
			assertEquals(second, Ui.sync(() -> Path.of(((IURIEditorInput) Ui.page().getActiveEditor()
					.getEditorInput()).getURI())), "the last file chosen is the active editor");
			Ui.waitUntil("the title to name it", () -> Ui.window().getShell().getText()
					.equals("second.cell - Lithos Studio"));

			// cancelled: nothing more opens
			int editors = Ui.sync(() -> Ui.page().getEditorReferences().length);
			Menus.choose("File", "Open File...");
			assertEquals(2, chooser.questions().size());
			assertEquals(editors, Ui.sync(() -> Ui.page().getEditorReferences().length));
		} finally {
			Ui.run(() -> {
				for (Path file : List.of(first, second)) {
					IEditorPart editor = editor(file);
					if (editor != null) {
						Ui.page().closeEditor(editor, false);
					}
				}
			});
		}
	}

	/** @return the open editor on a file, or null (call on the UI thread) */
	private static IEditorPart editor(Path file) {
		for (IEditorReference reference : Ui.page().getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor != null && editor.getEditorInput() instanceof IURIEditorInput input
					&& file.equals(Path.of(input.getURI()))) {
				return editor;
			}
		}
		return null;
	}
}
