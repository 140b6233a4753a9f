package org.lithos.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the Lithos Studio workbench on the workspace given with {@code -data}, and opens the files named on the
 * command line ({@code lithos studio FILE...}). With the system property {@code lithos.studio.smokeTest=true} the
 * workbench prints its start-up time and window title once it is usable and closes itself, which lets the build
 * check that the product starts and lets us measure start-up.
 */
public class StudioApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		List<Path> files = CommandLineFiles.of(args, Path.of(System.getProperty("user.dir")));
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor(files));
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
}
