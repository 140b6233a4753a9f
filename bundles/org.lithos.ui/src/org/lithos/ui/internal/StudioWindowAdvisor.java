package org.lithos.ui.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The studio's window: menus, tool bar, status line with progress, a title naming the active file. */
public final class StudioWindowAdvisor extends WorkbenchWindowAdvisor {

	/** The window's width when the studio first opens, in pixels (later starts restore the size it was closed at). */
	public static final int DEFAULT_WIDTH = 1400;
	/** The window's height when the studio first opens, in pixels. */
	public static final int DEFAULT_HEIGHT = 900;

	/** System property: print the start-up time and the title once usable, then close (smoke test, timing). */
	static final String SMOKE_TEST = "lithos.studio.smokeTest";

	private final List<Path> files;

	StudioWindowAdvisor(IWorkbenchWindowConfigurer configurer, List<Path> files) {
		super(configurer);
		this.files = files;
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new StudioActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(DEFAULT_WIDTH, DEFAULT_HEIGHT));
		configurer.setTitle(WindowTitle.PRODUCT);
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		WindowTitle.track(getWindowConfigurer());
		ProblemsColumns.track(window);
		EditorOpener.openAll(window, files);
		if (Boolean.getBoolean(SMOKE_TEST)) {
			// runs once the event loop turns, i.e. when the workbench answers input
			Display.getCurrent().asyncExec(() -> {
				long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
				List<String> editors = Arrays.stream(window.getActivePage().getEditorReferences())
						.map(IEditorReference::getTitle).toList();
				System.out.println("lithos studio: workbench window open after " + millis + " ms, title '"
						+ window.getShell().getText() + "', editors " + editors);
				PlatformUI.getWorkbench().close();
			});
		}
	}
}
