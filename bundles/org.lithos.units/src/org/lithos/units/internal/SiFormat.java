package org.lithos.units.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Writes numbers compactly for hovers and messages: six significant digits without trailing
 * zeros, plain between 1e-3 and 1e6 ("296.15", "10"), C-style e-notation outside ("4.85e-06").
 */
public final class SiFormat {

	private static final MathContext SIX_DIGITS = new MathContext(6);

	private SiFormat() {
	}

	/**
	 * Formats a number.
	 *
	 * @param value any double
	 * @return e.g. "10", "0.5", "4.85e-06", "1.60218e-19", "NaN"
	 */
	public static String format(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		if (value == 0) {
			return "0";
		}
		BigDecimal rounded = new BigDecimal(value).round(SIX_DIGITS).stripTrailingZeros();
		double magnitude = Math.abs(rounded.doubleValue());
		if (magnitude >= 1e-3 && magnitude < 1e6) {
			return rounded.toPlainString();
		}
		int exponent = rounded.precision() - rounded.scale() - 1;
		BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
		return mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+")
				+ String.format("%02d", Math.abs(exponent));
	}
}
