package org.lithos.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The studio's menu bar as a user works it: a menu is shown (menu managers fill their menus then), an item is
 * chosen by its selection event, the same event a click sends. Items are named by their label without mnemonic and
 * accelerator, by its start ("Open File" for "Open File...").
 */
final class Menus {

	private Menus() {
	}

	/**
	 * @param menu a top-level menu's name
	 * @return the texts of its items (mnemonics and accelerators removed), after it was shown once
	 */
	static List<String> items(String menu) {
		return Ui.sync(() -> {
			Menu items = top(menu);
			items.notifyListeners(SWT.Show, new Event());
			List<String> names = new ArrayList<>();
			for (MenuItem item : items.getItems()) {
				names.add(label(item));
			}
			items.notifyListeners(SWT.Hide, new Event());
			return names;
		});
	}

	/**
	 * Chooses a menu item, through submenus: {@code choose("Window", "Show View", "Runs")}. Runs on the UI thread and
	 * returns when the item's action returns; an action that opens a modal dialog must be chosen with
	 * {@link #chooseLater}.
	 *
	 * @param path the top-level menu's name, then the item's (and submenus') names
	 * @throws AssertionError when an item is missing or disabled
	 */
	static void choose(String... path) {
		Ui.run(() -> item(path).notifyListeners(SWT.Selection, new Event()));
	}

	/** Chooses a menu item as {@link #choose} does, without waiting for its action (a modal dialog's loop). */
	static void chooseLater(String... path) {
		MenuItem item = Ui.sync(() -> item(path));
		Ui.display().asyncExec(() -> item.notifyListeners(SWT.Selection, new Event()));
	}

	private static MenuItem item(String... path) {
		Menu menu = top(path[0]);
		for (int i = 1; i < path.length; i++) {
			menu.notifyListeners(SWT.Show, new Event());
			MenuItem found = null;
			for (MenuItem candidate : menu.getItems()) {
				if (label(candidate).startsWith(path[i])) {
					found = candidate;
					break;
				}
			}
			menu.notifyListeners(SWT.Hide, new Event());
			if (found == null) {
				throw new AssertionError(String.join(" > ", List.of(path).subList(0, i)) + " has no item " + path[i]);
			}
			if (!found.isEnabled()) {
				throw new AssertionError(String.join(" > ", path) + " is disabled");
			}
			if (i == path.length - 1) {
				return found;
			}
			menu = found.getMenu();
			if (menu == null) {
				throw new AssertionError(path[i] + " is not a submenu");
			}
		}
		throw new AssertionError("no item named after " + path[0]);
	}

	private static Menu top(String name) {
		for (MenuItem top : Ui.window().getShell().getMenuBar().getItems()) {
			if (label(top).equals(name)) {
				return top.getMenu();
			}
		}
		throw new AssertionError("no menu " + name);
	}

	private static String label(MenuItem item) {
		return item.getText().replace("&", "").split("\t")[0];
	}
}
