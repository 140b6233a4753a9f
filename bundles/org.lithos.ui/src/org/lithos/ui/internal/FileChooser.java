package org.lithos.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Asks the user for files to open or a file to write: the window system's file dialog, and the one place the studio
 * opens it (File > Open File..., the chart view's exports). The studio takes the highest-ranked {@code FileChooser}
 * OSGi service and the native dialog when there is none. GTK's native dialog runs its own event loop that SWT events
 * cannot drive, so the UI tests register a chooser that answers as a user would and drive everything around it,
 * menu item, handler, editor opening and export, through the real widgets.
 */
public interface FileChooser {

	/**
	 * @param shell      the dialog's parent
	 * @param title      the dialog's title
	 * @param extensions the extensions offered, without the dot, e.g. "cell"; the first is the default filter
	 * @return the chosen files, absolute; empty when cancelled
	 */
	List<Path> open(Shell shell, String title, List<String> extensions);

	/**
	 * @param shell     the dialog's parent
	 * @param title     the dialog's title
	 * @param extension the file type written, without the dot, e.g. "png"; a chosen name without it gets it
	 * @param name      the file name proposed, with the extension
	 * @param folder    the folder the dialog opens in, e.g. a study's results folder; null for the dialog's own
	 *                  choice (the studio's working folder)
	 * @return the file to write, absolute; empty when cancelled
	 */
	Optional<Path> save(Shell shell, String title, String extension, String name, Path folder);

	/** @return the chooser to ask: the highest-ranked registered service, else the native file dialog */
	static FileChooser current() {
		Bundle bundle = FrameworkUtil.getBundle(FileChooser.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context != null) {
			ServiceReference<FileChooser> reference = context.getServiceReference(FileChooser.class);
			FileChooser service = reference == null ? null : context.getService(reference);
			if (service != null) {
				// the reference stays counted while the service is registered; a test unregisters it when done
				return service;
			}
		}
		return NativeFileChooser.INSTANCE;
	}
}
