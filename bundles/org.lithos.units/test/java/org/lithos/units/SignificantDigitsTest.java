package org.lithos.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SignificantDigitsTest {

	private static final SignificantDigits SIX = new SignificantDigits(6);

	@Test
	void writesPlainNotationWithoutTrailingZeros() {
		assertEquals("0", SIX.format(0));
		assertEquals("225", SIX.format(225));
		assertEquals("1", SIX.format(1.0));
		assertEquals("-0.45", SIX.format(-0.45));
		assertEquals("0.0232293", SIX.format(0.02322931));
		assertEquals("0.000550749", SIX.format(5.507494e-4));
		assertEquals("123457", SIX.format(123456.7));
		assertEquals("100000", SIX.format(99999.95));
		assertEquals("10", SIX.format(9.9999996));
	}

	@Test
	void writesScientificNotationWhereFormatDoes() {
		assertEquals("1.5e-7", SIX.format(1.5e-7));
		assertEquals("1e6", SIX.format(999999.7));
		assertEquals("3.6e7", SIX.format(3.6e7));
		assertEquals("-2.5e-5", SIX.format(-2.5e-5));
		assertEquals("1e-300", SIX.format(1e-300));
		assertEquals("1.79769e308", SIX.format(Double.MAX_VALUE));
		assertEquals("4.9e-324", new SignificantDigits(2).format(Double.MIN_VALUE));
	}

	@Test
	void keepsTheSpecialValuesReadable() {
		assertEquals("NaN", SIX.format(Double.NaN));
		assertEquals("-Infinity", SIX.format(Double.NEGATIVE_INFINITY));
		assertEquals(Double.NaN, Double.parseDouble(SIX.format(Double.NaN)));
	}

	/** Over random values of every magnitude the text is the correctly rounded decimal, and mostly %g's. */
	@Test
	void agreesWithTheExactDecimalRounding() {
		SplittableRandom random = new SplittableRandom(7);
		int differentFromFormat = 0;
		int samples = 20_000;
		for (int i = 0; i < samples; i++) {
			int digits = 1 + random.nextInt(12);
			double value = (random.nextBoolean() ? 1 : -1) * random.nextDouble(1, 10)
					* Math.pow(10, random.nextInt(-40, 40));
			String text = new SignificantDigits(digits).format(value);
			BigDecimal exact = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
			double written = Double.parseDouble(text);
			double ulpOfDigits = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - digits + 1);
			assertTrue(Math.abs(written - value) <= 0.5 * ulpOfDigits * (1 + 1e-9),
					() -> value + " written as " + text + " with " + digits + " digits");
			if (written != exact.doubleValue()) {
				differentFromFormat++;
			}
			String format = String.format(Locale.ROOT, "%." + digits + "g", value);
			assertEquals(Double.parseDouble(format), written, Math.abs(value) * 1e-15 + 0.5 * ulpOfDigits * 1.000001,
					() -> value + ": " + text + " against " + format);
		}
		// a tie or near-tie can round the other way after the one binary rounding of the scaling: rare
		assertTrue(differentFromFormat < samples / 1000, differentFromFormat + " of " + samples + " differ");
	}

	@Test
	void refusesDigitsALongCannotHold() {
		assertThrows(IllegalArgumentException.class, () -> new SignificantDigits(0));
		assertThrows(IllegalArgumentException.class, () -> new SignificantDigits(18));
	}
}
