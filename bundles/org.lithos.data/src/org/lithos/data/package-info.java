/**
 * Measured cycler data: reads the exports of the cyclers battery labs use (BioLogic, Land, Arbin, Maccor, Neware,
 * PEC, the Battery Data Format and any CSV with a column mapping) into one {@link org.lithos.data.MeasuredCurve} in
 * SI units with one current sign, derives the measured observables (Coulombic efficiency, capacity per cycle,
 * cycle of failure) and writes series in the Battery Data Format.
 */
package org.lithos.data;
