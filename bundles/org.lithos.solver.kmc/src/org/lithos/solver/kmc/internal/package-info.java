/**
 * Implementation of {@code lithos.kmc}: the lattice state ({@link org.lithos.solver.kmc.internal.Lattice}), the
 * BKL rate classes ({@link org.lithos.solver.kmc.internal.RateClasses}), the event loop and local rate updates
 * ({@link org.lithos.solver.kmc.internal.Engine}), the observables ({@link org.lithos.solver.kmc.internal.Observer}),
 * the first-passage moves of lone adatoms across protective domains
 * ({@link org.lithos.solver.kmc.internal.Domains}, {@link org.lithos.solver.kmc.internal.FirstPassage}), the EMF input
 * reader and result writer, and the literature defaults with their sources
 * ({@link org.lithos.solver.kmc.internal.Defaults}).
 * <p>
 * <b>Rate mapping.</b> Arrivals F = j Omega / (e a) per column; adsorption choice k_sub : k_LiLi = exp(alpha
 * (E_b,sub - E_b,LiLi) / kT) : 1 with the DFT binding energies of the library (interface {@code Li | X}, property
 * "binding energy"), alpha = 0.5; hops nu (a_0/a)^2 exp(-E/kT), E = E_a + n E_bond (in the first layer E_a + max(0, n
 * E_bond + alpha dE_b)). Moves onto or off the substrate plane carry the same adsorption preference.
 * <p>
 * Not API.
 */
package org.lithos.solver.kmc.internal;
