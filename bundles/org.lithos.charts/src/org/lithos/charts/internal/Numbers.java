package org.lithos.charts.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short number formatting for labels. */
public final class Numbers {

	private Numbers() {
	}

	/**
	 * @param value a number
	 * @return three significant digits without trailing zeros, e.g. "0.05", "71", "1.23e+03" is written "1230"
	 */
	public static String format(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}
}
