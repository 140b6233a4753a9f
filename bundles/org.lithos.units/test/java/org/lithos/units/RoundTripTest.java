package org.lithos.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** fromSi undoes toSi for every unit and reading, within 1e-12 relative. */
class RoundTripTest {

	private static final double[] VALUES = {1, -40, 23, 0.33, 1234.5678, 1e-9, 7.5e8};

	@TestFactory
	Stream<DynamicTest> everyReadingRoundTrips() {
		List<String> symbols = Stream.concat(Units.knownSymbols().stream(),
				Stream.of("mA/cm2", "mAh/cm2", "mAh/g", "ohm.cm2", "cm^-3", "kJ/mol", "mS/cm", "\u00b5m2")).toList();
		return symbols.stream().flatMap(symbol -> Units.candidates(symbol).stream())
				.map(unit -> DynamicTest.dynamicTest(unit.symbol() + " as " + unit.dimension(), () -> {
					for (double x : VALUES) {
						// Offsets add absolute rounding error; the smallest value is tested without one.
						if (unit.offset() != 0 && Math.abs(x) < 1e-3) {
							continue;
						}
						assertEquals(x, unit.fromSi(unit.toSi(x)), Math.abs(x) * 1e-12, unit + " " + x);
					}
				}));
	}
}
