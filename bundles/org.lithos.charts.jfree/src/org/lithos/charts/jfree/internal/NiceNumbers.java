package org.lithos.charts.jfree.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** Round numbers for scale bars and colour-bar ticks: 1, 2 or 5 times a power of ten. */
public final class NiceNumbers {

	private static final double[] MANTISSAS = { 1, 2, 5 };

	private NiceNumbers() {
	}

	/**
	 * The round number closest to a target on a logarithmic scale.
	 *
	 * @param target a positive finite number
	 * @return 1, 2 or 5 times a power of ten, e.g. 17 gives 20, 0.3 gives 0.2, 40 gives 50
	 */
	public static double nearest(double target) {
		if (!(target > 0) || !Double.isFinite(target)) {
			throw new IllegalArgumentException("need a positive finite number, not " + target);
		}
		int exponent = (int) Math.floor(Math.log10(target));
		double best = Double.NaN;
		double bestDistance = Double.POSITIVE_INFINITY;
		for (int e = exponent - 1; e <= exponent + 1; e++) {
			for (double m : MANTISSAS) {
				double candidate = round(m * Math.pow(10, e));
				double distance = Math.abs(Math.log(candidate / target));
				if (distance < bestDistance - 1e-12) {
					best = candidate;
					bestDistance = distance;
				}
			}
		}
		return best;
	}

	/**
	 * Evenly spaced round tick values from 0 up to a maximum.
	 *
	 * @param max   the top of the range, positive
	 * @param count about how many intervals are wanted
	 * @return 0, step, 2 step, ... up to {@code max} (inclusive within rounding)
	 */
	public static double[] ticks(double max, int count) {
		double step = nearest(max / Math.max(1, count));
		int n = (int) Math.floor(max / step * (1 + 1e-9)) + 1;
		double[] ticks = new double[n];
		for (int i = 0; i < n; i++) {
			ticks[i] = round(i * step);
		}
		return ticks;
	}

	/**
	 * A short label for a number.
	 *
	 * @param value a number
	 * @return at most three significant digits, no trailing zeros, no exponent, e.g. "20", "0.5", "1.25"
	 */
	public static String format(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		if (value == 0) {
			return "0";
		}
		return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}

	/** Removes binary noise such as 0.30000000000000004. */
	private static double round(double value) {
		return new BigDecimal(value).round(new MathContext(12)).doubleValue();
	}
}
