package org.lithos.ui.internal;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.EditorPart;

/** Messages in the status line of a window's active part. */
final class StatusLine {

	private StatusLine() {
	}

	/**
	 * @param window  the window
	 * @param message an error to show until the next message
	 */
	static void error(IWorkbenchWindow window, String message) {
		IStatusLineManager manager = manager(window);
		if (manager != null) {
			manager.setErrorMessage(message);
		}
	}

	private static IStatusLineManager manager(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		IWorkbenchPart part = page == null ? null : page.getActivePart();
		if (part instanceof IViewPart view) {
			return view.getViewSite().getActionBars().getStatusLineManager();
		}
		if (part instanceof EditorPart editor) {
			return editor.getEditorSite().getActionBars().getStatusLineManager();
		}
		return null;
	}
}
