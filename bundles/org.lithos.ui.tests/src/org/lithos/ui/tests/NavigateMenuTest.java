package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * The Navigate menu's items chosen from the menu bar in the cell editor: Next Annotation goes to the problem, Open
 * Declaration to the declaration of the name at the caret (the language server's definition), Back returns to where
 * the caret was and Forward goes to the declaration again.
 */
class NavigateMenuTest {

	@Test
	void nextGoesToTheProblemOpenDeclarationToTheCellAndBackAndForwardBetweenThem() throws Exception {
		String text = Files.readString(Path.of("fixtures", "rates.cell")).replace("pressure 9 MPa", "pressure 9 mA/cm2");
		IFile file = Studies.create(Studies.project("navigate"), "navigate.cell", text);
		ITextEditor editor = assertInstanceOf(ITextEditor.class,
				Ui.sync(() -> SaveTest.open(Path.of(file.getLocationURI()))));
		IDocument document = Ui.sync(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		Ui.waitUntil("the editor's marker on the wrong unit", () -> marked(file));
		int problemLine = lineOf(text, "pressure 9 mA/cm2");

		caret(editor, 0);
		Menus.choose("Navigate", "Next");
		Ui.waitUntil("Next to select the problem", () -> {
			ITextSelection selection = selection(editor);
			return selection.getLength() > 0 && selection.getStartLine() == problemLine;
		});

		int use = text.indexOf("run Half with Cycling") + "run ".length();
		int declaration = text.indexOf("cell Half") + "cell ".length();
		caret(editor, use + 2);
		Menus.choose("Navigate", "Open Declaration");
		Ui.waitUntil("the declaration of Half selected", () -> selection(editor).getOffset() == declaration);
		assertEquals("Half", Ui.sync(() -> selection(editor).getText()));

		Menus.choose("Navigate", "Back");
		Ui.waitUntil("Back to the use of Half", () -> selection(editor).getStartLine() == lineOf(text, "run Half with"));
		Menus.choose("Navigate", "Forward");
		Ui.waitUntil("Forward to the declaration again", () -> selection(editor).getOffset() == declaration);
		assertTrue(Ui.sync(() -> document.get()).equals(text), "navigating changed nothing");
		Ui.run(() -> Ui.page().closeEditor(editor, false));
	}

	private static boolean marked(IFile file) {
		try {
			for (IMarker marker : file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
				if (marker.getAttribute(IMarker.MESSAGE, "").startsWith("'pressure' must be a pressure")) {
					return true;
				}
			}
			return false;
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int lineOf(String text, String part) {
		return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count();
	}

	private static void caret(ITextEditor editor, int offset) {
		Ui.run(() -> {
			editor.selectAndReveal(offset, 0);
			editor.setFocus();
		});
	}

	private static ITextSelection selection(ITextEditor editor) {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}
}
