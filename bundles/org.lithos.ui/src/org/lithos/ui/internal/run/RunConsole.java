package org.lithos.ui.internal.run;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/**
 * The "Lithos runs" console: what `lithos run` prints, its standard output in the console's colour, a study's progress
 * (its start, the runs that finished) in grey, and what the command line prints on standard error besides (warnings,
 * problems, runs that failed or were cancelled) in dark red, with a header line per launch.
 */
public final class RunConsole {

	/** The console's name, as the Console view shows it. */
	public static final String NAME = "Lithos runs";

	/** The system colour of progress lines. */
	public static final int PROGRESS_COLOUR = SWT.COLOR_DARK_GRAY;
	/** The system colour of warnings, problems and runs that did not finish. */
	public static final int PROBLEM_COLOUR = SWT.COLOR_DARK_RED;

	private static RunConsole instance;

	private final MessageConsole console;
	private final PrintStream out;
	private final PrintStream progress;
	private final PrintStream err;
	private final MessageConsoleStream header;

	private RunConsole() {
		console = new MessageConsole(NAME, null);
		MessageConsoleStream outStream = console.newMessageStream();
		MessageConsoleStream progressStream = console.newMessageStream();
		MessageConsoleStream errStream = console.newMessageStream();
		header = console.newMessageStream();
		Display display = Display.getDefault();
		display.syncExec(() -> {
			progressStream.setColor(display.getSystemColor(PROGRESS_COLOUR));
			errStream.setColor(display.getSystemColor(PROBLEM_COLOUR));
			header.setColor(display.getSystemColor(SWT.COLOR_DARK_BLUE));
		});
		out = new PrintStream(outStream, true, StandardCharsets.UTF_8);
		progress = new PrintStream(progressStream, true, StandardCharsets.UTF_8);
		err = new PrintStream(errStream, true, StandardCharsets.UTF_8);
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		manager.addConsoles(new IConsole[] { console });
	}

	/** @return the workbench's run console, created on first use (call from any thread) */
	public static synchronized RunConsole get() {
		if (instance == null) {
			instance = new RunConsole();
		}
		return instance;
	}

	/** @return the console itself (its document holds everything printed) */
	public MessageConsole console() {
		return console;
	}

	RunTranscript transcript() {
		return new RunTranscript(out, progress, err);
	}

	void started(String commandLine) {
		header.println("$ " + commandLine);
	}

	void ended() {
		out.flush();
		progress.flush();
		err.flush();
	}
}
