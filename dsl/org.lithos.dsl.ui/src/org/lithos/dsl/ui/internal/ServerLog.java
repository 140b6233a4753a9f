package org.lithos.dsl.ui.internal;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Xtext, and so the language server, logs through log4j, which nothing configures inside the workbench: its
 * failures were lost. This appender puts its warnings and errors in the Eclipse log (the Error Log view and
 * {@code .metadata/.log}), with the logger's name and the exception.
 */
final class ServerLog extends AppenderSkeleton {

	/** The appender's name on the root logger, so that it is added once. */
	private static final String NAME = "lithos-eclipse-log";

	private ServerLog() {
		setName(NAME);
		setThreshold(Level.WARN);
	}

	/** Routes log4j's warnings and errors to the Eclipse log from now on (again: nothing changes). */
	static synchronized void install() {
		Logger root = Logger.getRootLogger();
		if (root.getAppender(NAME) == null) {
			root.addAppender(new ServerLog());
			// below WARN nothing is kept, so nothing need be formatted either
			root.setLevel(Level.WARN);
		}
	}

	@Override
	protected void append(LoggingEvent event) {
		int severity = event.getLevel().isGreaterOrEqual(Level.ERROR) ? IStatus.ERROR : IStatus.WARNING;
		ThrowableInformation thrown = event.getThrowableInformation();
		ILog.of(ServerLog.class).log(new Status(severity, CellEditorPlugin.PLUGIN_ID,
				"language server (" + event.getLoggerName() + "): " + event.getRenderedMessage(),
				thrown == null ? null : thrown.getThrowable()));
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
		// the Eclipse log is not ours to close
	}
}
