package org.lithos.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Constants agree with CODATA 2018 and with each other. */
class ConstantsTest {

	@Test
	void codata2018Values() {
		assertEquals(96485.33212, Constants.FARADAY);
		assertEquals(8.314462618, Constants.GAS_CONSTANT);
		assertEquals(1.380649e-23, Constants.BOLTZMANN);
		assertEquals(1.602176634e-19, Constants.ELEMENTARY_CHARGE);
		assertEquals(6.02214076e23, Constants.AVOGADRO);
	}

	@Test
	void derivedConstantsMatchTheirDefinitions() {
		// F = N_A e = 96485.3321233...; R = N_A k_B = 8.31446261815...
		assertEquals(Constants.AVOGADRO * Constants.ELEMENTARY_CHARGE, Constants.FARADAY, 1e-10 * Constants.FARADAY);
		assertEquals(Constants.AVOGADRO * Constants.BOLTZMANN, Constants.GAS_CONSTANT,
				1e-9 * Constants.GAS_CONSTANT);
	}

	@Test
	void lithiumMolarVolumeFollowsFromDensityAndMolarMass() {
		double fromDensity = Constants.LITHIUM_MOLAR_MASS / Constants.LITHIUM_DENSITY; // 1.2996e-5 m3/mol
		assertEquals(fromDensity, Constants.LITHIUM_MOLAR_VOLUME, 0.005 * fromDensity);
	}

	@Test
	void oneMilliampHourPerSquareCentimetreIs485MicrometresOfLithium() {
		// 36000 A·s/m2 / 96485.33 A·s/mol = 0.37311 mol/m2; times 1.30e-5 m3/mol = 4.8505e-6 m
		double arealCapacity = Quantity.of(1, "mAh/cm2").si();
		double thickness = arealCapacity * Constants.lithiumThicknessPerArealCapacity();
		assertEquals(4.85e-6, thickness, 0.005 * 4.85e-6);
		assertEquals(4.85, Quantity.ofSi(thickness, Dimension.LENGTH).in("um"), 0.005 * 4.85);
	}
}
