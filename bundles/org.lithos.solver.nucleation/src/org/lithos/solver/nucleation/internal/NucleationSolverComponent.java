package org.lithos.solver.nucleation.internal;

import org.lithos.solver.api.Solver;
import org.lithos.solver.nucleation.NucleationSolver;
import org.osgi.service.component.annotations.Component;

/** Registers {@link NucleationSolver} with its default parameters as an OSGi {@link Solver} service. */
@Component(service = Solver.class)
public class NucleationSolverComponent extends NucleationSolver {
}
