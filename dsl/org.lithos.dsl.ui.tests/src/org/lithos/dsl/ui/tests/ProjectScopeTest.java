package org.lithos.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.ui.internal.editor.CellEditor;
import org.lithos.dsl.ui.internal.lsp.Diagnostics;

/**
 * Names are scoped per project, as in any Eclipse language IDE: two projects made from the same example (the New
 * Lithos Project wizard copies it verbatim) define nothing twice, while a name defined twice within one project
 * still is an error.
 */
class ProjectScopeTest {

	private static final String DUPLICATE = "is also defined in";

	@AfterEach
	void closeEditors() {
		Ui.closeDialogs();
		Ui.run(() -> CellEditorTest.page().closeAllEditors(false));
	}

	@Test
	void copiesOfAnExampleInTwoProjectsAreCleanButADuplicateInOneProjectIsNot() throws Exception {
		String tour = Ui.read(Workspace.EXAMPLES.resolve("tour.cell"));
		Workspace.file("scope-a", "tour.cell", tour);
		IFile duplicate = Workspace.file("scope-a", "dup.cell",
				"package examples.tour\n\nimport lithos.materials.*\n\nmaterial LPSCl_milled extends Li6PS5Cl {\n}\n");
		CellEditor inA = CellEditorTest.open(duplicate);
		Ui.waitForValue("the duplicate within project scope-a", () -> messages(inA), m -> m.stream()
				.anyMatch(text -> text.contains("'examples.tour.LPSCl_milled' " + DUPLICATE + " tour.cell")));

		// the same example in a second project: its names live in that project only
		IFile copy = Workspace.file("scope-b", "tour.cell", tour);
		CellEditor inB = CellEditorTest.open(copy);
		assertEquals(List.of(), messages(inB), "the copy in project scope-b has no problem");
		assertEquals(List.of(), Workspace.markers(copy), "nor a marker");
	}

	private static List<String> messages(CellEditor editor) {
		return editor.sync().diagnostics().stream().map(Diagnostics::message).toList();
	}
}
