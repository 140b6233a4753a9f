package org.lithos.ui.tests;

import org.lithos.cli.api.Command;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The `lithos` commands as the command line finds them: Declarative Services components in the running framework. */
final class CommandLine {

	private CommandLine() {
	}

	/**
	 * @param name a command's name, e.g. "run"
	 * @return that command service
	 */
	static Command command(String name) {
		BundleContext context = FrameworkUtil.getBundle(CommandLine.class).getBundleContext();
		for (Bundle bundle : context.getBundles()) {
			if (bundle.getHeaders().get("Service-Component") != null && bundle.getState() == Bundle.RESOLVED) {
				try {
					bundle.start(Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		ServiceTracker<Command, Command> tracker = new ServiceTracker<>(context, Command.class, null);
		tracker.open();
		try {
			long end = System.currentTimeMillis() + 10_000;
			while (System.currentTimeMillis() < end) {
				Object[] services = tracker.getServices();
				if (services != null) {
					for (Object service : services) {
						if (((Command) service).name().equals(name)) {
							return (Command) service;
						}
					}
				}
				Thread.sleep(50);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			tracker.close();
		}
		throw new AssertionError("no '" + name + "' command service");
	}
}
