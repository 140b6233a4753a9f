package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IURIEditorInput;
import org.junit.jupiter.api.Test;
import org.lithos.ui.internal.CommandLineFiles;

/**
 * {@code lithos studio FILE}: the build starts the studio with dsl/examples/tour.cell on its command line (the
 * harness adds its own options before it), so the file must be open in an editor and the title must name it.
 */
class CommandLineTest {

	private static final Path TOUR = Path.of("../../dsl/examples/tour.cell").toAbsolutePath().normalize();

	@Test
	void theFileNamedOnTheCommandLineIsOpenInAnEditor() {
		Ui.waitUntil("tour.cell in an editor", () -> tourEditor() != null);
		IEditorPart editor = Ui.sync(CommandLineTest::tourEditor);
		assertEquals("tour.cell", Ui.sync(() -> editor.getEditorInput().getName()));
		// outside the workspace: opened straight from the file system
		assertEquals(TOUR, Ui.sync(() -> Path.of(((IURIEditorInput) editor.getEditorInput()).getURI())));
	}

	@Test
	void theWindowTitleNamesTheActiveFile() {
		Ui.waitUntil("tour.cell in an editor", () -> tourEditor() != null);
		Ui.run(() -> Ui.page().activate(tourEditor()));
		// "tour.cell", or "examples/tour.cell" while another test's tour.cell is open too
		Ui.waitUntil("the title to name tour.cell", () -> Ui.window().getShell().getText()
				.equals(tourEditor().getTitle() + " - Lithos Studio") && tourEditor().getTitle().endsWith("tour.cell"));
		assertNotNull(Ui.screenshot("tour-open", null));
	}

	@Test
	void harnessOptionsAndTheirValuesAreNotFiles() {
		Path here = Path.of("/work");
		assertEquals(List.of(Path.of("/work/a.cell"), Path.of("/b.cell")), CommandLineFiles.of(
				new String[] { "-testproperties", "/tmp/x.properties", "a.cell", "-clean", "/b.cell" }, here));
	}

	static IEditorPart tourEditor() {
		for (IEditorReference reference : Ui.page().getEditorReferences()) {
			try {
				// the tab's name is not the file's when another tour.cell is open: the file from the command line
				if (reference.getEditorInput() instanceof IURIEditorInput input && Path.of(input.getURI()).equals(TOUR)) {
					return reference.getEditor(true);
				}
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		}
		return null;
	}
}
