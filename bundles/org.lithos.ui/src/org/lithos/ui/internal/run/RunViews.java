package org.lithos.ui.internal.run;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;

/**
 * Which view a study run puts in front in its window, without taking the focus from the editor: the console while
 * the run starts, then the Problems view when the file turns out to have errors (the user must see what to fix; the
 * console, which lists the same problems, stays behind it in the folder). Calls from the job's thread are carried out
 * on the UI thread in the order they were made, so the last word is the run's; the console is shown by this class
 * too, never by the console manager's delayed job, which could otherwise cover the Problems view afterwards.
 */
public final class RunViews {

	private final IWorkbenchWindow window;

	/** @param window the window whose views show the run */
	public RunViews(IWorkbenchWindow window) {
		this.window = window;
	}

	/** @param console the run console, brought to the front of its folder showing the run's lines */
	void showConsole(RunConsole console) {
		inFront(IConsoleConstants.ID_CONSOLE_VIEW, view -> {
			if (view instanceof IConsoleView consoleView) {
				consoleView.display(console.console());
			}
		});
	}

	/** Brings the Problems view to the front of its folder. */
	void showProblems() {
		inFront(IPageLayout.ID_PROBLEM_VIEW, view -> {
		});
	}

	private void inFront(String id, Consumer<IViewPart> then) {
		Display display = window.getWorkbench().getDisplay();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			IWorkbenchPage page = window.getActivePage();
			if (window.getShell() == null || window.getShell().isDisposed() || page == null) {
				return;
			}
			try {
				// created if closed, then raised in its folder: bringToTop changes neither the active part nor the focus
				IViewPart view = page.showView(id, null, IWorkbenchPage.VIEW_CREATE);
				page.bringToTop(view);
				then.accept(view);
			} catch (PartInitException e) {
				ILog.of(RunViews.class).log(e.getStatus());
			}
		});
	}
}
