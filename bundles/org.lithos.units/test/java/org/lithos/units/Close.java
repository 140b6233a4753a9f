package org.lithos.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared assertions: conversions are exact up to floating-point rounding. */
final class Close {

	/** Relative tolerance for conversions that are a few multiplications of exact decimals. */
	static final double RELATIVE = 1e-12;

	private Close() {
	}

	/** Asserts {@code 1 symbol} is {@code expectedSi} in the SI unit of {@code dimension}. */
	static void assertUnit(String symbol, Dimension dimension, double expectedSi) {
		Unit unit = Units.parse(symbol, dimension);
		assertEquals(dimension, unit.dimension(), symbol);
		assertClose(expectedSi, unit.toSi(1), symbol);
	}

	static void assertClose(double expected, double actual, String message) {
		assertEquals(expected, actual, Math.abs(expected) * RELATIVE, message);
	}
}
