package org.lithos.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the workbench from the test thread: runs code on the UI thread, waits for conditions while the UI thread
 * keeps working, presses keys through the window system (so the workbench's key bindings decide what they do),
 * finds popups and takes screenshots.
 */
final class Ui {

	/** Long enough for a cold language server on a loaded 2-core machine. */
	static final Duration PATIENCE = Duration.ofSeconds(60);

	private Ui() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** @return the value computed on the UI thread; its exceptions are rethrown here */
	static <T> T ui(Callable<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(work.call());
			} catch (Throwable e) {
				failure.set(e);
			}
		});
		if (failure.get() instanceof Error error) {
			throw error;
		}
		if (failure.get() != null) {
			throw new IllegalStateException(failure.get());
		}
		return result.get();
	}

	/** Runs code on the UI thread. */
	static void run(ThrowingRunnable work) {
		ui(() -> {
			work.run();
			return null;
		});
	}

	/** Code that may throw. */
	@FunctionalInterface
	interface ThrowingRunnable {
		void run() throws Exception;
	}

	/**
	 * Waits until a value (computed on the UI thread) is acceptable; on timeout the failure shows the last value.
	 *
	 * @return the accepted value
	 */
	static <T> T waitForValue(String what, Callable<T> value, java.util.function.Predicate<T> acceptable) {
		AtomicReference<T> last = new AtomicReference<>();
		try {
			waitFor(what, () -> {
				try {
					last.set(value.call());
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
				return acceptable.test(last.get());
			});
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; last value: " + last.get(), e);
		}
		return last.get();
	}

	/** Waits until a condition (checked on the UI thread) holds, failing with {@code what} after the patience. */
	static void waitFor(String what, BooleanSupplier condition) {
		waitFor(what, condition, PATIENCE);
	}

	static void waitFor(String what, BooleanSupplier condition, Duration timeout) {
		waitFor(what, condition, timeout, 50);
	}

	/** Waits as above, polling every {@code pollMillis} (short polls for measurements). */
	static void waitFor(String what, BooleanSupplier condition, Duration timeout, long pollMillis) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (Boolean.TRUE.equals(ui(condition::getAsBoolean))) {
				return;
			}
			String dialog = closeDialogs();
			if (dialog != null) {
				fail("a dialog opened while waiting for " + what + ": " + dialog);
			}
			sleep(pollMillis);
		}
		fail("timed out after " + timeout.toSeconds() + " s waiting for " + what);
	}

	/**
	 * Closes any open dialog (a modal dialog would block every later test).
	 *
	 * @return the dialog's title and message, or null when there was none
	 */
	static String closeDialogs() {
		return ui(() -> {
			String found = null;
			for (Shell shell : display().getShells()) {
				if (shell.isVisible() && shell.getData() instanceof org.eclipse.jface.dialogs.Dialog dialog) {
					StringBuilder text = new StringBuilder(shell.getText());
					collectLabels(shell, text);
					found = text.toString();
					dialog.close();
				}
			}
			return found;
		});
	}

	private static void collectLabels(Control control, StringBuilder text) {
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			text.append(" | ").append(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectLabels(child, text);
			}
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Lets the UI thread process what is queued. */
	static void settle() {
		run(() -> {
			while (display().readAndDispatch()) {
				// drain
			}
		});
	}

	/**
	 * Presses a key combination through the window system: modifiers down, key down and up, modifiers up.
	 *
	 * @param modifiers SWT modifier key codes ({@link SWT#CTRL}, {@link SWT#SHIFT})
	 * @param key       a character or an SWT key code such as {@link SWT#F3}
	 */
	static void press(int[] modifiers, int key) {
		run(() -> {
			// only when the window lost the keyboard: activating it would close an open popup (content assist)
			if (display().getActiveShell() == null) {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().forceActive();
			}
		});
		List<Event> events = new ArrayList<>();
		for (int modifier : modifiers) {
			events.add(keyEvent(SWT.KeyDown, modifier, (char) 0));
		}
		boolean character = key < 0x10000 && (key & SWT.KEYCODE_BIT) == 0;
		// Enter, Escape, Backspace, Tab: the window system knows them by key code, not as characters
		boolean control = character && key < ' ';
		int keyCode = character && !control ? 0 : key;
		char typed = character ? (char) key : 0;
		events.add(keyEvent(SWT.KeyDown, keyCode, typed));
		events.add(keyEvent(SWT.KeyUp, keyCode, typed));
		for (int i = modifiers.length - 1; i >= 0; i--) {
			events.add(keyEvent(SWT.KeyUp, modifiers[i], (char) 0));
		}
		for (Event event : events) {
			run(() -> {
				if (!display().post(event)) {
					fail("the window system refused a key event");
				}
			});
			sleep(20);
		}
		settle();
	}

	private static Event keyEvent(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		return event;
	}

	/** @return the items of the first visible popup table (content assist, quick fix), or an empty list */
	static List<String> popupItems() {
		return ui(() -> {
			List<String> items = new ArrayList<>();
			Shell main = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			for (Shell shell : display().getShells()) {
				collectPopups(shell, main, items);
			}
			return items;
		});
	}

	private static void collectPopups(Shell shell, Shell main, List<String> items) {
		if (shell != main && shell.isVisible()) {
			Table table = find(shell, Table.class);
			if (table != null && items.isEmpty()) {
				for (TableItem item : table.getItems()) {
					items.add(item.getText());
				}
			}
		}
		for (Shell child : shell.getShells()) {
			collectPopups(child, main, items);
		}
	}

	static <T extends Control> T find(Control control, Class<T> type) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Saves what the screen shows of the workbench window and its popups as a PNG. */
	static Path screenshot(String name) {
		Path folder = Path.of(System.getProperty("lithos.screenshots", "target/screenshots"));
		Path file = folder.resolve(name + ".png");
		run(() -> {
			Files.createDirectories(folder);
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			Rectangle bounds = shell.getBounds();
			GC gc = new GC(display());
			Image image = new Image(display(), bounds.width, bounds.height);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}

	/** @return the text of a file */
	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new IllegalStateException("cannot read " + file, e);
		}
	}
}
