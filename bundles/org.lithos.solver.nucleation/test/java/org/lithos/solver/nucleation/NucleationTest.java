package org.lithos.solver.nucleation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The static nucleation equations. */
class NucleationTest {

	@Test
	void wettingFactorLimits() {
		assertEquals(0, Nucleation.wettingFactor(0), 1e-15);
		assertEquals(0.5, Nucleation.wettingFactor(Math.PI / 2), 1e-12);
		assertEquals(1, Nucleation.wettingFactor(Math.PI), 1e-12);
	}

	@Test
	void criticalRadiusAndBarrier() {
		// r* = 2 gamma Vm / (F eta): 0.5 J/m2, 1.3e-5 m3/mol, 50 mV -> 2.69 nm
		assertEquals(2.694e-9, Nucleation.criticalRadius(0.5, 1.3e-5, 0.05), 1e-12);
		double b1 = Nucleation.barrier(0.1, 1.3e-5, Math.PI / 2, 0.05);
		double b2 = Nucleation.barrier(0.1, 1.3e-5, Math.PI / 2, 0.1);
		assertEquals(4, b1 / b2, 1e-9);
	}

	@Test
	void overpotentialRisesWithCurrentAndContactAngle() {
		double t = 298.15;
		double lowJ = Nucleation.galvanostaticOverpotential(5, t, 0.05, 1.3e-5, Math.toRadians(100), 20, 0.5);
		double highJ = Nucleation.galvanostaticOverpotential(10, t, 0.05, 1.3e-5, Math.toRadians(100), 20, 0.5);
		double wetting = Nucleation.galvanostaticOverpotential(10, t, 0.05, 1.3e-5, Math.toRadians(30), 20, 0.5);
		assertTrue(highJ > lowJ + 1e-3, lowJ + " " + highJ);
		assertTrue(wetting < highJ - 0.01, wetting + " " + highJ);
		// the root satisfies the equation
		double b = Nucleation.barrier(0.05, 1.3e-5, Math.toRadians(100), highJ) / (1.380649e-23 * t);
		double j = 20 * Math.exp(-b) * Math.exp(0.5 * 96485.33212 * highJ / (8.314462618 * t));
		assertEquals(10, j, 1e-6);
	}
}
