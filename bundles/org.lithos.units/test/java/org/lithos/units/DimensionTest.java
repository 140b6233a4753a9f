package org.lithos.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lithos.units.Dimension.*;

import org.junit.jupiter.api.Test;
import org.lithos.units.Dimension.Base;

/** Dimension algebra, the named constants and their descriptions. */
class DimensionTest {

	@Test
	void exponentsAddSubtractAndMultiply() {
		Dimension d = LENGTH.times(LENGTH).divide(TIME);
		assertEquals(2, d.exponent(Base.LENGTH));
		assertEquals(-1, d.exponent(Base.TIME));
		assertEquals(0, d.exponent(Base.MASS));
		assertEquals(DIFFUSIVITY, d);
		assertEquals(Dimension.of(Base.LENGTH, -6), AREA.pow(-3));
		assertTrue(CURRENT.pow(0).isDimensionless());
		assertTrue(AREA.divide(AREA).isDimensionless());
		assertFalse(LENGTH.isDimensionless());
	}

	@Test
	void equalDimensionsAreEqualWhateverTheirPath() {
		assertEquals(CURRENT_DENSITY, CURRENT.divide(LENGTH).divide(LENGTH));
		assertEquals(CURRENT_DENSITY.hashCode(), CURRENT.divide(LENGTH).divide(LENGTH).hashCode());
		assertEquals(AREAL_CAPACITY, CURRENT_DENSITY.times(TIME));
		assertEquals(SPECIFIC_CAPACITY, SPECIFIC_CURRENT.times(TIME));
		assertEquals(VOLTAGE, RESISTANCE.times(CURRENT));
		assertEquals(ENERGY, VOLTAGE.times(CHARGE));               // J = V·A·s
		assertEquals(PRESSURE, ENERGY.divide(VOLUME));             // Pa = J/m3
		assertEquals(CONDUCTIVITY, AREAL_RESISTANCE.divide(LENGTH).pow(-1)); // S/m = 1/(ohm·m)
		assertEquals(MOLAR_VOLUME, MOLAR_MASS.divide(DENSITY));
		assertEquals(RATE_CONSTANT, FREQUENCY);
		assertNotEquals(C_RATE, FREQUENCY);                        // kept apart until capacity is known
		assertNotEquals(CURRENT_DENSITY, AREAL_CAPACITY);
	}

	@Test
	void cRateTimesDurationIsAFractionOfTheCapacity() {
		Dimension fraction = C_RATE.times(TIME);
		assertEquals(Dimension.of(Base.NOMINAL_CAPACITY), fraction);
		assertEquals(1, C_RATE.exponent(Base.NOMINAL_CAPACITY));
		assertEquals(-1, C_RATE.exponent(Base.TIME));
	}

	@Test
	void knownDimensionsHaveNames() {
		assertEquals("current density", CURRENT_DENSITY.describe());
		assertEquals("areal capacity", AREAL_CAPACITY.describe());
		assertEquals("specific capacity", SPECIFIC_CAPACITY.describe());
		assertEquals("capacity", CHARGE.describe());
		assertEquals("C-rate", C_RATE.describe());
		assertEquals("temperature", TEMPERATURE.describe());
		assertEquals("pressure", PRESSURE.describe());
		assertEquals("conductivity", CONDUCTIVITY.describe());
		assertEquals("areal resistance", AREAL_RESISTANCE.describe());
		assertEquals("diffusivity", DIFFUSIVITY.describe());
		assertEquals("dimensionless", DIMENSIONLESS.describe());
		assertEquals("volumetric capacity", VOLUMETRIC_CAPACITY.describe());
		assertEquals("resistivity", RESISTIVITY.describe());
		assertEquals("areal mass", AREAL_MASS.toString());
	}

	@Test
	void otherDimensionsAreWrittenInBaseUnits() {
		assertEquals("kg·m^-1·s^-2", PRESSURE.baseForm());
		assertEquals("kg·m^2·s^-4·A^-1", VOLTAGE.divide(TIME).describe());  // mV/s
		assertEquals("A·m^-1", CURRENT.divide(LENGTH).describe());
		assertEquals("m^6", VOLUME.pow(2).describe());
		assertEquals("Qnom", C_RATE.times(TIME).describe());
		assertEquals("1", DIMENSIONLESS.baseForm());
	}

	@Test
	void baseFormParsesBackToTheSameDimension() {
		for (Dimension d : new Dimension[] {PRESSURE, VOLTAGE, CONDUCTIVITY, MOLAR_ENERGY, AREAL_CAPACITY}) {
			Unit unit = Units.parse(d.baseForm());
			assertEquals(d, unit.dimension(), d.baseForm());
			assertEquals(1.0, unit.factor(), 1e-15, d.baseForm());
		}
	}
}
