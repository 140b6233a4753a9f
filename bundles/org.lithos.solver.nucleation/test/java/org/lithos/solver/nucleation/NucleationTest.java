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

	@Test
	void nucleusSizeFallsAndDensityRisesWithCurrent() {
		double t = 298.15;
		double theta = Math.toRadians(100);
		double sites = Nucleation.siteDensity(1.3e-5);
		double previousRadius = Double.POSITIVE_INFINITY;
		double previousDensity = 0;
		for (double j : new double[] { 2.5, 5, 10, 20, 40 }) {
			double eta = Nucleation.galvanostaticOverpotential(j, t, 0.05, 1.3e-5, theta, 20, 0.5);
			double r = Nucleation.criticalRadius(0.05, 1.3e-5, eta);
			double n = Nucleation.nucleusDensity(sites, Nucleation.barrier(0.05, 1.3e-5, theta, eta), t);
			assertTrue(r < 0.95 * previousRadius, j + " A/m2: r* " + r + " after " + previousRadius);
			assertTrue(n > 1.1 * previousDensity, j + " A/m2: N " + n + " after " + previousDensity);
			assertTrue(n < sites, "no more nuclei than sites");
			previousRadius = r;
			previousDensity = n;
		}
	}

	@Test
	void densityFollowsPeiCubeLawLocally() {
		// d ln N / d ln eta = 2 dG*/kT: between 2 and 6 at the default barrier on Cu, i.e. near Pei's N ~ eta^3
		double t = 298.15;
		double theta = Math.toRadians(100);
		double e1 = Nucleation.galvanostaticOverpotential(5, t, 0.05, 1.3e-5, theta, 20, 0.5);
		double e2 = Nucleation.galvanostaticOverpotential(10, t, 0.05, 1.3e-5, theta, 20, 0.5);
		double n1 = Nucleation.nucleusDensity(1, Nucleation.barrier(0.05, 1.3e-5, theta, e1), t);
		double n2 = Nucleation.nucleusDensity(1, Nucleation.barrier(0.05, 1.3e-5, theta, e2), t);
		double slope = Math.log(n2 / n1) / Math.log(e2 / e1);
		assertTrue(slope > 2 && slope < 6, "slope " + slope);
	}

	@Test
	void capVolumeSiteDensityAndNucleusCharge() {
		// hemisphere at 90 degrees: half a sphere
		assertEquals(2 * Math.PI / 3 * 1e-27, Nucleation.capVolume(1e-9, Math.PI / 2), 1e-39);
		assertEquals(0, Nucleation.capVolume(1e-9, 0), 1e-45);
		// Li: (6.022e23 / 1.3e-5)^(2/3) = 1.29e19 sites per m2
		assertEquals(1.29e19, Nucleation.siteDensity(1.3e-5), 0.01e19);
		// one hemisphere of 1 nm: F V / Vm = 96485 * 2.094e-27 / 1.3e-5 = 1.554e-17 C (97 Li atoms)
		assertEquals(1.554e-17, Nucleation.nucleusCharge(1e-9, Math.PI / 2, 1.3e-5), 0.002e-17);
		assertEquals(0.25, Nucleation.nucleusDensity(1, 1.380649e-23 * 300 * Math.log(4), 300), 1e-12);
	}
}
