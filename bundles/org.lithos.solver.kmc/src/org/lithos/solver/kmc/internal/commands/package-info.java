/**
 * The kinetic Monte Carlo solver's contributions to the command line: {@code lithos surrogate}, which regenerates the
 * cycling solver's morphology table from KMC runs, and the KMC figures of {@code lithos bench}.
 */
package org.lithos.solver.kmc.internal.commands;
