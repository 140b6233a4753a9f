package org.lithos.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lithos.units.Dimension.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "C" is a C-rate or Celsius; the caller's expected dimension decides. */
class TemperatureAndCRateTest {

	@Test
	void celsiusHasAnOffset() {
		Unit celsius = Units.parse("C", TEMPERATURE);
		assertEquals(TEMPERATURE, celsius.dimension());
		assertEquals(296.15, celsius.toSi(23), 1e-12);
		assertEquals(273.15, celsius.toSi(0), 1e-12);
		assertEquals(-40.0, celsius.fromSi(233.15), 1e-12);
		assertEquals(296.15, Units.parse("degC").toSi(23), 1e-12);
		assertEquals(296.15, Units.parse("\u00b0C").toSi(23), 1e-12);
		assertEquals(23.0, Units.parse("K").toSi(23));
	}

	@Test
	void cHasTwoReadingsCRateFirst() {
		List<Unit> readings = Units.candidates("C");
		assertEquals(2, readings.size());
		assertEquals(C_RATE, readings.get(0).dimension());
		assertEquals(TEMPERATURE, readings.get(1).dimension());
		assertEquals(C_RATE, Units.parse("C").dimension());
		assertEquals(C_RATE, Units.parse("C", C_RATE).dimension());
		assertEquals(C_RATE, Units.parse("C", CURRENT, C_RATE).dimension());
	}

	@Test
	void otherSymbolsHaveOneReading() {
		assertEquals(1, Units.candidates("mA/cm2").size());
		assertEquals(1, Units.candidates("degC").size());
	}

	@Test
	void cRateIsCapacitiesPerSecondInSi() {
		Unit c = Units.parse("C");
		assertEquals(1.0 / 3600, c.factor(), 1e-18);
		assertEquals(0.33 / 3600, c.toSi(0.33), 1e-18);
		// 0.5C for 2 h moves exactly one nominal capacity.
		assertEquals(1.0, c.toSi(0.5) * Units.parse("h").toSi(2), 1e-12);
		// The grammar reads C/3 as the number 1/3 with unit C.
		assertEquals(1.0 / 3 / 3600, c.toSi(1.0 / 3), 1e-18);
	}

	@Test
	void cWhereACurrentBelongsNamesBothReadings() {
		UnitException e = assertThrows(UnitException.class, () -> Units.parse("C", CURRENT));
		assertEquals("'C' is C-rate (Qnom/s) or temperature (K), expected current (A)", e.getMessage());
	}

	@Test
	void mismatchNamesFoundAndExpected() {
		UnitException e = assertThrows(UnitException.class,
				() -> Units.parse("mAh/cm2", CURRENT_DENSITY, CURRENT));
		assertEquals("'mAh/cm2' is areal capacity (A·s/m2), expected current density (A/m2) or current (A)",
				e.getMessage());
		assertTrue(e.suggestion().isEmpty());
	}

	@Test
	void noExpectedDimensionMeansTheFirstReading() {
		assertEquals(C_RATE, Units.parse("C", new Dimension[0]).dimension());
	}
}
