package org.lithos.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.lithos.cli.internal.FrameworkServices;

/** The headless Equinox application behind the {@code lithos} launcher. */
public class LithosApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		// charts are rendered with AWT off-screen; never try to reach a display
		System.setProperty("java.awt.headless", "true");
		quietLogging();
		int code = new Lithos(System.out, System.err, FrameworkServices.commands()).run(args == null ? new String[0] : args);
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(code);
	}

	/** Xtext logs through log4j; the command line reports problems itself, so only real failures may print. */
	private static void quietLogging() {
		org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
		root.removeAllAppenders();
		org.apache.log4j.ConsoleAppender console = new org.apache.log4j.ConsoleAppender(
				new org.apache.log4j.PatternLayout("lithos: %p %c{1}: %m%n"), org.apache.log4j.ConsoleAppender.SYSTEM_ERR);
		console.setThreshold(org.apache.log4j.Level.ERROR);
		root.addAppender(console);
		root.setLevel(org.apache.log4j.Level.ERROR);
	}

	@Override
	public void stop() {
		// commands are short-lived; nothing to interrupt
	}
}
