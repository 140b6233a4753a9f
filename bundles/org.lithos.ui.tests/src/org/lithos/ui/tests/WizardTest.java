package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.ui.internal.LithosPerspective;
import org.lithos.ui.internal.wizards.Examples;
import org.lithos.ui.internal.wizards.NewCellFileWizard;

/**
 * The wizards, opened from File > New, make a project and files from the working examples, and what they make
 * checks clean.
 */
class WizardTest {

	@Test
	void theProjectWizardProposesANameNoProjectHasSoFinishWorksAtOnce() throws Exception {
		String first = proposedProjectName();
		IProject taken = ResourcesPlugin.getWorkspace().getRoot().getProject(first);
		taken.create(null);
		try {
			String second = proposedProjectName();
			assertTrue(!second.equals(first) && second.startsWith("cells"),
					"with " + first + " taken the wizard proposes another name, not " + second);
		} finally {
			taken.delete(true, null);
		}
	}

	/** Opens the project wizard, checks its proposed name is free and Finish enabled, cancels; @return the name */
	private static String proposedProjectName() {
		Shell dialog = open("Lithos Project", "New Lithos Project");
		String proposed = Ui.sync(() -> Widgets.one(dialog, Text.class, t -> true).getText());
		String selected = Ui.sync(() -> Widgets.one(dialog, Text.class, t -> true).getSelectionText());
		boolean finishEnabled = Ui.sync(() -> Widgets.one(dialog, Button.class, b -> "Finish".equals(b.getText().replace("&", "")))
				.isEnabled());
		Ui.run(() -> Widgets.press(dialog, "Cancel"));
		Ui.waitUntil("the wizard to close", dialog::isDisposed);
		assertTrue(!proposed.isBlank(), "the wizard proposes no project name");
		assertTrue(!ResourcesPlugin.getWorkspace().getRoot().getProject(proposed).exists(),
				"the proposed name " + proposed + " is a project's already");
		assertTrue(finishEnabled, "Finish is not enabled with the proposed name " + proposed);
		assertEquals(proposed, selected, "the proposed name is not selected: a name typed is put in front of it");
		return proposed;
	}

	/**
	 * In a workspace without an open project the Cell File wizard has no folder to offer and Finish stays disabled:
	 * the page says to make a project first.
	 */
	@Test
	void theFileWizardWithoutAProjectSaysToMakeOneFirst() throws Exception {
		List<IProject> open = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(IProject::isOpen).toList();
		try {
			Ui.run(() -> {
				for (IProject project : open) {
					try {
						project.close(null);
					} catch (org.eclipse.core.runtime.CoreException e) {
						throw new IllegalStateException(e);
					}
				}
			});
			Shell dialog = open("Cell File", "New Cell File");
			// the message the dialog's title area shows (in the screenshot) is the page's
			boolean says = Ui.sync(() -> dialog.getData() instanceof org.eclipse.jface.wizard.WizardDialog wizard
					&& NewCellFileWizard.NO_PROJECT.equals(wizard.getCurrentPage().getMessage()));
			Ui.screenshot("wizard-Cell-File-no-project", dialog);
			Ui.run(() -> Widgets.press(dialog, "Cancel"));
			Ui.waitUntil("the wizard to close", dialog::isDisposed);
			assertTrue(says, "the page does not say that a project is needed first");
		} finally {
			Ui.run(() -> {
				for (IProject project : open) {
					try {
						project.open(null);
					} catch (org.eclipse.core.runtime.CoreException e) {
						throw new IllegalStateException(e);
					}
				}
			});
		}
	}


	@Test
	void theProjectWizardMakesAProjectWithTheTourThatChecksClean() throws Exception {
		Shell dialog = open("Lithos Project", "New Lithos Project");
		assertEquals("A tour of the Lithos cell language: open this file first.", Ui.sync(() -> summary(dialog)),
				"what the example offered first holds");
		Ui.run(() -> {
			Widgets.one(dialog, Text.class, t -> true).setText("cells");
			Widgets.press(dialog, "Finish");
		});
		Ui.waitUntil("the wizard to close", dialog::isDisposed);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("cells");
		assertTrue(project.isOpen(), "project not created");
		IFile tour = project.getFile("tour.cell");
		assertTrue(tour.exists(), "the project has no tour.cell");
		Path file = Path.of(tour.getLocationURI());
		assertEquals(Files.readString(Path.of("../../dsl/examples/tour.cell")), Files.readString(file),
				"the project's tour.cell is not the shipped example");
		assertEquals(List.of(), errors(file));
		// UTF-8 said explicitly, so the Problems view has no "Project 'cells' has no explicit encoding set"
		assertEquals(StandardCharsets.UTF_8.name(), project.getDefaultCharset(false));
		// the resources plug-in's job that marks projects without an encoding
		Ui.waitUntil("the project's encoding checked", () -> java.util.Arrays
				.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
				.noneMatch(job -> job.getClass().getSimpleName().equals("ValidateProjectEncoding")));
		List<String> problems = new java.util.ArrayList<>();
		for (org.eclipse.core.resources.IMarker marker : project.findMarkers(org.eclipse.core.resources.IMarker.PROBLEM,
				true, org.eclipse.core.resources.IResource.DEPTH_INFINITE)) {
			problems.add(String.valueOf(marker.getAttribute(org.eclipse.core.resources.IMarker.MESSAGE)));
		}
		assertEquals(List.of(), problems, "a new project has no problems");
		Ui.waitUntil("tour.cell of the project in an editor",
				() -> Ui.page().getActiveEditor() != null
						&& tour.equals(Ui.page().getActiveEditor().getEditorInput().getAdapter(IFile.class)));
	}

