package org.lithos.solver.cell.internal;

import java.util.Arrays;

/**
 * The time series as growable primitive columns, bounded per step: when a step exceeds
 * {@link Defaults#MAX_POINTS_PER_STEP} points, every second point of that step is dropped and the step keeps only
 * every second new point from then on. The first and last point of a step are always kept. The whole run is
 * bounded too ({@link #MAX_ROWS}): a protocol of 100,000 short cycles would otherwise fill any heap.
 */
final class SeriesBuffer {

	/** Column order. */
	static final int TIME = 0, VOLTAGE = 1, CURRENT = 2, CAPACITY = 3, CYCLE = 4, SEI2 = 5, LI = 6, BULK_R = 7,
			INTERFACE_R = 8, STEP = 9, COLUMNS = 10;

	/**
	 * Most rows a run keeps: 1,000,000 rows of 10 columns are 80 MB. Past it every second row is dropped (the first
	 * row and the newest one stay) and later steps keep proportionally fewer points, so a run's series never takes
	 * more than this, however many cycles it has; a 300-cycle run (about 60,000 rows) is never thinned.
	 */
	static final int MAX_ROWS = 1_000_000;

	private double[][] cols = new double[COLUMNS][1024];
	private int size;
	private int stepStart;
	private int stride;
	/** Stride every step starts with: doubled each time the whole run is thinned, so the thinning stays uniform. */
	private int runStride = 1;
	private int skipped;
	private final double[] pending = new double[COLUMNS];
	private boolean hasPending;
	/** Index of the step being recorded (in the flattened protocol, from 0): the {@link #STEP} column. */
	private int step;
	/** Voltage of the step's first point, kept apart because thinning the whole run may drop that row. */
	private double stepFirstVoltage = Double.NaN;

	/**
	 * Starts a new step.
	 *
	 * @param index the step's index in the flattened protocol, written into every point of the step
	 */
	void beginStep(int index) {
		flushPending();
		step = index;
		stepStart = size;
		stride = runStride;
		skipped = 0;
		stepFirstVoltage = Double.NaN;
	}

	/**
	 * @return the voltage of the current (or last) step's first point, V: the instant its current is established,
	 *         before it has moved any Li; NaN before the step's first point
	 */
	double stepFirstVoltage() {
		return stepFirstVoltage;
	}

	/**
	 * Adds a point (decimated within the step).
	 *
	 * @param values the columns in column order; columns not given are NaN, the step column is the current step
	 */
	void add(double... values) {
		if (size == stepStart && Double.isNaN(stepFirstVoltage) && values.length > VOLTAGE) {
			stepFirstVoltage = values[VOLTAGE];
		}
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
		if (size == MAX_ROWS) {
			halveAll();
		}
		if (size == cols[0].length) {
			for (int c = 0; c < COLUMNS; c++) {
				cols[c] = Arrays.copyOf(cols[c], Math.min(MAX_ROWS, size * 2));
			}
		}
		for (int c = 0; c < COLUMNS; c++) {
			cols[c][size] = c < values.length ? values[c] : Double.NaN;
		}
		cols[STEP][size] = step;
		size++;
	}

	/** Keeps the first row and every second one after it, up to the newest; the current step restarts there. */
	private void halveAll() {
		int kept = 1;
		for (int i = 2; i < size; i += 2) {
			for (int c = 0; c < COLUMNS; c++) {
				cols[c][kept] = cols[c][i];
			}
			kept++;
		}
		if ((size - 1) % 2 != 0) {
			for (int c = 0; c < COLUMNS; c++) {
				cols[c][kept] = cols[c][size - 1];
			}
			kept++;
		}
		size = kept;
		stepStart = Math.min(stepStart, size - 1);
		runStride *= 2;
		stride = Math.max(stride, runStride);
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
