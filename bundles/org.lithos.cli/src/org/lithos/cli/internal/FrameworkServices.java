package org.lithos.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.lithos.cli.ListedCommand;
import org.lithos.cli.api.Command;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The services of the running framework that the command line uses: commands, benchmarks, solvers, the chart
 * renderer. Bundles (ours
 * and partner labs') declare them as Declarative Services components; a lazily activated bundle that nobody started
 * is invisible to DS, so every bundle with components is started first.
 */
public final class FrameworkServices {

	private static final long WAIT_MILLIS = 5000;

	private FrameworkServices() {
	}

	/** @return the command line's bundle context with every component bundle started, or empty outside OSGi */
	static Optional<BundleContext> started() {
		Bundle own = FrameworkUtil.getBundle(FrameworkServices.class);
		if (own == null || own.getBundleContext() == null) {
			return Optional.empty();
		}
		BundleContext context = own.getBundleContext();
		for (Bundle bundle : context.getBundles()) {
			// the state first, and the raw headers, which the framework keeps for this one: getHeaders() localizes
			// them, opening every bundle's jar for its translations (in a lithos lsp process that was most of the
			// command line's own start-up)
			if (bundle.getState() == Bundle.RESOLVED && bundle.getHeaders("").get("Service-Component") != null) {
				try {
					bundle.start(Bundle.START_ACTIVATION_POLICY | Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					// a broken partner bundle must not take the others down; its services are simply missing
				}
			}
		}
		return Optional.of(context);
	}

	/**
	 * Waits a few seconds for a service that a component bundle registers when it starts.
	 *
	 * @param type the service interface
	 * @return the service, or empty outside OSGi or when no bundle provides one
	 */
	public static <T> Optional<T> waitFor(Class<T> type) {
		Optional<BundleContext> started = started();
		if (started.isEmpty()) {
			return Optional.empty();
		}
		ServiceTracker<T, T> tracker = new ServiceTracker<>(started.get(), type, null);
		tracker.open();
		try {
			return Optional.ofNullable(tracker.waitForService(WAIT_MILLIS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/**
	 * The {@link Command} services registered now, listed by the name and summary in their service properties and got
	 * (their components activated) only when the command line runs one. A command without a name property is got at
	 * once, to learn its name.
	 *
	 * @return every command (empty outside OSGi)
	 */
	public static List<ListedCommand> commands() {
		List<ListedCommand> commands = new ArrayList<>();
		started().ifPresent(context -> {
			for (ServiceReference<Command> reference : references(context, Command.class)) {
				ListedCommand listed = listed(reference, () -> context.getService(reference));
				if (listed != null) {
					commands.add(listed);
				}
			}
		});
		return commands;
	}

	/**
	 * @param reference a command service
	 * @param service   gets it
	 * @return the command listed by its properties, or (without a name property) got now; null when it cannot be got
	 */
	static ListedCommand listed(ServiceReference<Command> reference, Supplier<Command> service) {
		if (reference.getProperty(Command.NAME_PROPERTY) instanceof String name) {
			Object summary = reference.getProperty(Command.SUMMARY_PROPERTY);
			return ListedCommand.lazy(name, summary instanceof String s ? s : null, service);
		}
		Command command = service.get();
		return command == null ? null : ListedCommand.of(command);
	}

	/**
	 * @param type the service interface
	 * @return every service of that type registered now (empty outside OSGi)
	 */
	public static <T> List<T> all(Class<T> type) {
		List<T> services = new ArrayList<>();
		started().ifPresent(context -> {
			for (ServiceReference<T> reference : references(context, type)) {
				T service = context.getService(reference);
				if (service != null) {
					services.add(service);
				}
			}
		});
		return services;
	}

	private static <T> Collection<ServiceReference<T>> references(BundleContext context, Class<T> type) {
		try {
			return context.getServiceReferences(type, null);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException("no filter was given", e);
		}
	}
}
