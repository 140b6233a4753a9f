package org.lithos.solver.cell.internal;

/** The protocol's stop conditions as plain numbers. */
final class StopPlan {
	/** Fraction of the reference discharge capacity below which the run stops, or NaN. */
	double capacityFraction = Double.NaN;
	/** Reference cycle of {@link #capacityFraction}, from 1. */
	int referenceCycle = 1;
	/** Total time limit, s, or NaN. */
	double totalTime = Double.NaN;
}
