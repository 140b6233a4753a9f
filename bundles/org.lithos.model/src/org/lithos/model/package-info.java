/**
 * The EMF model Lithos solvers consume and produce: {@code SimulationInput} (SI units, materials resolved, protocol flattened) and {@code SimulationResult} (cycles, series, events, summary). Generated from {@code model/lithos.ecore} by the build.
 */
package org.lithos.model;
