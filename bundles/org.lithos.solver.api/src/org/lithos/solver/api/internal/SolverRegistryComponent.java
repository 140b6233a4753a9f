package org.lithos.solver.api.internal;

import org.lithos.solver.api.Solver;
import org.lithos.solver.api.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Publishes the catalogue as the {@link SolverRegistry} service, fed with every {@link Solver} service. */
@Component(service = SolverRegistry.class, immediate = true)
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
