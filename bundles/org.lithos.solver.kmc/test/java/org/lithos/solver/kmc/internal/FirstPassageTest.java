package org.lithos.solver.kmc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The first-passage law against the walk it replaces: a continuous-time random walk simulated hop by hop (rate 1 to
 * each of the four lateral neighbours, from the centre of a square of half-width L) gives the same exit-time
 * distribution, and the same position at a fixed time among the walks still inside. Means and probabilities are
 * compared within 4 standard errors of the sampled estimates.
 */
class FirstPassageTest {

	private static final int N = 40_000;

	@Test
	void survivalStartsAtOneAndDecays() {
		for (int l = 1; l <= Domains.MAX_HALF; l++) {
			FirstPassage f = new FirstPassage(l);
			assertEquals(1.0, f.survival(0), 1e-12, "S(0) for L = " + l);
			assertTrue(f.survival(l + 1.0) < 1 && f.survival(100.0 * (l + 1) * (l + 1)) < 1e-20, "S decays for L = " + l);
		}
	}

	@Test
	void exitTimeMatchesAWalkSimulatedHopByHop() {
		for (int l : new int[] { 1, 2, 5 }) {
			FirstPassage f = new FirstPassage(l);
			SplittableRandom random = new SplittableRandom(3 + l);
			double[] law = new double[N];
			double[] walk = new double[N];
			for (int i = 0; i < N; i++) {
				law[i] = f.exitTime(2, random);
				walk[i] = walk(l, Double.POSITIVE_INFINITY, random)[2];
			}
			assertClose(law, walk, "mean exit time, L = " + l);
			// the median too: a law with the right mean and the wrong shape fails here
			double[] a = law.clone();
			double[] b = walk.clone();
			java.util.Arrays.sort(a);
			java.util.Arrays.sort(b);
			int below = 0;
			for (double t : b) {
				below += t < a[N / 2] ? 1 : 0;
			}
			assertEquals(0.5, below / (double) N, 4 * Math.sqrt(0.25 / N) * Math.sqrt(2), "median exit time, L = " + l);
		}
	}

	@Test
	void positionOfASurvivorMatchesAWalkSimulatedHopByHop() {
		int l = 3;
		FirstPassage f = new FirstPassage(l);
		SplittableRandom random = new SplittableRandom(17);
		for (double tau : new double[] { 0.7, 4.0 }) {
			int[] law = new int[l + 1];
			int[] walk = new int[l + 1];
			int survivors = 0;
			for (int i = 0; i < N; i++) {
				law[Math.abs(f.position(tau, random))]++;
				double[] w = walk(l, tau, random);
				if (!Double.isNaN(w[0])) {
					walk[(int) Math.abs(w[0])]++;
					survivors++;
				}
			}
			assertEquals(f.survival(tau) * f.survival(tau), survivors / (double) N, 4 * Math.sqrt(0.25 / N),
					"2D survival at tau = " + tau);
			for (int j = 0; j <= l; j++) {
				double p = law[j] / (double) N;
				double q = walk[j] / (double) survivors;
				double se = Math.sqrt(p * (1 - p) / N + q * (1 - q) / survivors);
				assertEquals(p, q, 4 * se + 1e-9, "P(|x| = " + j + ") at tau = " + tau);
			}
		}
	}

	/**
	 * One walk from the centre of the square of half-width l, hop by hop.
	 *
	 * @return {x, y, exit time} at the first hop out of the square, or {x, y, NaN} at tau when it is still inside then
	 *         ({NaN, NaN, t} if it left earlier)
	 */
	private static double[] walk(int l, double tau, SplittableRandom random) {
		int x = 0;
		int y = 0;
		double t = 0;
		while (true) {
			t += random.nextExponential() / 4;
			if (t > tau) {
				return new double[] { x, y, Double.NaN };
			}
			switch (random.nextInt(4)) {
			case 0 -> x++;
			case 1 -> x--;
			case 2 -> y++;
			default -> y--;
			}
			if (Math.abs(x) > l || Math.abs(y) > l) {
				return new double[] { Double.NaN, Double.NaN, t };
			}
		}
	}

	private static void assertClose(double[] a, double[] b, String what) {
		double ma = mean(a);
		double mb = mean(b);
		double se = Math.sqrt(var(a, ma) / a.length + var(b, mb) / b.length);
		assertEquals(ma, mb, 4 * se, what);
	}

	private static double mean(double[] v) {
		double s = 0;
		for (double x : v) {
			s += x;
		}
		return s / v.length;
	}

	private static double var(double[] v, double m) {
		double s = 0;
		for (double x : v) {
			s += (x - m) * (x - m);
		}
		return s / (v.length - 1);
	}
}
