package org.lithos.units;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes numbers rounded to a number of significant digits, as {@code String.format("%.6g")} would but without its
 * trailing zeros and about twenty times faster. Result files hold millions of numbers: a sweep of 1,000 runs of 100
 * cycles writes some 10^8, and {@link java.util.Formatter} (locale lookups, format-string parsing, exact decimal
 * expansion) took more CPU than the solver itself. The text always reads back with {@link Double#parseDouble}.
 * <p>
 * Plain notation is used from 10^-4 up to 10^digits, as {@code %g} does, and scientific notation ({@code 1.5e-07})
 * outside. A value is the decimal of at most {@code digits} digits nearest to it: the scaling by a power of ten is
 * exact up to 10^22, and values whose scaling is not exact (below about 10^-16 or above 10^27 for six digits) go
 * through {@link BigDecimal}.
 */
public final class SignificantDigits {

	/** The largest exactly representable power of ten in a double is 10^22. */
	private static final int EXACT_POWERS = 22;
	private static final double[] POWERS = new double[EXACT_POWERS + 1];
	private static final long[] LONG_POWERS = new long[19];

	static {
		double power = 1;
		for (int i = 0; i <= EXACT_POWERS; i++) {
			POWERS[i] = power;
			power *= 10;
		}
		long longPower = 1;
		for (int i = 0; i < LONG_POWERS.length; i++) {
			LONG_POWERS[i] = longPower;
			longPower *= 10;
		}
	}

	private final int digits;

	/**
	 * @param digits the significant digits, 1 to 17
	 */
	public SignificantDigits(int digits) {
		if (digits < 1 || digits > 17) {
			throw new IllegalArgumentException("significant digits must be 1 to 17, not " + digits);
		}
		this.digits = digits;
	}

	/** @return the value's text (see the class comment) */
	public String format(double value) {
		return append(new StringBuilder(24), value).toString();
	}

	/**
	 * @param out   where the text goes
	 * @param value the value; NaN and the infinities are written as {@link Double#toString} writes them
	 * @return {@code out}
	 */
	public StringBuilder append(StringBuilder out, double value) {
		if (!Double.isFinite(value)) {
			return out.append(value);
		}
		if (value == 0) {
			return out.append('0');
		}
		if (value < 0) {
			out.append('-');
			value = -value;
		}
		int exponent = (int) Math.floor(Math.log10(value));
		long mantissa = scaled(value, digits - 1 - exponent);
		// log10 can be off by one next to a power of ten; rounding can carry into a new digit
		if (mantissa >= LONG_POWERS[digits]) {
			exponent++;
			mantissa = scaled(value, digits - 1 - exponent);
		} else if (mantissa < LONG_POWERS[digits - 1]) {
			exponent--;
			mantissa = scaled(value, digits - 1 - exponent);
		}
		if (mantissa >= LONG_POWERS[digits]) {
			// 9.999995 rounds to 10.0000: one digit more
			exponent++;
			mantissa /= 10;
		}
		return write(out, mantissa, exponent);
	}

	/** @return value x 10^shift rounded to the nearest integer, with one rounding only */
	private static long scaled(double value, int shift) {
		if (shift >= 0 && shift <= EXACT_POWERS) {
			return Math.round(value * POWERS[shift]);
		}
		if (shift < 0 && -shift <= EXACT_POWERS) {
			return Math.round(value / POWERS[-shift]);
		}
		return new BigDecimal(value).scaleByPowerOfTen(shift).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
	}

	private StringBuilder write(StringBuilder out, long mantissa, int exponent) {
		int significant = digits;
		while (significant > 1 && mantissa % 10 == 0) {
			mantissa /= 10;
			significant--;
		}
		String text = Long.toString(mantissa);
		if (exponent < -4 || exponent >= digits) {
			out.append(text.charAt(0));
			if (significant > 1) {
				out.append('.').append(text, 1, significant);
			}
			return out.append('e').append(exponent);
		}
		if (exponent < 0) {
			out.append("0.");
			for (int i = -1; i > exponent; i--) {
				out.append('0');
			}
			return out.append(text);
		}
		if (significant <= exponent + 1) {
			out.append(text);
			for (int i = significant; i <= exponent; i++) {
				out.append('0');
			}
			return out;
		}
		return out.append(text, 0, exponent + 1).append('.').append(text, exponent + 1, significant);
	}
}
