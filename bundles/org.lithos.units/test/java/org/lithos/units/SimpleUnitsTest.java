package org.lithos.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lithos.units.Dimension.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every simple unit against a hand-computed SI value. */
class SimpleUnitsTest {

	private record Expected(Dimension dimension, double si) {
	}

	private static final Map<String, Expected> TABLE = new LinkedHashMap<>();

	private static void expect(String symbol, Dimension dimension, double si) {
		TABLE.put(symbol, new Expected(dimension, si));
	}

	static {
		expect("m", LENGTH, 1);
		expect("cm", LENGTH, 0.01);
		expect("mm", LENGTH, 0.001);
		expect("um", LENGTH, 0.000001);
		expect("nm", LENGTH, 0.000000001);
		expect("kg", MASS, 1);
		expect("g", MASS, 0.001);
		expect("mg", MASS, 0.000001);
		expect("ug", MASS, 0.000000001);
		expect("s", TIME, 1);
		expect("ms", TIME, 0.001);
		expect("min", TIME, 60);
		expect("h", TIME, 3600);
		expect("d", TIME, 24 * 3600);
		expect("A", CURRENT, 1);
		expect("mA", CURRENT, 0.001);
		expect("uA", CURRENT, 0.000001);
		expect("nA", CURRENT, 0.000000001);
		expect("Ah", CHARGE, 3600);            // 1 A for 3600 s
		expect("mAh", CHARGE, 3.6);            // 0.001 A for 3600 s
		expect("uAh", CHARGE, 0.0036);
		expect("C", C_RATE, 1.0 / 3600);       // one capacity per 3600 s
		expect("V", VOLTAGE, 1);
		expect("mV", VOLTAGE, 0.001);
		expect("uV", VOLTAGE, 0.000001);
		expect("ohm", RESISTANCE, 1);
		expect("kohm", RESISTANCE, 1000);
		expect("mohm", RESISTANCE, 0.001);
		expect("S", CONDUCTANCE, 1);
		expect("mS", CONDUCTANCE, 0.001);
		expect("uS", CONDUCTANCE, 0.000001);
		expect("N", FORCE, 1);
		expect("Pa", PRESSURE, 1);
		expect("kPa", PRESSURE, 1000);
		expect("MPa", PRESSURE, 1000000);
		expect("GPa", PRESSURE, 1000000000);
		expect("bar", PRESSURE, 100000);
		expect("K", TEMPERATURE, 1);
		expect("degC", TEMPERATURE, 274.15);   // 1 degC = 274.15 K (offset)
		expect("J", ENERGY, 1);
		expect("kJ", ENERGY, 1000);
		expect("eV", ENERGY, 1.602176634e-19); // e times 1 V
		expect("meV", ENERGY, 1.602176634e-22);
		expect("W", POWER, 1);
		expect("mW", POWER, 0.001);
		expect("mol", AMOUNT, 1);
		expect("mmol", AMOUNT, 0.001);
		expect("%", DIMENSIONLESS, 0.01);
		expect("ppm", DIMENSIONLESS, 0.000001);
		expect("rad", DIMENSIONLESS, 1);
		expect("deg", DIMENSIONLESS, 3.141592653589793 / 180);
	}

	@TestFactory
	Stream<DynamicTest> everySimpleUnitConvertsToSi() {
		return TABLE.entrySet().stream().map(e -> DynamicTest.dynamicTest("1 " + e.getKey(),
				() -> Close.assertUnit(e.getKey(), e.getValue().dimension(), e.getValue().si())));
	}

	@Test
	void everyKnownSymbolIsInThisTable() {
		// A unit added to the table without a hand-checked value here fails this test.
		assertEquals(TABLE.keySet(), Units.knownSymbols());
	}

	@Test
	void microAndOhmAliasesReadLikeTheirAsciiSymbols() {
		for (String micro : new String[] {"\u00b5", "\u03bc"}) {
			Close.assertUnit(micro + "m", LENGTH, 1e-6);
			Close.assertUnit(micro + "g", MASS, 1e-9);
			Close.assertUnit(micro + "A", CURRENT, 1e-6);
			Close.assertUnit(micro + "Ah", CHARGE, 0.0036);
			Close.assertUnit(micro + "V", VOLTAGE, 1e-6);
			Close.assertUnit(micro + "S", CONDUCTANCE, 1e-6);
		}
		Close.assertUnit("\u2126", RESISTANCE, 1);
		Close.assertUnit("\u03a9", RESISTANCE, 1);
		Close.assertUnit("k\u03a9", RESISTANCE, 1000);
		Close.assertUnit("m\u03a9", RESISTANCE, 0.001);
		Close.assertUnit("\u00b0C", TEMPERATURE, 274.15);
	}

	@Test
	void aliasesAreNotOfferedForContentAssist() {
		assertEquals(false, Units.knownSymbols().contains("\u00b5m"));
	}

	@Test
	void symbolIsKeptAsWrittenWithoutSurroundingSpace() {
		assertEquals("mA", Units.parse("  mA ").symbol());
		assertEquals("\u00b5m", Units.parse("\u00b5m").symbol());
	}
}
