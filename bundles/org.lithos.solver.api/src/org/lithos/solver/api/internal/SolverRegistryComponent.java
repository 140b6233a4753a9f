package org.lithos.solver.api.internal;

import org.lithos.solver.api.Solver;
import org.lithos.solver.api.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Publishes the catalogue as the {@link SolverRegistry} service, fed with every {@link Solver} service. Delayed (made
 * when first got), so a process that never asks for it ({@code lithos lsp}, {@code lithos format})
 * activates no solver; whoever gets it keeps it for the process's lifetime, because releasing the last use deactivates
 * it and unbinds the solvers.
 */
@Component(service = SolverRegistry.class)
public class SolverRegistryComponent extends SolverCatalog {

	/** @param solver a solver service that appeared */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void bindSolver(Solver solver) {
		add(solver);
	}

	/** @param solver a solver service that went away */
	public void unbindSolver(Solver solver) {
		remove(solver);
	}
}
