package org.lithos.charts.internal;

import java.util.Arrays;

/**
 * Thins a long series for drawing while keeping its shape: the first and last points, and in each of equal-width
 * index buckets between them the lowest and highest point, so voltage spikes (a short, a nucleation dip) survive.
 */
public final class Decimator {

	/** The smallest point budget that still keeps first, last and one bucket's extremes. */
	public static final int MIN_POINTS = 4;

	private Decimator() {
	}

	/**
	 * The indices of the points to keep.
	 *
	 * @param y         the values whose extremes are kept (NaN values are never picked as extremes)
	 * @param maxPoints the most points to keep, at least {@link #MIN_POINTS}
	 * @return increasing indices, including 0 and {@code y.length - 1}; all indices when there are few enough points
	 */
	public static int[] keep(double[] y, int maxPoints) {
		if (maxPoints < MIN_POINTS) {
			throw new IllegalArgumentException("at least " + MIN_POINTS + " points, not " + maxPoints);
		}
		int n = y.length;
		if (n <= maxPoints) {
			return indices(n);
		}
		int buckets = (maxPoints - 2) / 2;
		int interior = n - 2;
		int[] kept = new int[2 + 2 * buckets];
		int count = 0;
		kept[count++] = 0;
		for (int b = 0; b < buckets; b++) {
			int from = 1 + (int) ((long) interior * b / buckets);
			int to = 1 + (int) ((long) interior * (b + 1) / buckets);
			count = extremes(y, from, to, kept, count);
		}
		kept[count++] = n - 1;
		return Arrays.copyOf(kept, count);
	}

	/**
	 * Picks the given points.
	 *
	 * @param values  a column
	 * @param indices from {@link #keep(double[], int)}
	 * @return the values at {@code indices}
	 */
	public static double[] pick(double[] values, int[] indices) {
		double[] out = new double[indices.length];
		for (int i = 0; i < indices.length; i++) {
			out[i] = values[indices[i]];
		}
		return out;
	}

	/** Appends the indices of the minimum and maximum of y[from, to) in index order; one index if they coincide. */
	private static int extremes(double[] y, int from, int to, int[] kept, int count) {
		int min = -1;
		int max = -1;
		for (int i = from; i < to; i++) {
			if (Double.isNaN(y[i])) {
				continue;
			}
			if (min < 0 || y[i] < y[min]) {
				min = i;
			}
			if (max < 0 || y[i] > y[max]) {
				max = i;
			}
		}
		if (min < 0) {
			kept[count++] = from;
			return count;
		}
		kept[count++] = Math.min(min, max);
		if (min != max) {
			kept[count++] = Math.max(min, max);
		}
		return count;
	}

	private static int[] indices(int n) {
		int[] all = new int[n];
		for (int i = 0; i < n; i++) {
			all[i] = i;
		}
		return all;
	}
}
