/**
 * The {@code lithos.cell} solver: reduced-order electrochemistry plus interface state for cycling anode-free
 * solid-state cells ({@link org.lithos.solver.cell.CellSolver}), and the classical nucleation equations
 * (in {@code org.lithos.solver.nucleation.Nucleation}, shared with the nucleation solver). SI units throughout.
 */
package org.lithos.solver.cell;
