/**
 * Classical heterogeneous nucleation of Li (PHYSICS.md section 1): the static equations
 * ({@link org.lithos.solver.nucleation.Nucleation}) that the cell and morphology solvers reuse. SI units throughout.
 */
package org.lithos.solver.nucleation;
