package org.lithos.solver.kmc;

/**
 * Observables sampled along a run, one entry per sample (the first at t = 0), SI units. Arrays must not be
 * modified.
 *
 * @param time         simulated time in s
 * @param charge       deposited charge in A s/m2
 * @param coverage     fraction of substrate sites covered by Li, 0..1
 * @param meanHeight   mean column height of the deposit in m
 * @param tipHeight    maximum column height in m
 * @param roughness    RMS deviation of the column heights in m
 * @param particles    number of connected Li clusters (face neighbours; periodic in x, y)
 * @param particleSize mean equivalent lateral diameter of the clusters in m (3D: 2 sqrt(A/pi) of the footprint;
 *                     2D: footprint width)
 * @param porosity     empty fraction of the volume under the column tops, 0..1
 * @param events       events executed (arrivals plus hops)
 */
public record KmcSeries(double[] time, double[] charge, double[] coverage, double[] meanHeight, double[] tipHeight,
		double[] roughness, double[] particles, double[] particleSize, double[] porosity, double[] events) {

	/** @return number of samples */
	public int size() {
		return time.length;
	}

	/** @return index of the last sample */
	public int last() {
		return time.length - 1;
	}
}
