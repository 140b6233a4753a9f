/**
 * The only bridge between the language and the solvers: compiles studies of the cell language into
 * {@code SimulationInput} models in SI units, with materials resolved, protocols flattened into concrete steps
 * and sweeps expanded into one run per point.
 */
package org.lithos.dsl.compiler;
