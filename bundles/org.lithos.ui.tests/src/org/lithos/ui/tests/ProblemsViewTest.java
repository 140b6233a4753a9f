package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.console.IConsoleConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.ui.internal.ProblemsColumns;
import org.lithos.ui.internal.StudioWindowAdvisor;

/**
 * The Problems view as a user meets it after running a file with errors: in front of the console (the run's last
 * word), and wide enough in the studio's default layout to read a validation message whole.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProblemsViewTest {

	/** The validation message of the wrong unit on line 5 of the file below, as `lithos check` prints it. */
	private static final String MESSAGE = "'pressure' must be a pressure";

	private static IFile broken;

	@Test
	@Order(1)
	void aRunOfAFileWithErrorsLeavesTheProblemsViewInFrontOfTheConsole() throws Exception {
		broken = Studies.create(Studies.project("problems"), "unit.cell",
				"package unit\nimport lithos.materials.*\ncell C {\n  format half\n  pressure 9 mA/cm2\n}\n");
		Studies.runFromEditor(broken);
		Studies.awaitJobs(Duration.ofSeconds(60));
		// the markers, through the workspace: the run made them before it ended
		assertTrue(markers().stream().anyMatch(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) == 5
				&& m.getAttribute(IMarker.MESSAGE, "").startsWith(MESSAGE)), "no marker on line 5: " + markers());
		// longer than the console manager's 100 ms delay, after which a console shown the usual way would come up
		Thread.sleep(500);
		Ui.flush();
		Ui.run(() -> {
			IViewPart problems = Ui.page().findView(IPageLayout.ID_PROBLEM_VIEW);
			IViewPart console = Ui.page().findView(IConsoleConstants.ID_CONSOLE_VIEW);
			assertTrue(problems != null && Ui.page().isPartVisible(problems), "the Problems view is not in front");
			assertFalse(console != null && Ui.page().isPartVisible(console), "the console is in front of Problems");
			assertEquals(CellEditorIds.EDITOR_ID, Ui.page().getActivePart().getSite().getId(),
					"the run took the focus from the editor");
		});
		// the picture with the row, which the view lists a moment after it comes up (no failure if it is late)
		waitQuietly(() -> row().isPresent(), Duration.ofSeconds(10));
		Ui.screenshot("problems", null);
	}

	@Test
	@Order(2)
	void theDescriptionColumnShowsAValidationMessageWholeAtTheDefaultWindowSize() {
		assertFalse(ProblemsColumns.setByHand(), "a test set the columns by hand before");
		Ui.run(() -> {
			Ui.window().getShell().setSize(StudioWindowAdvisor.DEFAULT_WIDTH, StudioWindowAdvisor.DEFAULT_HEIGHT);
			try {
				// as a click on its tab: the view in front, whatever showed it before
				Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.flush();
		Ui.waitUntil("the row of unit.cell's problem", () -> row().isPresent(), Duration.ofSeconds(30));
		Ui.run(() -> {
			Tree tree = tree();
			TreeItem item = row().orElseThrow();
			GC gc = new GC(tree);
			int text;
			try {
				text = gc.textExtent(item.getText(0)).x;
			} finally {
				gc.dispose();
			}
			TreeColumn description = tree.getColumn(0);
			int end = item.getTextBounds(0).x + text;
			assertTrue(end <= description.getWidth(), "the message '" + item.getText(0) + "' ends at " + end
					+ " px, the Description column at " + description.getWidth());
			int all = Arrays.stream(tree.getColumns()).mapToInt(TreeColumn::getWidth).sum();
			assertTrue(all <= tree.getClientArea().width,
					"the columns (" + all + " px) reach past the view (" + tree.getClientArea().width + " px)");
		});
		Ui.screenshot("problems-description", null);
	}

	@Test
	@Order(3)
	void aColumnSetByHandKeepsItsWidthWhenTheViewResizes() {
		Ui.run(() -> tree().getColumn(1).setWidth(tree().getColumn(1).getWidth() + 40));
		assertTrue(ProblemsColumns.setByHand(), "a column set by hand was not noticed");
		int description = Ui.sync(() -> tree().getColumn(0).getWidth());
		Ui.run(() -> Ui.window().getShell().setSize(StudioWindowAdvisor.DEFAULT_WIDTH + 200,
				StudioWindowAdvisor.DEFAULT_HEIGHT));
		Ui.flush();
		assertEquals(description, Ui.sync(() -> tree().getColumn(0).getWidth()),
				"the studio changed the Description column after the user set the columns");
	}

	@AfterAll
	static void restore() throws Exception {
		Ui.run(() -> Ui.window().getShell().setSize(StudioWindowAdvisor.DEFAULT_WIDTH,
				StudioWindowAdvisor.DEFAULT_HEIGHT));
		InstanceScope.INSTANCE.getNode(ProblemsColumns.PREFERENCES).remove(ProblemsColumns.BY_HAND);
	}

	private static List<IMarker> markers() {
		try {
			return Arrays.asList(broken.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @return the Problems view's tree (on the UI thread) */
	private static Tree tree() {
		return viewer().getTree();
	}

	private static TreeViewer viewer() {
		IViewPart view = Ui.page().findView(IPageLayout.ID_PROBLEM_VIEW);
		if (view == null || !(view.getSite().getSelectionProvider() instanceof TreeViewer viewer)) {
			throw new AssertionError("the Problems view is not open");
		}
		return viewer;
	}

	/** @return the row of unit.cell's wrong unit, its groups expanded (on the UI thread) */
	private static Optional<TreeItem> row() {
		viewer().expandAll();
		Deque<TreeItem> items = new ArrayDeque<>(List.of(tree().getItems()));
		while (!items.isEmpty()) {
			TreeItem item = items.pop();
			if (item.getText(0).startsWith(MESSAGE) && item.getText(1).equals("unit.cell")) {
				return Optional.of(item);
			}
			items.addAll(List.of(item.getItems()));
		}
		return Optional.empty();
	}

	private static void waitQuietly(java.util.function.BooleanSupplier condition, Duration timeout) {
		try {
			Ui.waitUntil("the Problems view's row", condition, timeout);
		} catch (AssertionError late) {
			// only the screenshot is the poorer for it
		}
	}
}
