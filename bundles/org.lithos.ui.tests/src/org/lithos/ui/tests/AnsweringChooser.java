package org.lithos.ui.tests;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Shell;
import org.lithos.ui.internal.FileChooser;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Stands in for the window system's file dialog only (GTK's native dialog cannot be driven by SWT events): a
 * {@link FileChooser} service, ranked above everything, that gives the answers a user would type and records what
 * the studio asked. The menu item or tool-bar button, the handler and what it does with the answer stay real.
 * Unregistered on close.
 */
final class AnsweringChooser implements FileChooser, AutoCloseable {

	/**
	 * One question the studio asked: the dialog's title and the extensions (open) or the extension, name and folder
	 * (save).
	 */
	record Question(String title, List<String> extensions, String name, Path folder) {
	}

	private final Deque<List<Path>> answers = new ArrayDeque<>();
	private final List<Question> questions = new CopyOnWriteArrayList<>();
	private final ServiceRegistration<FileChooser> registration;

	private AnsweringChooser() {
		Hashtable<String, Object> properties = new Hashtable<>();
		properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
		registration = FrameworkUtil.getBundle(AnsweringChooser.class).getBundleContext()
				.registerService(FileChooser.class, this, properties);
	}

	/**
	 * @param answers what the dialog returns, one list per question in order (an empty list: the user cancelled)
	 * @return the registered chooser
	 */
	@SafeVarargs
	static AnsweringChooser answering(List<Path>... answers) {
		AnsweringChooser chooser = new AnsweringChooser();
		for (List<Path> answer : answers) {
			chooser.answers.add(answer);
		}
		return chooser;
	}

	/** @return the questions asked so far */
	List<Question> questions() {
		return List.copyOf(questions);
	}

	@Override
	public synchronized List<Path> open(Shell shell, String title, List<String> extensions) {
		questions.add(new Question(title, List.copyOf(extensions), null, null));
		return next();
	}

	@Override
	public synchronized Optional<Path> save(Shell shell, String title, String extension, String name, Path folder) {
		questions.add(new Question(title, List.of(extension), name, folder));
		return next().stream().findFirst();
	}

	private List<Path> next() {
		if (answers.isEmpty()) {
			throw new AssertionError("the studio asked for a file more often than the test expected: " + questions);
		}
		return answers.poll();
	}

	@Override
	public void close() {
		registration.unregister();
	}
}
