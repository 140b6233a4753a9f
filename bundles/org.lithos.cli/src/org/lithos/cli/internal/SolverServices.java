package org.lithos.cli.internal;

import java.util.Optional;

import org.lithos.solver.api.SolverRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the solver registry in the running framework (see {@link FrameworkServices} for why bundles are started). */
public final class SolverServices {

	private static final long WAIT_MILLIS = 5000;

	private SolverServices() {
	}

	/** @return the registry, or empty outside OSGi or when DS is not running */
	public static Optional<SolverRegistry> registry() {
		Optional<BundleContext> started = FrameworkServices.started();
		if (started.isEmpty()) {
			return Optional.empty();
		}
		ServiceTracker<SolverRegistry, SolverRegistry> tracker = new ServiceTracker<>(started.get(), SolverRegistry.class,
				null);
		tracker.open();
		try {
			return Optional.ofNullable(tracker.waitForService(WAIT_MILLIS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}
}
