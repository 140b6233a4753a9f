package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lithos.ui.internal.LithosPerspective;
import org.lithos.ui.internal.charts.ChartView;
import org.lithos.ui.internal.run.RunsView;

/**
 * The Window menu's items chosen from the menu bar, and what they do: Reset Perspective puts moved and closed views
 * back where the perspective places them, Show View reopens a closed view, Preferences opens the preference pages,
 * Open in New Window opens a second studio window.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowMenuTest {

	/** Where the Lithos perspective puts each view it opens. */
	private static final Map<String, String> PLACES = Map.of(LithosPerspective.PROJECT_EXPLORER,
			LithosPerspective.LEFT, IPageLayout.ID_OUTLINE, LithosPerspective.LEFT_BOTTOM, IPageLayout.ID_PROBLEM_VIEW,
			LithosPerspective.BOTTOM, IConsoleConstants.ID_CONSOLE_VIEW, LithosPerspective.BOTTOM, RunsView.ID,
			LithosPerspective.BOTTOM);

	/**
	 * The Outline closed, the Runs view dragged beside the Project Explorer and the editor maximised (the views
	 * minimised around it), then Window > Reset Perspective... and its question answered as a user does: every view is
	 * back in its folder and shown.
	 */
	@Test
	@Order(1)
	void resetPerspectivePutsMovedAndClosedViewsBack() {
		Ui.run(() -> {
			try {
				Ui.page().showView(RunsView.ID);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
			Ui.page().hideView(Ui.page().findView(IPageLayout.ID_OUTLINE));
			Layout.move(RunsView.ID, LithosPerspective.LEFT);
			Ui.page().setPartState(Ui.page().getEditorReferences()[0], IWorkbenchPage.STATE_MAXIMIZED);
		});
		assertNull(Ui.sync(() -> Layout.folderOf(IPageLayout.ID_OUTLINE)), "the Outline is closed");
		assertEquals(LithosPerspective.LEFT, Ui.sync(() -> Layout.folderOf(RunsView.ID)), "the Runs view moved");
		assertFalse(Ui.sync(() -> Ui.page().isPartVisible(Ui.page().findView(LithosPerspective.PROJECT_EXPLORER))),
				"the editor maximised hides the Project Explorer");
		Ui.screenshot("reset-perspective-before", null);

		Menus.chooseLater("Window", "Reset Perspective");
		Ui.waitUntil("the Reset Perspective question", () -> Widgets.shell("Reset Perspective") != null);
		Shell question = Ui.sync(() -> Widgets.shell("Reset Perspective"));
		Ui.run(() -> Widgets.press(question, "Reset Perspective"));
		Ui.waitUntil("the question answered", question::isDisposed);
		Ui.waitUntil("the Outline back", () -> Layout.folderOf(IPageLayout.ID_OUTLINE) != null);
		Map<String, String> places = Ui.sync(() -> {
			Map<String, String> found = new TreeMap<>();
			PLACES.keySet().forEach(view -> found.put(view, Layout.folderOf(view)));
			return found;
		});
		assertEquals(new TreeMap<>(PLACES), places, "views after Reset Perspective");
		for (String view : List.of(LithosPerspective.PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROBLEM_VIEW)) {
			assertTrue(Ui.sync(() -> Ui.page().isPartVisible(Ui.page().findView(view))), view + " is not shown");
		}
		Ui.screenshot("reset-perspective-after", null);
	}

	@Test
	@Order(2)
	void showViewReopensTheClosedRunsView() {
		Ui.run(() -> {
			IViewPart runs = Ui.page().findView(RunsView.ID);
			if (runs != null) {
				Ui.page().hideView(runs);
			}
		});
		assertNull(Ui.sync(() -> Ui.page().findView(RunsView.ID)), "the Runs view is closed");
		Menus.choose("Window", "Show View", "Runs");
		Ui.waitUntil("the Runs view open", () -> Ui.page().findView(RunsView.ID) != null);
	}

	/**
	 * The Charts view opened before it has results (Show View > Charts, or a new window) says how to get some, across
	 * the view, with no chart controls and its export and copy buttons disabled.
	 */
	@Test
	@Order(2)
	void theChartsViewWithoutResultsSaysHowToGetSome() {
		// the view of a first start: without the state it saved when it closed (the study it showed)
		Ui.run(() -> Layout.closeAndForget(ChartView.ID));
		Menus.choose("Window", "Show View", "Charts");
		Ui.waitUntil("the Charts view open", () -> Ui.page().findView(ChartView.ID) != null);
		ChartView view = Ui.sync(() -> (ChartView) Ui.page().findView(ChartView.ID));
		Ui.flush();
		Ui.run(() -> {
			Control part = view.canvas().control();
			while (part.getParent() != null && !(part.getParent() instanceof org.eclipse.swt.custom.CTabFolder)) {
				part = part.getParent();
			}
			List<Label> intro = Widgets.all(part, Label.class,
					l -> l.isVisible() && ChartView.NO_RESULTS.equals(l.getText()));
			assertEquals(1, intro.size(), "the view does not say how to get results");
			assertTrue(intro.get(0).getBounds().width > part.getBounds().width / 2, "the line is squeezed into "
					+ intro.get(0).getBounds().width + " of " + part.getBounds().width + " pixels");
			assertTrue(Widgets.all(part, Combo.class, Combo::isVisible).isEmpty(), "chart controls without a chart");
			for (var item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
				if (item instanceof org.eclipse.jface.action.ActionContributionItem action) {
					assertFalse(action.getAction().isEnabled(), action.getAction().getText() + " is enabled");
				}
			}
		});
		Ui.screenshot("charts-without-results", null);
		Ui.run(() -> Ui.page().hideView(view));
	}

	@Test
	@Order(3)
	void preferencesOpensThePreferencePages() {
		Menus.chooseLater("Window", "Preferences");
		Ui.waitUntil("the Preferences dialog", () -> Widgets.shell("Preferences") != null);
		List<String> pages = Ui.sync(() -> {
			List<String> names = new ArrayList<>();
			for (TreeItem item : Widgets.one(Widgets.shell("Preferences"), Tree.class, t -> true).getItems()) {
				names.add(item.getText());
			}
			return names;
		});
		assertTrue(pages.contains("General"), "preference pages: " + pages);
		Ui.screenshot("preferences", Ui.sync(() -> Widgets.shell("Preferences")));
		Shell dialog = Ui.sync(() -> Widgets.shell("Preferences"));
		Ui.run(() -> Widgets.press(dialog, "Cancel"));
		Ui.waitUntil("the Preferences dialog closed", dialog::isDisposed);
	}

	@Test
	@Order(4)
	void openInNewWindowOpensASecondStudioWindow() {
		IWorkbenchWindow first = Ui.window();
		int before = Ui.sync(() -> PlatformUI.getWorkbench().getWorkbenchWindows().length);
		Menus.choose("Window", "Open in New Window");
		Ui.waitUntil("a second window", () -> PlatformUI.getWorkbench().getWorkbenchWindows().length == before + 1);
		IWorkbenchWindow second = Ui.sync(() -> {
			for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
				if (window != first) {
					return window;
				}
			}
			return null;
		});
		assertNotNull(second);
		assertEquals("Lithos", Ui.sync(() -> second.getActivePage().getPerspective().getLabel()));
		Ui.run(second::close);
		Ui.waitUntil("the second window closed", () -> PlatformUI.getWorkbench().getWorkbenchWindows().length == before);
		Ui.run(() -> first.getShell().forceActive());
	}
}
