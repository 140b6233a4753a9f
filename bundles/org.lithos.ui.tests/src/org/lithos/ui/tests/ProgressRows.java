package org.lithos.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.lithos.ui.internal.LithosPerspective;

/**
 * The rows of the workbench's Progress view, as a user sees them: one composite per job with its name in a label
 * and a tool bar holding the cancel button. The row's class is internal to the workbench, so rows are told by what
 * they show, the job's name and a button whose tooltip says it cancels.
 */
final class ProgressRows {

	/** How far up from the job's name the row may be. */
	private static final int LEVELS = 2;

	private ProgressRows() {
	}

	/**
	 * Shows the Progress view and finds a job's row (call on the UI thread).
	 *
	 * @return the row whose label names the job, or null while there is none
	 */
	static Composite find(IWorkbenchPage page, String jobName) {
		show(page, IWorkbenchPage.VIEW_VISIBLE);
		for (Control named : named(jobName)) {
			Composite row = named.getParent();
			for (int level = 0; level < LEVELS && row != null && !(row instanceof Shell); level++) {
				if (cancelButton(row) != null) {
					return row;
				}
				row = row.getParent();
			}
		}
		return null;
	}

	/**
	 * Shows the Progress view (call on the UI thread).
	 *
	 * @param mode {@link IWorkbenchPage#VIEW_VISIBLE}, or {@link IWorkbenchPage#VIEW_ACTIVATE} to bring it to front
	 */
	static void show(IWorkbenchPage page, int mode) {
		try {
			page.showView(LithosPerspective.PROGRESS_VIEW, null, mode);
		} catch (PartInitException e) {
			throw new AssertionError("the Progress view does not open", e);
		}
	}

	/** @return what shows the job's name, for a failure message (call on the UI thread) */
	static String describe(String jobName) {
		List<String> found = new ArrayList<>();
		for (Control named : named(jobName)) {
			List<String> siblings = new ArrayList<>();
			for (Control sibling : named.getParent().getChildren()) {
				siblings.add(sibling.getClass().getSimpleName());
			}
			found.add(named.getClass().getSimpleName() + " '" + text(named) + "' visible " + named.isVisible()
					+ " in " + named.getParent().getClass().getName() + " with " + siblings);
		}
		return found.toString();
	}

	/** Presses the row's cancel button (call on the UI thread). */
	static void pressCancel(Composite row) {
		ToolItem cancel = cancelButton(row);
		if (cancel == null || !cancel.isEnabled()) {
			throw new AssertionError("the job's row has no enabled cancel button");
		}
		cancel.notifyListeners(SWT.Selection, new Event());
	}

	private static List<Control> named(String jobName) {
		return Widgets.all(Ui.window().getShell(), Control.class, c -> text(c).contains(jobName));
	}

	private static String text(Control control) {
		if (control instanceof Label label) {
			return label.getText();
		}
		return control instanceof Link link ? link.getText() : "";
	}

	private static ToolItem cancelButton(Composite row) {
		for (Control child : row.getChildren()) {
			if (child instanceof ToolBar bar) {
				for (ToolItem item : bar.getItems()) {
					if (item.getToolTipText() != null && item.getToolTipText().startsWith("Cancel")) {
						return item;
					}
				}
			}
		}
		return null;
	}
}
