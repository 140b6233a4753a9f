/**
 * The solver SPI that partner labs compile against: a {@link org.lithos.solver.api.Solver} turns a
 * {@code SimulationInput} (SI units) into a {@code SimulationResult}; the {@link
 * org.lithos.solver.api.SolverRegistry} collects solvers (through Declarative Services in OSGi) and picks one
 * for each run. This package must never depend on Xtext, SWT, files or any Lithos implementation bundle.
 */
package org.lithos.solver.api;
