package org.lithos.solver.cell.internal;

import org.lithos.solver.api.Solver;
import org.lithos.solver.cell.CellSolver;
import org.osgi.service.component.annotations.Component;

/** Registers {@link CellSolver} as an OSGi {@link Solver} service through Declarative Services. */
@Component(service = Solver.class)
public class CellSolverComponent extends CellSolver {
}
