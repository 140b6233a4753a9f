package org.lithos.solver.kmc;

import org.lithos.solver.api.Solver;
import org.osgi.service.component.annotations.Component;

/** Registers {@link KmcSolver} as an OSGi {@link Solver} service through Declarative Services. */
@Component(service = Solver.class)
public class KmcSolverComponent extends KmcSolver {
}
