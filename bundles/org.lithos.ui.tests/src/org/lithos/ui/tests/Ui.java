package org.lithos.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the running studio from a test thread (the UI harness runs the workbench on the main thread): runs code on
 * the UI thread, waits for conditions while the event loop turns, and saves screenshots.
 */
public final class Ui {

	/** How long a test waits for the UI before failing. */
	public static final Duration PATIENCE = Duration.ofSeconds(60);

	private Ui() {
	}

	/** @return the display of the running workbench */
	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/**
	 * @param <T>  what the code returns
	 * @param code code that must run on the UI thread
	 * @return its result; an exception it throws is rethrown here
	 */
	public static <T> T sync(Supplier<T> code) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(code.get());
			} catch (Throwable t) {
				failure.set(t);
			}
		});
		if (failure.get() instanceof RuntimeException e) {
			throw e;
		}
		if (failure.get() instanceof Error e) {
			throw e;
		}
		return result.get();
	}

	/** @param code code that must run on the UI thread */
	public static void run(Runnable code) {
		sync(() -> {
			code.run();
			return null;
		});
	}

	/** @return the studio's window */
	public static IWorkbenchWindow window() {
		return sync(() -> {
			IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			return active != null ? active : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		});
	}

	/** @return the window's page */
	public static IWorkbenchPage page() {
		return sync(() -> window().getActivePage());
	}

	/**
	 * Waits until a condition (evaluated on the UI thread) holds, letting the UI work meanwhile.
	 *
	 * @param what      what is awaited, for the failure message
	 * @param condition the condition
	 * @param timeout   how long to wait
	 * @throws AssertionError when it does not hold in time
	 */
	public static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (!sync(condition::getAsBoolean)) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			sleep(50);
		}
	}

	/** @param what what is awaited; @param condition the condition, waited for {@link #PATIENCE} */
	public static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, condition, PATIENCE);
	}

	/** Lets the UI thread process everything queued so far. */
	public static void flush() {
		for (int i = 0; i < 3; i++) {
			run(() -> {
				while (display().readAndDispatch()) {
					// drain
				}
			});
			sleep(30);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}

	/**
	 * Saves what the screen shows of a control (or the whole window when null) as a PNG in the folder named by the
	 * system property {@code lithos.studio.screenshots} (target/screenshots in the build).
	 *
	 * @param name    the file name without extension
	 * @param control what to capture, null for the workbench window
	 * @return the file written
	 */
	public static Path screenshot(String name, Control control) {
		return screenshot(name, control, true);
	}

	/**
	 * Saves a screenshot as {@link #screenshot(String, Control)} does.
	 *
	 * @param name     the file name without extension
	 * @param control  what to capture, null for the workbench window
	 * @param activate whether to bring its window to front first; false keeps a popup (content assist) open, which
	 *                 closes when its window is activated again
	 * @return the file written
	 */
	public static Path screenshot(String name, Control control, boolean activate) {
		flush();
		Path folder = Path.of(System.getProperty("lithos.studio.screenshots", "target/screenshots"));
		Path file = folder.resolve(name + ".png").toAbsolutePath();
		run(() -> {
			Control target = control != null ? control : window().getShell();
			Shell shell = target.getShell();
			if (activate) {
				shell.forceActive();
			}
			shell.update();
			Rectangle area;
			if (target == shell) {
				// without a window manager the reported bounds reach below the window: end at the client area
				Rectangle bounds = shell.getBounds();
				Rectangle client = target.getDisplay().map(shell, null, shell.getClientArea());
				area = new Rectangle(bounds.x, bounds.y, bounds.width, client.y + client.height - bounds.y);
			} else {
				area = target.getDisplay().map(target.getParent(), null, target.getBounds());
			}
			Image image = new Image(target.getDisplay(), area.width, area.height);
			GC gc = new GC(target.getDisplay());
			try {
				gc.copyArea(image, area.x, area.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				Files.createDirectories(folder);
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}
}
