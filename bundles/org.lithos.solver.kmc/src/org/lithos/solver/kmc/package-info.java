/**
 * The {@code lithos.kmc} solver: kinetic Monte Carlo of early Li plating morphology on a bare or coated collector
 * (docs/physics.md, scale 2, after M23, doi:10.1002/adma.202206762). {@link org.lithos.solver.kmc.KmcSimulation} runs the
 * lattice model from {@link org.lithos.solver.kmc.KmcParameters} without OSGi or EMF;
 * {@link org.lithos.solver.kmc.KmcSolver} reads a compiled {@code SimulationInput} and returns coverage, heights,
 * roughness, nuclei and porosity series plus {@code Morphology} pictures; {@link org.lithos.solver.kmc.KmcBench}
 * measures its speed. SI units throughout.
 */
package org.lithos.solver.kmc;
