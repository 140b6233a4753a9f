/**
 * Physical dimensions, units and quantities for the cell language: reads unit symbols such as
 * {@code mA/cm2}, {@code mAh/cm2} or the C-rate {@code C}, checks dimensions and converts to SI.
 * Dependency-free, so that the validator, the compiler and the solvers can all share it.
 */
package org.lithos.units;
