package org.lithos.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.ui.internal.editor.CellEditor;
import org.lithos.dsl.workspace.Formatting;
import org.lithos.dsl.workspace.LithosWorkspace;

/**
 * Typing aids: brackets and quotes close themselves and are stepped over, Enter indents inside a block, a closing
 * brace on a blank line goes back a level. Text typed key by key, never touching a closing character or an
 * indentation, comes out in the formatter's layout.
 */
class TypingTest {

	private static final String HEADER = "package tests.typing\n\nimport lithos.materials.*\n\n";

	@AfterEach
	void closeEditors() {
		Ui.closeDialogs();
		Ui.run(() -> CellEditorTest.page().closeAllEditors(false));
	}

	@Test
	void bracketsCloseAndEnterIndentsAsTheFormatterLaysOut() throws Exception {
		IFile file = Workspace.file("typing_aids.cell", HEADER);
		CellEditor editor = CellEditorTest.open(file);
		IDocument document = CellEditorTest.document(editor);
		// what a user types: no closing brace, bracket or quote, no indentation (Enter is '\r')
		typeAtEnd(editor, "cell Half \"typed\" {\rformat half\rarea 12 mm diameter\rcollector Cu 9 um {\rlayer W 30 nm");
		typeAtEnd(editor, "\r\rprotocol Cycle(j = 1 mA/cm2) {\rrepeat 2 {\rplate at j for 1 mAh/cm2\rstrip at j until 0.2 V");
		typeAtEnd(editor, "\r");
		String expected = HEADER + """
				cell Half "typed" {
				    format half
				    area 12 mm diameter
				    collector Cu 9 um {
				        layer W 30 nm
				    }
				}

				protocol Cycle(j = 1 mA/cm2) {
				    repeat 2 {
				        plate at j for 1 mAh/cm2
				        strip at j until 0.2 V
				    }
				}
				""";
		String typed = Ui.ui(document::get);
		assertEquals(expected, typed, "closed and indented as typed");
		assertEquals(Formatting.format((XtextResource) LithosWorkspace.create().addText("typed.cell", typed)), typed,
				"the formatter's layout");
	}

	@Test
	void aClosingBraceOnABlankLineGoesBackALevel() throws Exception {
		IFile file = Workspace.file("typing_outdent.cell", HEADER + "cell Half {\n    format half\n    \n");
		CellEditor editor = CellEditorTest.open(file);
		IDocument document = CellEditorTest.document(editor);
		int blank = Ui.ui(document::get).lastIndexOf("    \n") + 4;
		CellEditorTest.type(editor, blank, "}");
		assertEquals(HEADER + "cell Half {\n    format half\n}\n", Ui.ui(document::get));
	}

	/** Types at the caret after moving it to the end of the text (where a user continues after a block). */
	private static void typeAtEnd(CellEditor editor, String keys) {
		int end = Ui.ui(() -> CellEditorTest.document(editor).getLength());
		CellEditorTest.type(editor, end, keys);
	}
}
