package org.lithos.solver.kmc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The morphology observables of several seeded runs of one engine, sample by sample (coverage, roughness, island
 * density, tip height against deposited charge), and the comparison of two such ensembles within their statistical
 * error.
 */
final class Ensemble {

	/** Observables compared. */
	static final String[] NAMES = { "coverage", "roughness", "islands", "tip height" };

	/** values[observable][sample][run] */
	final double[][][] values;
	final double[] charge;

	private Ensemble(double[][][] values, double[] charge) {
		this.values = values;
		this.charge = charge;
	}

	/** Runs the parameters with each seed (Li conservation checked) on the chosen engine. */
	static Ensemble of(KmcParameters p, long[] seeds, boolean firstPassage) {
		double[][][] v = null;
		double[] q = null;
		for (int r = 0; r < seeds.length; r++) {
			KmcParameters ps = p.withSeed(seeds[r]);
			KmcResult result = new KmcSimulation(ps, firstPassage).run(null);
			Runs.conserved(result, ps);
			if (result.status() != KmcStatus.COMPLETED) {
				throw new AssertionError(result.message());
			}
			KmcSeries s = result.series();
			int n = s.last() + 1;
			if (v == null) {
				v = new double[NAMES.length][n][seeds.length];
				q = s.charge().clone();
			}
			for (int i = 0; i < n; i++) {
				v[0][i][r] = s.coverage()[i];
				v[1][i][r] = s.roughness()[i];
				v[2][i][r] = s.particles()[i];
				v[3][i][r] = s.tipHeight()[i];
			}
		}
		return new Ensemble(v, q);
	}

	/**
	 * Every observable at every sample after the first, where the means of the two ensembles differ by more than
	 * {@code sigmas} standard errors of the difference (Welch), plus a round-off floor.
	 *
	 * @return one line per difference; empty when the ensembles agree
	 */
	List<String> differences(Ensemble other, double sigmas) {
		List<String> out = new ArrayList<>();
		for (int o = 0; o < NAMES.length; o++) {
			for (int i = 1; i < charge.length; i++) {
				double[] a = values[o][i];
				double[] b = other.values[o][i];
				double se = Math.sqrt(variance(a) / a.length + variance(b) / b.length);
				double diff = mean(a) - mean(b);
				double floor = 1e-9 * (Math.abs(mean(a)) + Math.abs(mean(b)));
				if (Math.abs(diff) > sigmas * se + floor) {
					out.add(String.format(Locale.ROOT, "%s at %.3g A s/m2: %.4g vs %.4g (standard error of the difference %.2g)",
							NAMES[o], charge[i], mean(a), mean(b), se));
				}
			}
		}
		return out;
	}

	static double mean(double[] v) {
		double s = 0;
		for (double x : v) {
			s += x;
		}
		return s / v.length;
	}

	static double variance(double[] v) {
		double m = mean(v);
		double s = 0;
		for (double x : v) {
			s += (x - m) * (x - m);
		}
		return s / (v.length - 1);
	}
}
