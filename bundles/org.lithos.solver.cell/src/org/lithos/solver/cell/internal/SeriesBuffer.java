package org.lithos.solver.cell.internal;

import java.util.Arrays;

/**
 * The time series as growable primitive columns, bounded per step: when a step exceeds
 * {@link Defaults#MAX_POINTS_PER_STEP} points, every second point of that step is dropped and the step keeps only
 * every second new point from then on. The first and last point of a step are always kept.
 */
final class SeriesBuffer {

	/** Column order. */
	static final int TIME = 0, VOLTAGE = 1, CURRENT = 2, CAPACITY = 3, CYCLE = 4, SEI2 = 5, LI = 6, COLUMNS = 7;

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

	/** Adds a point (decimated within the step). */
	void add(double time, double voltage, double current, double capacity, double cycle, double sei2, double li) {
		if (size > stepStart && skipped + 1 < stride) {
			skipped++;
			pending[TIME] = time;
			pending[VOLTAGE] = voltage;
			pending[CURRENT] = current;
			pending[CAPACITY] = capacity;
			pending[CYCLE] = cycle;
			pending[SEI2] = sei2;
			pending[LI] = li;
			hasPending = true;
			return;
		}
		skipped = 0;
		hasPending = false;
		put(time, voltage, current, capacity, cycle, sei2, li);
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

	/** Ends the step, keeping its last point. */
	void endStep() {
		flushPending();
	}

	private void flushPending() {
		if (hasPending) {
			put(pending[TIME], pending[VOLTAGE], pending[CURRENT], pending[CAPACITY], pending[CYCLE], pending[SEI2],
					pending[LI]);
			hasPending = false;
		}
	}

	private void put(double time, double voltage, double current, double capacity, double cycle, double sei2, double li) {
		if (size == cols[0].length) {
			for (int c = 0; c < COLUMNS; c++) {
				cols[c] = Arrays.copyOf(cols[c], size * 2);
			}
		}
		cols[TIME][size] = time;
		cols[VOLTAGE][size] = voltage;
		cols[CURRENT][size] = current;
		cols[CAPACITY][size] = capacity;
		cols[CYCLE][size] = cycle;
		cols[SEI2][size] = sei2;
		cols[LI][size] = li;
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
