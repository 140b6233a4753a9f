package org.lithos.dsl.ui.tests;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/**
 * The workbench the UI tests run in: an editor area with the Outline beside it and the Problems view below, as a
 * user of the studio sees them. It is the tests' own so that they depend on the editor bundle only.
 */
public final class TestWorkbench implements IApplication {

	/** The perspective: editor, Outline, Problems. */
	public static final String PERSPECTIVE_ID = "org.lithos.dsl.ui.tests.perspective";

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			PlatformUI.createAndRunWorkbench(display, new Advisor());
			return IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().syncExec(() -> workbench.close());
	}

	private static final class Advisor extends WorkbenchAdvisor {
		@Override
		public void initialize(IWorkbenchConfigurer configurer) {
			IDE.registerAdapters();
			configurer.setSaveAndRestore(false);
		}

		@Override
		public String getInitialWindowPerspectiveId() {
			return PERSPECTIVE_ID;
		}

		@Override
		public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
			return new WorkbenchWindowAdvisor(configurer) {
				@Override
				public void preWindowOpen() {
					configurer.setInitialSize(new Point(1280, 800));
					configurer.setShowStatusLine(true);
					configurer.setTitle("Lithos cell editor tests");
				}
			};
		}
	}

	/** Editor area, Outline on the left, Problems below. */
	public static final class Layout implements IPerspectiveFactory {
		@Override
		public void createInitialLayout(IPageLayout layout) {
			String editors = layout.getEditorArea();
			layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.LEFT, 0.22f, editors);
			layout.addView(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.BOTTOM, 0.72f, editors);
		}
	}
}
