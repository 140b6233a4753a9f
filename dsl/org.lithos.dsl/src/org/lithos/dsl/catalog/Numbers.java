package org.lithos.dsl.catalog;

import java.math.BigDecimal;

/** Formats numbers for messages: up to four significant digits, no trailing zeros. */
public final class Numbers {

	private Numbers() {
	}

	/**
	 * @param value any finite number
	 * @return e.g. {@code "0.5"}, {@code "300"}, {@code "1.5e-05"}
	 */
	public static String format(double value) {
		if (!Double.isFinite(value)) {
			return String.valueOf(value);
		}
		if (value == Math.rint(value) && Math.abs(value) < 1e9) {
			return String.valueOf((long) value);
		}
		double magnitude = Math.abs(value);
		if (magnitude >= 1e-3 && magnitude < 1e9) {
			return new BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
		}
		return String.format(java.util.Locale.ROOT, "%.3g", value);
	}
}
