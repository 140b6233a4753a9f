package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lithos.ui.internal.run.RunsView;

/**
 * The Window menu's items chosen from the menu bar, and what they do: Show View reopens a closed view, Preferences
 * opens the preference pages, Open in New Window opens a second studio window. (Reset Perspective is listed by
 * WorkbenchTest only: chosen here, its question answered, it left the layout as it was under the test harness.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowMenuTest {

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
