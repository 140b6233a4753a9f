package org.lithos.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Finds widgets in a shell and presses buttons the way a user's click does: by SWT events. Call on the UI thread. */
public final class Widgets {

	private Widgets() {
	}

	/**
	 * @param <T>   the widget type
	 * @param root  where to look
	 * @param type  the widget class
	 * @param match which ones
	 * @return the matching descendants in depth-first order
	 */
	public static <T extends Control> List<T> all(Control root, Class<T> type, Predicate<T> match) {
		List<T> found = new ArrayList<>();
		collect(root, type, match, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> match, List<T> found) {
		if (type.isInstance(control) && match.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, match, found);
			}
		}
	}

	/**
	 * @param <T>   the widget type
	 * @param root  where to look
	 * @param type  the widget class
	 * @param match which one
	 * @return the first match
	 * @throws AssertionError when there is none
	 */
	public static <T extends Control> T one(Control root, Class<T> type, Predicate<T> match) {
		List<T> found = all(root, type, match);
		if (found.isEmpty()) {
			throw new AssertionError("no such " + type.getSimpleName() + " in " + root);
		}
		return found.get(0);
	}

	/**
	 * Presses a push button as a click would.
	 *
	 * @param shell the dialog
	 * @param label the button's label without mnemonic, e.g. "Finish"
	 */
	public static void press(Shell shell, String label) {
		Button button = one(shell, Button.class, b -> b.getText().replace("&", "").equals(label));
		if (!button.isEnabled()) {
			throw new AssertionError("button '" + label + "' is disabled");
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * @param title a shell's title
	 * @return the open shell with that title, or null
	 */
	public static Shell shell(String title) {
		for (Shell shell : Ui.display().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}
}
