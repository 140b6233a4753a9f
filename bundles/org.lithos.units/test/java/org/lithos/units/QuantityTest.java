package org.lithos.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lithos.units.Dimension.*;

import org.junit.jupiter.api.Test;

/** Quantities store SI and convert back on request. */
class QuantityTest {

	@Test
	void storesSi() {
		Quantity j = Quantity.of(1, "mA/cm2");
		assertEquals(10, j.si(), 1e-12);
		assertEquals(CURRENT_DENSITY, j.dimension());
		assertEquals(Quantity.ofSi(36000, AREAL_CAPACITY).si(), Quantity.of(1, "mAh/cm2").si(), 1e-9);
	}

	@Test
	void convertsToAnotherUnitOfTheSameDimension() {
		assertEquals(1, Quantity.of(10, "A/m2").in("mA/cm2"), 1e-12);
		assertEquals(0.1, Quantity.of(1, "mS/cm").in("S/m"), 1e-15);
		assertEquals(14, Quantity.of(0.014, "GPa").in("MPa"), 1e-12);
		assertEquals(1.0 / 60, Quantity.of(1, "min").in("h"), 1e-15);
		assertEquals(0.5, Quantity.of(0.5, "C").in("C"), 1e-15);
	}

	@Test
	void inPicksTheReadingOfCThatFitsTheQuantity() {
		Quantity room = Quantity.ofSi(296.15, TEMPERATURE);
		assertEquals(23, room.in("C"), 1e-12);
		assertEquals(23, room.in("degC"), 1e-12);
	}

	@Test
	void conversionToAnotherDimensionFails() {
		UnitException e = assertThrows(UnitException.class, () -> Quantity.of(1, "mA").in("mAh"));
		assertEquals("'mAh' is capacity (A·s), expected current (A)", e.getMessage());
		Unit hour = Units.parse("h");
		assertThrows(UnitException.class, () -> Quantity.of(1, "mA").in(hour));
	}

	@Test
	void formatsSiCompactly() {
		assertEquals("10 A/m2", Quantity.of(1, "mA/cm2").format());
		assertEquals("36000 A·s/m2", Quantity.of(1, "mAh/cm2").format());
		assertEquals(36000.0, Quantity.of(1, "mAh/cm2").si()); // exact, not 35999.999...
		assertEquals("4.85e-06 m", Quantity.of(4.85, "um").format());
		assertEquals("296.15 K", Quantity.of(23, Units.parse("C", TEMPERATURE)).format());
		assertEquals("1.4e+07 Pa", Quantity.of(14, "MPa").toString());
		assertEquals("0.5", Quantity.of(50, "%").format());
		assertEquals("2.77778e-04 Qnom/s", Quantity.of(1, "C").format());
		assertEquals("0.001 kg·m^2·s^-4·A^-1", Quantity.of(1, "mV/s").format());
	}

	@Test
	void siSymbolsOfKnownDimensionsParseBackExactly() {
		Dimension[] named = {LENGTH, AREA, VOLUME, MASS, TIME, CURRENT, CURRENT_DENSITY, CHARGE, AREAL_CAPACITY, VOLUMETRIC_CAPACITY, RESISTIVITY,
			SPECIFIC_CAPACITY, SPECIFIC_CURRENT, VOLTAGE, RESISTANCE, AREAL_RESISTANCE, CONDUCTANCE, FORCE,
			PRESSURE, TEMPERATURE, AMOUNT, AREAL_MASS, DENSITY, CONDUCTIVITY, SURFACE_ENERGY, ENERGY, POWER,
			MOLAR_ENERGY, DIFFUSIVITY, MOLAR_VOLUME, MOLAR_MASS, CONCENTRATION, FREQUENCY};
		for (Dimension d : named) {
			String symbol = Quantity.siSymbol(d);
			Unit unit = Units.parse(symbol, d);
			assertEquals(1.0, unit.factor(), 1e-15, symbol);
			assertEquals(0.0, unit.offset(), symbol);
		}
		assertEquals("A/m2", Quantity.siSymbol(CURRENT_DENSITY));
		assertEquals("S/m", Quantity.siSymbol(CONDUCTIVITY));
		assertEquals("Qnom/s", Quantity.siSymbol(C_RATE));
		assertEquals("", Quantity.siSymbol(DIMENSIONLESS));
		assertEquals("A·m^-1", Quantity.siSymbol(CURRENT.divide(LENGTH)));
	}

	@Test
	void equalityIsByValueAndDimension() {
		assertEquals(Quantity.of(1, "mA/cm2"), Quantity.ofSi(10, CURRENT_DENSITY));
		assertEquals(Quantity.of(1, "mA/cm2").hashCode(), Quantity.ofSi(10, CURRENT_DENSITY).hashCode());
		assertNotEquals(Quantity.ofSi(1, FREQUENCY), Quantity.ofSi(1, C_RATE));
	}
}
