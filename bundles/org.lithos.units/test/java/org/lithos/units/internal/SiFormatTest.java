package org.lithos.units.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Six significant digits, plain in [1e-3, 1e6), e-notation outside. */
class SiFormatTest {

	@Test
	void plainInTheMiddleRange() {
		assertEquals("10", SiFormat.format(10));
		assertEquals("296.15", SiFormat.format(296.15));
		assertEquals("0.001", SiFormat.format(0.001));
		assertEquals("-0.5", SiFormat.format(-0.5));
		assertEquals("123457", SiFormat.format(123456.7));
		assertEquals("0", SiFormat.format(0));
		assertEquals("0", SiFormat.format(-0.0));
	}

	@Test
	void scientificOutside() {
		assertEquals("4.85e-06", SiFormat.format(4.85e-6));
		assertEquals("1.60218e-19", SiFormat.format(1.602176634e-19));
		assertEquals("1e+06", SiFormat.format(999999.7));
		assertEquals("-2.5e+09", SiFormat.format(-2.5e9));
		assertEquals("9.99e-04", SiFormat.format(0.000999));
	}

	@Test
	void nonFiniteValues() {
		assertEquals("NaN", SiFormat.format(Double.NaN));
		assertEquals("Infinity", SiFormat.format(Double.POSITIVE_INFINITY));
	}
}
