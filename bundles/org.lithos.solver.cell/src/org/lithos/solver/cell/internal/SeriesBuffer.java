package org.lithos.solver.cell.internal;

import java.util.Arrays;

/**
 * The time series as growable primitive columns, bounded per step: when a step exceeds
 * {@link Defaults#MAX_POINTS_PER_STEP} points, every second point of that step is dropped and the step keeps only
 * every second new point from then on. The first and last point of a step are always kept.
 */
final class SeriesBuffer {

	/** Column order. */
	static final int TIME = 0, VOLTAGE = 1, CURRENT = 2, CAPACITY = 3, CYCLE = 4, SEI2 = 5, LI = 6, BULK_R = 7,
			INTERFACE_R = 8, COLUMNS = 9;

	private double[][] cols = new double[COLUMNS][1024];
	private int size;
	private int stepStart;
	private int stride;
	private int skipped;
	private final double[] pending = new double[COLUMNS];
	private boolean hasPending;

	/** Starts a new step. */
	void beginStep() {
		flushPending();
		stepStart = size;
		stride = 1;
		skipped = 0;
	}

	/**
	 * Adds a point (decimated within the step).
	 *
	 * @param values the columns in column order; columns not given are NaN
	 */
	void add(double... values) {
		if (size > stepStart && skipped + 1 < stride) {
			skipped++;
			fill(pending, values);
			hasPending = true;
			return;
		}
		skipped = 0;
		hasPending = false;
		put(values);
		if (size - stepStart >= Defaults.MAX_POINTS_PER_STEP) {
			int kept = stepStart + 1;
			for (int i = stepStart + 2; i < size; i += 2) {
				for (int c = 0; c < COLUMNS; c++) {
					cols[c][kept] = cols[c][i];
				}
				kept++;
			}
			size = kept;
			stride *= 2;
		}
	}

	private static void fill(double[] target, double[] values) {
		for (int c = 0; c < COLUMNS; c++) {
			target[c] = c < values.length ? values[c] : Double.NaN;
		}
	}

	/** Ends the step, keeping its last point. */
	void endStep() {
		flushPending();
	}

	private void flushPending() {
		if (hasPending) {
			put(pending.clone());
			hasPending = false;
		}
	}

	private void put(double[] values) {
		if (size == cols[0].length) {
			for (int c = 0; c < COLUMNS; c++) {
				cols[c] = Arrays.copyOf(cols[c], size * 2);
			}
		}
		for (int c = 0; c < COLUMNS; c++) {
			cols[c][size] = c < values.length ? values[c] : Double.NaN;
		}
		size++;
	}

	/** @return a copy of one column */
	double[] column(int c) {
		flushPending();
		return Arrays.copyOf(cols[c], size);
	}

	/** @return number of points */
	int size() {
		return size;
	}
}
