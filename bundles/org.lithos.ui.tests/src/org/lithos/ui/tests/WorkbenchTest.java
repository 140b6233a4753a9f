package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.console.IConsoleConstants;
import org.junit.jupiter.api.Test;
import org.lithos.ui.internal.LithosPerspective;

/** The studio opens as an IDE: menus, tool bar, a workspace, and the standard views. */
class WorkbenchTest {

	@Test
	void theWindowHasTheStudioMenusInOrder() {
		List<String> menus = Ui.sync(() -> {
			Menu bar = Ui.window().getShell().getMenuBar();
			List<String> names = new ArrayList<>();
			for (MenuItem item : bar.getItems()) {
				names.add(item.getText().replace("&", ""));
			}
			return names;
		});
		assertEquals(List.of("File", "Edit", "Navigate", "Run", "Window", "Help"), menus);
	}

	@Test
	void theFileMenuSavesAndQuits() {
		List<String> items = Menus.items("File");
		for (String expected : List.of("New", "Open File...", "Save", "Save As...", "Save All", "Close", "Exit")) {
			assertTrue(items.stream().anyMatch(item -> item.startsWith(expected)),
					"File menu lacks '" + expected + "': " + items);
		}
	}

	@Test
	void theEditMenuUndoesAndCopies() {
		List<String> items = Menus.items("Edit");
		for (String expected : List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Select All", "Find")) {
			assertTrue(items.stream().anyMatch(item -> item.startsWith(expected)),
					"Edit menu lacks '" + expected + "': " + items);
		}
	}

	@Test
	void theNavigateRunWindowAndHelpMenusHaveTheirItems() {
		expectItems("Navigate", "Open Declaration", "Show In", "Next", "Previous", "Back", "Forward");
		expectItems("Run", "Run Studies");
		expectItems("Window", "Open in New Window", "Show View", "Reset Perspective", "Preferences");
		expectItems("Help", "About");
	}

	private static void expectItems(String menu, String... expected) {
		List<String> items = Menus.items(menu);
		for (String item : expected) {
			assertTrue(items.stream().anyMatch(i -> i.startsWith(item)), menu + " menu lacks '" + item + "': " + items);
		}
	}

	@Test
	void theToolBarCreatesSavesAndRuns() {
		List<String> tips = Ui.sync(() -> {
			List<String> found = new ArrayList<>();
			for (ToolBar bar : Widgets.all(Ui.window().getShell(), ToolBar.class, b -> true)) {
				for (ToolItem item : bar.getItems()) {
					if (item.getToolTipText() != null) {
						found.add(item.getToolTipText());
					}
				}
			}
			return found;
		});
		for (String expected : List.of("New", "Save", "Save All", "Run the studies of this .cell file")) {
			assertTrue(tips.stream().anyMatch(tip -> tip.startsWith(expected)), "no tool-bar button '" + expected
					+ "': " + tips);
		}
	}

	@Test
	void theStudioViewsAreOpenOnTheWorkspace() {
		for (String view : List.of(LithosPerspective.PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
				IConsoleConstants.ID_CONSOLE_VIEW, IPageLayout.ID_OUTLINE)) {
			assertNotNull(Ui.sync(() -> Ui.page().findView(view)), view + " is not open");
		}
		Path workspace = Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocationURI());
		assertTrue(Files.isDirectory(workspace), "no workspace folder " + workspace);
	}

	@Test
	void theWholeWorkbenchIsCapturedAsAScreenshot() throws Exception {
		Path file = Ui.screenshot("workbench", null);
		assertTrue(Files.size(file) > 10_000, "screenshot " + file + " is suspiciously small");
	}
}
