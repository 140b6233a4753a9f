/**
 * The {@code lithos.cell} solver: reduced-order electrochemistry plus interface state for cycling anode-free
 * solid-state cells ({@link org.lithos.solver.cell.CellSolver}), and the classical nucleation equations
 * ({@link org.lithos.solver.cell.Nucleation}) that other solvers may reuse. SI units throughout.
 */
package org.lithos.solver.cell;
