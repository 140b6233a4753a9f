package org.lithos.cli.internal;

import java.util.Optional;

import org.lithos.solver.api.SolverRegistry;

/** Finds the solver registry in the running framework (see {@link FrameworkServices} for why bundles are started). */
public final class SolverServices {

	private SolverServices() {
	}

	/**
	 * Lets the validator judge {@code solver "id"} against the installed solvers; it asks only when a study names
	 * one, so commands that never need the registry never start it.
	 *
	 * @param registry where the solvers come from
	 * @return close it when the command ends
	 */
	public static org.lithos.dsl.validation.SolverIds.Installation teachValidator(
			java.util.function.Supplier<Optional<SolverRegistry>> registry) {
		return org.lithos.dsl.validation.SolverIds.install(() -> registry.get()
				.map(r -> r.solvers().stream().map(org.lithos.solver.api.Solver::id).collect(java.util.stream.Collectors.toSet()))
				.orElse(java.util.Set.of()));
	}

	/** @return the registry, or empty outside OSGi or when DS is not running */
	public static Optional<SolverRegistry> registry() {
		return FrameworkServices.waitFor(SolverRegistry.class);
	}
}
