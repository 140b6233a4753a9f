package org.lithos.solver.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared parameters and the Li-conservation check every test applies to its runs. */
final class Runs {

	static final double EV = 1.602176634e-19;
	/** DFT binding energies of Li (M23, as in the library's interfaces.cell), J. */
	static final double CU = -0.570 * EV, LI = 0.168 * EV, LI2TE = 0.535 * EV;

	private Runs() {
	}

	/**
	 * Small fast runs: a 0.5 eV adatom barrier (instead of the 0.10 eV default) and 10 mA/cm2 keep the hops per
	 * arrival in the tens to thousands, so each run takes milliseconds; the trends tested are the model's.
	 */
	static KmcParameters fast(int width, double substrateBinding, double layers, long seed) {
		KmcParameters d = KmcParameters.defaults();
		return d.with3D(width, width, 24).withBinding(substrateBinding, LI, true).withCurrentDensity(100.0)
				.withDiffusion(0.5 * EV, d.bondEnergy(), d.attemptFrequency()).withSeed(seed)
				.withBudget(50_000_000L, layers * KmcParameters.layerCharge(d.siteSize()), Double.POSITIVE_INFINITY)
				.withOutput(6, 2);
	}

	/** Runs and checks conservation: deposited Li sites equal arrivals, and the charge series says the same. */
	static KmcResult run(KmcParameters p) {
		KmcResult r = new KmcSimulation(p).run(null);
		conserved(r, p);
		return r;
	}

	static void conserved(KmcResult r, KmcParameters p) {
		assertEquals(r.arrivals(), r.deposited(), "deposited Li sites == arrived ions");
		KmcSeries s = r.series();
		assertEquals(r.arrivals() * p.siteCharge(), s.charge()[s.last()], 1e-9 * (1 + s.charge()[s.last()]),
				"charge series at the end == arrivals x site charge");
		for (Deposit d : r.deposits()) {
			for (Deposit.Section section : new Deposit.Section[] { d.typical(), d.tallest() }) {
				long li = 0;
				for (byte c : section.codes()) {
					li += c == Deposit.LITHIUM ? 1 : 0;
				}
				long timed = 0;
				for (float t : section.times()) {
					timed += Float.isNaN(t) ? 0 : 1;
				}
				assertEquals(li, timed, "every Li site of a section has a deposition time, no other site has one");
			}
			int tallest = d.heights()[d.tallest().y() * d.nx() + d.tallest().x()];
			for (int h : d.heights()) {
				assertTrue(h <= tallest, "the tallest section cuts through the tallest column");
			}
		}
	}

	static double mean(double... v) {
		double s = 0;
		for (double x : v) {
			s += x;
		}
		return s / v.length;
	}
}
