package org.lithos.solver.kmc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.units.Constants;

/**
 * The first-passage engine has the statistics of the plain one: coverage, roughness, island count and tip height
 * against deposited charge, eight seeds each, agree at every sample within 4 standard errors of the difference of
 * the means. The comparison can fail: the plain engine with adatoms diffusing half as fast (what a first-passage
 * move with the wrong clock would give) is told apart by the same criterion on the same seeds.
 * <p>
 * 48 x 48 sites, a 0.35 eV adatom barrier and 10 mA/cm2 (dozens of islands that meet within the first layer: the
 * nucleation, coalescence and second-layer regimes in two layers of deposit), on Cu (the substrate term, overhangs
 * and edge diffusion) and on Li (growth on Li terraces, where the adatoms walk above z = 1).
 */
class FirstPassageEquivalenceTest {

	private static final long[] SEEDS = { 101, 102, 103, 104, 105, 106, 107, 108 };
	private static final double SIGMAS = 4;

	private static KmcParameters conditions(double substrate, double barrierEv) {
		KmcParameters d = KmcParameters.defaults();
		return d.with3D(48, 48, 16).withBinding(substrate, Runs.LI, true).withCurrentDensity(100.0)
				.withDiffusion(barrierEv * Runs.EV, d.bondEnergy(), d.attemptFrequency())
				.withBudget(Long.MAX_VALUE, 2 * KmcParameters.layerCharge(d.siteSize()), Double.POSITIVE_INFINITY)
				.withOutput(8, 0);
	}

	@Test
	void firstPassageMatchesThePlainEngineOnCuAndLi() {
		for (double substrate : new double[] { Runs.CU, Runs.LI }) {
			KmcParameters p = conditions(substrate, 0.35);
			Ensemble plain = Ensemble.of(p, SEEDS, false);
			Ensemble fast = Ensemble.of(p, SEEDS, true);
			List<String> differences = fast.differences(plain, SIGMAS);
			assertTrue(differences.isEmpty(), "first passage vs plain, substrate " + substrate / Runs.EV + " eV: "
					+ differences);
		}
	}

	@Test
	void theComparisonTellsAHalvedDiffusionApart() {
		KmcParameters p = conditions(Runs.CU, 0.35);
		// kT ln 2 more barrier: every hop half as frequent
		double slower = 0.35 * Runs.EV + Constants.BOLTZMANN * p.temperature() * Math.log(2);
		KmcParameters biased = p.withDiffusion(slower, p.bondEnergy(), p.attemptFrequency());
		List<String> differences = Ensemble.of(biased, SEEDS, false).differences(Ensemble.of(p, SEEDS, false), SIGMAS);
		assertFalse(differences.isEmpty(), "a halved diffusion must be detected");
	}
}
