package org.lithos.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IViewPart;

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
	 * Presses a button of the window's tool bar as a click would (call on the UI thread).
	 *
	 * @param tip the button's tooltip without its key, e.g. "Save" for "Save (Ctrl+S)"
	 */
	static void pressWindowToolBarButton(String tip) {
		for (ToolBar bar : all(Ui.window().getShell(), ToolBar.class, b -> b.isVisible())) {
			for (ToolItem item : bar.getItems()) {
				String text = item.getToolTipText();
				if (text != null && text.replaceAll(" \\(.*\\)$", "").equals(tip)) {
					if (!item.isEnabled()) {
						throw new AssertionError("the tool-bar button '" + tip + "' is disabled");
					}
					item.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
		}
		throw new AssertionError("no tool-bar button '" + tip + "'");
	}

	/**
	 * Presses a button of a view's tool bar as a click would: the tool item the workbench drew for the view's action.
	 * Call on the UI thread.
	 *
	 * @param view the view, visible
	 * @param text the action's text, e.g. "Export PNG..."
	 */
	static void pressToolBarButton(IViewPart view, String text) {
		IAction action = null;
		for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
			if (item instanceof ActionContributionItem contribution && text.equals(contribution.getAction().getText())) {
				action = contribution.getAction();
			}
		}
		if (action == null) {
			throw new AssertionError(view.getTitle() + "'s tool bar has no '" + text + "'");
		}
		for (ToolBar bar : all(view.getSite().getShell(), ToolBar.class, b -> b.isVisible())) {
			for (ToolItem item : bar.getItems()) {
				if (item.getData() instanceof ActionContributionItem contribution && contribution.getAction() == action) {
					if (!item.isEnabled()) {
						throw new AssertionError("the tool-bar button '" + text + "' is disabled");
					}
					item.notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
		}
		throw new AssertionError("no visible tool-bar button for '" + text + "' of " + view.getTitle());
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
