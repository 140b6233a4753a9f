package org.lithos.solver.kmc.internal;

import org.lithos.solver.api.Solver;
import org.lithos.solver.kmc.KmcSolver;
import org.osgi.service.component.annotations.Component;

/** Registers {@link KmcSolver} as an OSGi {@link Solver} service through Declarative Services. */
@Component(service = Solver.class)
public class KmcSolverComponent extends KmcSolver {
}
