/**
 * Classical heterogeneous nucleation of Li (docs/physics.md, scale 1): the static equations
 * ({@link org.lithos.solver.nucleation.Nucleation}) that the cell and morphology solvers reuse, and the solver
 * {@code lithos.nucleation} ({@link org.lithos.solver.nucleation.NucleationSolver}, constants in
 * {@link org.lithos.solver.nucleation.NucleationParameters}) that reports nucleation overpotential, critical radius
 * and nucleus density per plating step. SI units throughout.
 */
package org.lithos.solver.nucleation;
