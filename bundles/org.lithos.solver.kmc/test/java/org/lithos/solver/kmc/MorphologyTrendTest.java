package org.lithos.solver.kmc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The M23 trends: coverage rises and tip height and roughness fall as k_sub/k_LiLi rises (Cu, Li, Li2Te binding
 * energies); a higher current density gives more, smaller nuclei at equal deposited charge. Three seeds each; the
 * margins are several standard deviations of the seed-to-seed spread seen while writing the test.
 */
class MorphologyTrendTest {

	private static final long[] SEEDS = { 11, 12, 13 };

	private static double[] last(double substrate, int which) {
		double[] v = new double[SEEDS.length];
		for (int i = 0; i < SEEDS.length; i++) {
			KmcParameters p = Runs.fast(48, substrate, 0.6, SEEDS[i]);
			KmcResult r = Runs.run(p);
			assertTrue(r.status() == KmcStatus.COMPLETED, r.message());
			KmcSeries s = r.series();
			v[i] = switch (which) {
			case 0 -> s.coverage()[s.last()];
			case 1 -> s.tipHeight()[s.last()];
			default -> s.roughness()[s.last()];
			};
		}
		return v;
	}

	@Test
	void coverageRisesAndTipHeightFallsWithTheAdsorptionRatio() {
		double[] energies = { Runs.CU, Runs.LI, Runs.LI2TE };
		double[] coverage = new double[3];
		double[] tip = new double[3];
		double[] rms = new double[3];
		for (int k = 0; k < 3; k++) {
			coverage[k] = Runs.mean(last(energies[k], 0));
			tip[k] = Runs.mean(last(energies[k], 1));
			rms[k] = Runs.mean(last(energies[k], 2));
		}
		String all = "coverage " + java.util.Arrays.toString(coverage) + ", tip " + java.util.Arrays.toString(tip)
				+ ", rms " + java.util.Arrays.toString(rms);
		// 0.6 layers deposited: Cu islands cover ~1/3, Li ~0.53, Li2Te wets nearly every substrate site (<= 0.6)
		assertTrue(coverage[0] < 0.45 && coverage[0] + 0.1 < coverage[1] && coverage[1] + 0.03 < coverage[2]
				&& coverage[2] <= 0.6 + 1e-9, all);
		assertTrue(tip[0] > tip[1] && tip[1] >= tip[2], all);
		assertTrue(rms[0] > 1.2 * rms[1] && rms[1] > 1.05 * rms[2], all);
	}

	/**
	 * M23's trend at a thicker deposit, with the solver's own diffusion (0.10 eV) at 1 mA/cm2: 20 layers (200 nm) on
	 * 32 x 32 columns. The deposit grows layer by layer on both; Cu keeps the coverage its first layer reached, with
	 * the void layer under the rest (porosity, roughness); the tip heights differ by one site at most.
	 */
	@Test
	void theTrendHoldsAtTwentyLayers() {
		for (long seed : new long[] { 21, 22 }) {
			KmcSeries cu = thick(Runs.CU, seed);
			KmcSeries te = thick(Runs.LI2TE, seed);
			int a = cu.last();
			int b = te.last();
			String all = "Cu coverage " + cu.coverage()[a] + " tip " + cu.tipHeight()[a] + " rms " + cu.roughness()[a]
					+ " porosity " + cu.porosity()[a] + "; Li2Te-Cu " + te.coverage()[b] + " " + te.tipHeight()[b] + " "
					+ te.roughness()[b] + " " + te.porosity()[b];
			assertTrue(cu.coverage()[a] < 0.4 && te.coverage()[b] > 0.99, all);
			// the tips: Cu's top layer is as incomplete as Li2Te-Cu's; the void layer adds at most one site
			assertTrue(cu.tipHeight()[a] >= te.tipHeight()[b], all);
			assertTrue(cu.roughness()[a] > 3 * te.roughness()[b], all);
			assertTrue(cu.porosity()[a] > 0.01 && te.porosity()[b] < 1e-9, all);
		}
	}

	private static KmcSeries thick(double substrate, long seed) {
		KmcParameters d = KmcParameters.defaults();
		KmcParameters p = d.with3D(32, 32, 40).withBinding(substrate, Runs.LI, true).withSeed(seed)
				.withBudget(50_000_000L, 20 * KmcParameters.layerCharge(d.siteSize()), Double.POSITIVE_INFINITY)
				.withOutput(4, 0);
		KmcResult r = Runs.run(p);
		assertTrue(r.status() == KmcStatus.COMPLETED, r.message());
		return r.series();
	}

	@Test
	void higherCurrentDensityGivesMoreSmallerNucleiAtEqualCharge() {
		double[] j = { 10.0, 100.0, 1000.0 };
		double[] count = new double[j.length];
		double[] size = new double[j.length];
		for (int k = 0; k < j.length; k++) {
			double n = 0;
			double d = 0;
			for (long seed : SEEDS) {
				// Li-like substrate and a 0.4 eV barrier: adatoms diffuse tens of sites before meeting, so the
				// nucleus density is set by the diffusion-to-arrival ratio, as in classical nucleation theory
				KmcParameters f = Runs.fast(64, Runs.LI, 0.15, seed).withCurrentDensity(j[k]);
				KmcParameters p = f.withDiffusion(0.4 * Runs.EV, f.bondEnergy(), f.attemptFrequency());
				KmcResult r = Runs.run(p);
				KmcSeries s = r.series();
				n += s.particles()[s.last()];
				d += s.particleSize()[s.last()];
			}
			count[k] = n / SEEDS.length;
			size[k] = d / SEEDS.length;
		}
		String all = "nuclei " + java.util.Arrays.toString(count) + ", size " + java.util.Arrays.toString(size);
		for (int k = 1; k < j.length; k++) {
			assertTrue(count[k] > 1.3 * count[k - 1], all);
			assertTrue(size[k] < size[k - 1], all);
		}
	}
}
