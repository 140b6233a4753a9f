package org.lithos.cli.internal;

import java.util.Optional;

import org.lithos.solver.api.SolverRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the solver registry in the running framework. Solver bundles (ours and partner labs') declare their
 * solvers as Declarative Services components; a lazily activated bundle that nobody started is invisible to
 * DS, so every bundle with components is started first.
 */
public final class SolverServices {

	private static final long WAIT_MILLIS = 5000;

	private SolverServices() {
	}

	/** @return the registry, or empty outside OSGi or when DS is not running */
	public static Optional<SolverRegistry> registry() {
		Bundle own = FrameworkUtil.getBundle(SolverServices.class);
		if (own == null || own.getBundleContext() == null) {
			return Optional.empty();
		}
		BundleContext context = own.getBundleContext();
		for (Bundle bundle : context.getBundles()) {
			if (bundle.getHeaders().get("Service-Component") != null && bundle.getState() == Bundle.RESOLVED) {
				try {
					bundle.start(Bundle.START_ACTIVATION_POLICY | Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					// a broken partner bundle must not take the others down; its solvers are simply missing
				}
			}
		}
		ServiceTracker<SolverRegistry, SolverRegistry> tracker = new ServiceTracker<>(context, SolverRegistry.class, null);
		tracker.open();
		try {
			return Optional.ofNullable(tracker.waitForService(WAIT_MILLIS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}
}