	@Test
	void theFileWizardMakesAFileFromAnExampleWithItsOwnPackage() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("files");
		Ui.run(() -> {
			try {
				project.create(null);
				project.open(null);
			} catch (org.eclipse.core.runtime.CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		// the project selected in the Project Explorer: the wizard puts the file there
		Ui.run(() -> {
			try {
				CommonNavigator explorer = (CommonNavigator) Ui.page().showView(LithosPerspective.PROJECT_EXPLORER);
				explorer.selectReveal(new StructuredSelection(project));
				Ui.page().activate(explorer);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.waitUntil("the project selected", () -> Ui.window().getSelectionService()
				.getSelection() instanceof StructuredSelection selected && project.equals(selected.getFirstElement()));
		Shell dialog = open("Cell File", "New Cell File");
		Ui.run(() -> {
			Widgets.one(dialog, Text.class, t -> t.getText().equals("cells.cell")).setText("my deposits.cell");
			Combo examples = Widgets.one(dialog, Combo.class, c -> "example".equals(c.getData("org.lithos.ui.widget")));
			examples.select(List.of(examples.getItems()).indexOf("morphology"));
			examples.notifyListeners(SWT.Selection, new Event());
		});
		// the chosen example says what it holds, in its own opening words
		String summary = Ui.sync(() -> summary(dialog));
		assertTrue(summary.startsWith("Early Li morphology with the kinetic Monte Carlo solver"), summary);
		assertEquals(Examples.summary("morphology"), summary);
		Ui.screenshot("wizard-Cell-File-morphology", dialog);
		Ui.run(() -> Widgets.press(dialog, "Finish"));
		Ui.waitUntil("the wizard to close", dialog::isDisposed);
		IFile made = project.getFile("my deposits.cell");
		assertTrue(made.exists(), "no file made");
		String text = Files.readString(Path.of(made.getLocationURI()), StandardCharsets.UTF_8);
		assertTrue(text.contains("\npackage my_deposits\n"), "package not renamed after the file");
		assertEquals(Examples.text("morphology").replace("package examples.morphology", "package my_deposits"), text);
		assertEquals(List.of(), errors(Path.of(made.getLocationURI())));
	}

	/**
	 * Opened while a view without workspace resources is active (the Runs view, as after a run), the Cell File
	 * wizard puts the file beside the one in the active editor instead of asking for a folder.
	 */
	@Test
	void theFileWizardOpenedFromAViewWithoutSelectionProposesTheEditorsFolder() throws Exception {
		IFile beside = Studies.file("tiny.cell");
		Ui.run(() -> {
			try {
				org.eclipse.ui.ide.IDE.openEditor(Ui.page(), beside, true);
				Ui.page().showView(org.lithos.ui.internal.run.RunsView.ID);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.waitUntil("the Runs view active", () -> Ui.page().getActivePart() instanceof org.lithos.ui.internal.run.RunsView);
		Shell dialog = open("Cell File", "New Cell File");
		List<String> fields = Ui.sync(() -> Widgets.all(dialog, Text.class, t -> true).stream().map(Text::getText)
				.toList());
		Ui.run(() -> Widgets.press(dialog, "Cancel"));
		Ui.waitUntil("the wizard to close", dialog::isDisposed);
		assertEquals(beside.getParent().getFullPath().makeRelative().toString(), fields.get(0),
				"the folder field; fields: " + fields);
	}

	/** @return the text under the example list: what the chosen example holds */
	private static String summary(Shell dialog) {
		return Widgets.one(dialog, org.eclipse.swt.widgets.Label.class,
				l -> "example summary".equals(l.getData("org.lithos.ui.widget"))).getText();
	}

	/** Opens a wizard as a user does, with File > New > its item; @return its dialog's shell */
	private static Shell open(String item, String title) {
		Menus.chooseLater("File", "New", item);
		Ui.waitUntil("the wizard '" + title + "'", () -> Widgets.shell(title) != null);
		Shell shell = Ui.sync(() -> Widgets.shell(title));
		Ui.screenshot("wizard-" + item.replace(' ', '-'), shell);
		return shell;
	}

	/** @return the errors `lithos check` would print for a file */
	static List<String> errors(Path file) {
		LithosWorkspace workspace = LithosWorkspace.create();
		workspace.addTarget(file, file.toString());
		return workspace.validate().stream().filter(Problem::isError).map(Problem::format).toList();
	}
}
