package org.lithos.ui.internal.run;

import java.util.Optional;

import org.lithos.solver.api.SolverRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the solver registry in the running framework, as the command line does: solver bundles (ours and partner
 * labs') are Declarative Services components, and a lazily activated bundle nobody started is invisible to DS, so
 * every bundle with components is started first.
 */
final class Solvers {

	private static final long WAIT_MILLIS = 5000;

	/**
	 * Holds the registry for the studio's lifetime, never closed: the registry is a delayed component, and releasing
	 * its last use would deactivate it, unbinding the solvers from the instance a running study holds.
	 */
	private static ServiceTracker<SolverRegistry, SolverRegistry> tracker;

	private Solvers() {
	}

	/** @return the ids of the installed solvers, for the validator's solver check; empty without a registry */
	static java.util.Set<String> ids() {
		return registry().map(r -> r.solvers().stream().map(org.lithos.solver.api.Solver::id)
				.collect(java.util.stream.Collectors.toSet())).orElse(java.util.Set.of());
	}

	/** @return the registry, or empty when DS is not running */
	static Optional<SolverRegistry> registry() {
		Bundle own = FrameworkUtil.getBundle(Solvers.class);
		if (own == null || own.getBundleContext() == null) {
			return Optional.empty();
		}
		BundleContext context = own.getBundleContext();
		for (Bundle bundle : context.getBundles()) {
			// the state first, and the raw headers: getHeaders() localizes them, opening every bundle's jar for its
			// translations (as in the command line's FrameworkServices)
			if (bundle.getState() == Bundle.RESOLVED && bundle.getHeaders("").get("Service-Component") != null) {
				try {
					bundle.start(Bundle.START_ACTIVATION_POLICY | Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					// a broken partner bundle must not take the others down; its solvers are simply missing
				}
			}
		}
		try {
			return Optional.ofNullable(tracker(context).waitForService(WAIT_MILLIS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private static synchronized ServiceTracker<SolverRegistry, SolverRegistry> tracker(BundleContext context) {
		if (tracker == null) {
			tracker = new ServiceTracker<>(context, SolverRegistry.class, null);
			tracker.open();
		}
		return tracker;
	}
}
