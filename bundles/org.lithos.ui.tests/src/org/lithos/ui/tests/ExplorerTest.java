package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.lithos.ui.internal.LithosPerspective;
import org.lithos.ui.internal.run.RunHistory;
import org.lithos.ui.internal.run.RunStudiesHandler;
import org.lithos.ui.internal.run.StudyRun;

/**
 * The Project Explorer shows the workspace's projects and files, and its context menu's Run Studies (chosen as a
 * right-click and a click choose it) runs a selected .cell file's studies.
 */
class ExplorerTest {

	@Test
	void aCellFileSelectedInTheProjectExplorerRunsFromItsContextMenu() throws Exception {
		IFile tiny = Studies.file("tiny.cell");
		CommonNavigator explorer = Ui.sync(() -> {
			try {
				return (CommonNavigator) Ui.page().showView(LithosPerspective.PROJECT_EXPLORER);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.run(() -> explorer.selectReveal(new StructuredSelection(tiny)));
		Ui.waitUntil("the explorer to select tiny.cell", () -> Ui.sync(() -> {
			var selection = (StructuredSelection) explorer.getCommonViewer().getSelection();
			return tiny.equals(selection.getFirstElement());
		}));
		List<String> projects = Ui.sync(() -> {
			List<String> names = new ArrayList<>();
			for (TreeItem item : explorer.getCommonViewer().getTree().getItems()) {
				names.add(item.getText());
			}
			return names;
		});
		assertTrue(projects.contains(Studies.PROJECT), "the explorer does not list the project: " + projects);
		// the explorer's context menu, as a right-click shows it: Run Studies among its items, chosen
		List<String> contextMenu = Ui.sync(() -> {
			Ui.page().activate(explorer);
			Menu menu = explorer.getCommonViewer().getTree().getMenu();
			menu.notifyListeners(SWT.Show, new Event());
			List<String> items = new ArrayList<>();
			MenuItem run = null;
			boolean runIcon = false;
			for (MenuItem item : menu.getItems()) {
				String label = item.getText().replace("&", "").split("\t")[0];
				items.add(label);
				if (label.equals("Run Studies")) {
					run = item;
					// the same green arrow as the Run menu's item and the tool bar's button
					runIcon = item.getImage() != null;
				}
			}
			menu.notifyListeners(SWT.Hide, new Event());
			if (run != null) {
				run.notifyListeners(SWT.Selection, new Event());
			}
			if (run != null && !runIcon) {
				items.add("(Run Studies has no icon)");
			}
			return items;
		});
		assertTrue(contextMenu.contains("Run Studies"), "context menu: " + contextMenu);
		assertFalse(contextMenu.contains("(Run Studies has no icon)"), "Run Studies has no icon in the context menu");
		Studies.awaitJobs(Duration.ofMinutes(2));
		StudyRun run = RunHistory.get().runs().stream().filter(r -> r.study().equals("Tiny")).findFirst()
				.orElseThrow(() -> new AssertionError("the explorer's Run Studies ran nothing"));
		assertEquals(StudyRun.State.FINISHED, run.state());
		Path folder = RunStudiesHandler.outputFor(Path.of(tiny.getLocationURI())).resolve("Tiny");
		assertEquals(folder, run.output());
		Path result = run.outcomes().get(0).folder().resolve("result.json");
		assertTrue(result.startsWith(folder) && Files.isRegularFile(result), "no result in " + folder);
	}

	/**
	 * Run Studies with the Runs view active (as after a run) runs the .cell file of the editor last active, and with
	 * no .cell file open or selected the command is disabled (its tool-bar button greyed out), instead of answering
	 * with a dialog.
	 */
	@Test
	void runStudiesFromAViewRunsTheEditorsFileAndIsDisabledWithoutOne() throws Exception {
		IFile tiny = Studies.file("tiny.cell");
		int before = (int) RunHistory.get().runs().stream().filter(r -> r.study().equals("Tiny")).count();
		Ui.run(() -> {
			try {
				org.eclipse.ui.ide.IDE.openEditor(Ui.page(), tiny, true);
				Ui.page().showView(org.lithos.ui.internal.run.RunsView.ID);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.waitUntil("the Runs view active",
				() -> Ui.page().getActivePart() instanceof org.lithos.ui.internal.run.RunsView);
		assertTrue(Ui.sync(ExplorerTest::runEnabled), "Run Studies is disabled with tiny.cell open");
		// pressed later, so that a dialog (which would block the UI thread) can be seen and closed
		Menus.chooseLater("Run", "Run Studies");
		Ui.waitUntil("a run of tiny.cell, or a dialog", () -> Widgets.shell("Run Studies") != null || RunHistory.get()
				.runs().stream().filter(r -> r.study().equals("Tiny")).count() > before);
		org.eclipse.swt.widgets.Shell dialog = Ui.sync(() -> Widgets.shell("Run Studies"));
		if (dialog != null) {
			Ui.run(dialog::close);
			throw new AssertionError("Run Studies asked for a file with tiny.cell open in the editor");
		}
		Studies.awaitJobs(Duration.ofMinutes(2));
		Ui.run(() -> Ui.page().closeAllEditors(false));
		Ui.run(() -> {
			try {
				Ui.page().showView(org.lithos.ui.internal.run.RunsView.ID);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.waitUntil("Run Studies disabled without a .cell file", () -> !runEnabled(), Duration.ofSeconds(10));
		Ui.screenshot("run-disabled-without-file", null);
	}

	/** @return whether the Run Studies command is enabled now (its handler asked, on the UI thread) */
	private static boolean runEnabled() {
		var commands = Ui.window().getService(org.eclipse.ui.commands.ICommandService.class);
		var handlers = Ui.window().getService(org.eclipse.ui.handlers.IHandlerService.class);
		var command = commands.getCommand(RunStudiesHandler.COMMAND);
		command.setEnabled(handlers.getCurrentState());
		return command.isEnabled();
	}
}
