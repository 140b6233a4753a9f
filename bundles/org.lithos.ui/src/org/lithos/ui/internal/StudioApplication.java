package org.lithos.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Starts the Lithos Studio workbench. With the system property {@code lithos.studio.smokeTest=true} the
 * workbench closes itself once its window is open, which lets the build check that the product starts.
 */
public class StudioApplication implements IApplication {

	static final String PERSPECTIVE_ID = "org.lithos.ui.perspective";

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
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
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}

	private static final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

		@Override
		public String getInitialWindowPerspectiveId() {
			return PERSPECTIVE_ID;
		}

		@Override
		public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
			return new WorkbenchWindowAdvisor(configurer) {
				@Override
				public void preWindowOpen() {
					configurer.setInitialSize(new Point(1200, 800));
					configurer.setTitle("Lithos Studio");
					configurer.setShowCoolBar(false);
					configurer.setShowStatusLine(true);
				}

				@Override
				public void postWindowOpen() {
					if (Boolean.getBoolean("lithos.studio.smokeTest")) {
						System.out.println("lithos studio: workbench window open");
						Display.getCurrent().asyncExec(() -> PlatformUI.getWorkbench().close());
					}
				}
			};
		}
	}
}
