package org.lithos.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lithos.units.Dimension.*;

import org.junit.jupiter.api.Test;

/** Compound symbols, powers and separators; expected values computed by hand in the comments. */
class CompoundUnitsTest {

	@Test
	void batteryUnitsFromTheLanguage() {
		assertCompound("mA/cm2", CURRENT_DENSITY, 10);           // 1e-3 A / 1e-4 m2
		assertCompound("uA/cm2", CURRENT_DENSITY, 0.01);         // 1e-6 / 1e-4
		assertCompound("mAh/cm2", AREAL_CAPACITY, 36000);        // 3.6 A·s / 1e-4 m2
		assertCompound("mAh/g", SPECIFIC_CAPACITY, 3600);        // 3.6 A·s / 1e-3 kg
		assertCompound("mA/g", SPECIFIC_CURRENT, 1);             // 1e-3 A / 1e-3 kg
		assertCompound("mg/cm2", AREAL_MASS, 0.01);              // 1e-6 kg / 1e-4 m2
		assertCompound("mg/cm3", DENSITY, 1);                    // 1e-6 kg / 1e-6 m3
		assertCompound("g/cm3", DENSITY, 1000);                  // 1e-3 / 1e-6
		assertCompound("mS/cm", CONDUCTIVITY, 0.1);              // 1e-3 S / 1e-2 m
		assertCompound("mAh/cm3", VOLUMETRIC_CAPACITY, 3.6e6);    // 3.6 A·s / 1e-6 m3
		assertCompound("ohm.cm", RESISTIVITY, 0.01);             // 1 ohm · 1e-2 m
		assertCompound("J/m2", SURFACE_ENERGY, 1);
		assertCompound("kJ/mol", MOLAR_ENERGY, 1000);
		assertCompound("cm2/s", DIFFUSIVITY, 1e-4);              // (1e-2 m)^2 / s
		assertCompound("cm3/mol", MOLAR_VOLUME, 1e-6);
		assertCompound("g/mol", MOLAR_MASS, 1e-3);
		assertCompound("mol/m3", CONCENTRATION, 1);
		assertCompound("mmol/cm3", CONCENTRATION, 1000);         // 1e-3 mol / 1e-6 m3
		assertCompound("1/s", FREQUENCY, 1);
		assertCompound("1/h", RATE_CONSTANT, 1.0 / 3600);
	}

	@Test
	void lengthPowersWithAndWithoutCaret() {
		assertCompound("m2", AREA, 1);
		assertCompound("cm2", AREA, 1e-4);
		assertCompound("mm2", AREA, 1e-6);
		assertCompound("um2", AREA, 1e-12);
		assertCompound("cm3", VOLUME, 1e-6);
		assertCompound("cm^2", AREA, 1e-4);
		assertCompound("cm^3", VOLUME, 1e-6);
		assertCompound("mAh.cm^-2", AREAL_CAPACITY, 36000);
		assertCompound("\u00b5m2", AREA, 1e-12);
		assertCompound("s^-1", FREQUENCY, 1);
		assertCompound("m/s^2", LENGTH.divide(TIME.pow(2)), 1);
	}

	@Test
	void multiplicationWithDotStarOrMiddleDot() {
		assertCompound("ohm.cm2", AREAL_RESISTANCE, 1e-4);       // 1 ohm · 1e-4 m2
		assertCompound("ohm*cm2", AREAL_RESISTANCE, 1e-4);
		assertCompound("ohm\u00b7cm2", AREAL_RESISTANCE, 1e-4);
		assertCompound("A\u00b7s/m2", AREAL_CAPACITY, 1);
		assertCompound("mA.h/cm2", AREAL_CAPACITY, 36000);
	}

	@Test
	void everythingAfterTheFirstSlashIsInTheDenominator() {
		Dimension molarEntropy = ENERGY.divide(AMOUNT).divide(TEMPERATURE);
		assertCompound("J/mol/K", molarEntropy, 1);
		assertCompound("J/mol.K", molarEntropy, 1);
		assertCompound("kJ/mol*K", molarEntropy, 1000);
	}

	@Test
	void unusualButValidCombinations() {
		assertCompound("mA/cm", CURRENT.divide(LENGTH), 0.1);   // 1e-3 A / 1e-2 m
		assertCompound("mV/s", VOLTAGE.divide(TIME), 1e-3);
		assertCompound("1", DIMENSIONLESS, 1);
	}

	@Test
	void celsiusInsideACompoundIsAnInterval() {
		Unit perMinute = Units.parse("C/min", TEMPERATURE.divide(TIME));
		assertEquals(1.0 / 60, perMinute.factor(), 1e-12 / 60, "C/min");
		assertEquals(0.0, perMinute.offset());
		assertEquals(0.0, Units.parse("degC/min").offset());
	}

	/** Same check as Close.assertUnit; kept local because ECJ under Tycho does not resolve Close from here. */
	private static void assertCompound(String symbol, Dimension dimension, double expectedSi) {
		Unit unit = Units.parse(symbol, dimension);
		assertEquals(dimension, unit.dimension(), symbol);
		assertEquals(expectedSi, unit.toSi(1), Math.abs(expectedSi) * 1e-12, symbol);
	}
}
