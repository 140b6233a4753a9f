package org.lithos.solver.kmc.internal;

import java.util.SplittableRandom;

/**
 * Exact first-passage statistics of a symmetric continuous-time random walk on a line: hops of rate k to either
 * side, start at 0, absorbed on the first hop out of {-L..L}. Times are in units of 1/k (tau = k t).
 * <p>
 * The generator on the N = 2L + 1 sites is tridiagonal; its eigenvectors are sin(m pi i / (N + 1)), i = 1..N, with
 * eigenvalues -lambda_m = -2 (1 - cos(m pi / (N + 1))). From the centre (i = L + 1) only odd m contribute, so the
 * propagator and the survival are finite sums of L + 1 decaying exponentials:
 * P(j, tau) = sum_m shape[m][|j|] exp(-lambda_m tau), S(tau) = sum_m weight[m] exp(-lambda_m tau). Nothing is
 * truncated or interpolated; the only error is floating-point round-off. (The spectral solution of the absorbed
 * walk; first-passage kinetic Monte Carlo, Oppelstrup et al., Phys. Rev. E 80 (2009) 066701, uses the same
 * propagators to move a walker across its protective domain in one step.)
 * <p>
 * A 2D walk with rate k per direction is two independent 1D walks of this kind (x and y), so a square domain of
 * half-width L is left at min(T_x, T_y), whose survival is S(tau)^2.
 */
final class FirstPassage {

	/** Half-width L: the walk lives on -L..L. */
	final int half;
	private final int modes;
	private final double[] lambda;
	private final double[] weight;
	/** shape[m * (L + 1) + j]: the propagator's coefficient of mode m at distance j = 0..L from the centre. */
	private final double[] shape;
	private final double[] decay;
	private final double[] density;

	/** @param half the half-width L >= 1 */
	FirstPassage(int half) {
		this.half = half;
		int n = 2 * half + 1;
		this.modes = half + 1;
		lambda = new double[modes];
		weight = new double[modes];
		shape = new double[modes * (half + 1)];
		decay = new double[modes];
		density = new double[half + 1];
		for (int k = 0; k < modes; k++) {
			int m = 2 * k + 1;
			double theta = m * Math.PI / (n + 1);
			lambda[k] = 2 * (1 - Math.cos(theta));
			double centre = (k & 1) == 0 ? 1.0 : -1.0; // sin(m pi / 2) for odd m
			double sum = 0;
			for (int i = 1; i <= n; i++) {
				double c = 2.0 / (n + 1) * centre * Math.sin(theta * i);
				sum += c;
				int j = Math.abs(i - (half + 1));
				if (i >= half + 1) {
					shape[k * (half + 1) + j] = c;
				}
			}
			weight[k] = sum;
		}
		tabulate();
	}

	/** @return S(tau), the probability of not yet having left -L..L */
	double survival(double tau) {
		double s = 0;
		for (int k = 0; k < modes; k++) {
			s += weight[k] * Math.exp(-lambda[k] * tau);
		}
		return s;
	}

	/**
	 * Samples the exit time of a walk in {@code axes} independent directions from a segment (1) or square (2) of
	 * half-width L: the tau with S(tau)^axes = U for uniform U. The root of ln S(tau) = -q, q = -ln(U) / axes, is
	 * bracketed by a table of roots on a grid of q and found by safeguarded Newton iteration (ln S is nearly linear
	 * in tau: the slowest mode dominates beyond the first few hops) to a relative precision of 1e-13.
	 *
	 * @param axes   1 or 2
	 * @param random the generator
	 * @return the exit time in units of 1/k
	 */
	double exitTime(int axes, SplittableRandom random) {
		double u;
		do {
			u = 1.0 - random.nextDouble();
		} while (u >= 1.0);
		double q = -Math.log(u) / axes;
		double x = q / TABLE_STEP;
		if (x < TABLE_SIZE - 1) {
			int i = (int) x;
			double lo = roots[i];
			double hi = roots[i + 1];
			return solve(q, lo + (x - i) * (hi - lo), lo, hi);
		}
		// beyond the table the slowest mode alone is an excellent start: S ~ weight[0] exp(-lambda[0] tau)
		double lo = roots[TABLE_SIZE - 1];
		return solve(q, Math.max(lo, (q + Math.log(weight[0])) / lambda[0]), lo, Double.POSITIVE_INFINITY);
	}

	/** Points of the root table. */
	private static final int TABLE_SIZE = 65;
	/** Spacing of the root table in q = -ln S: it covers S down to e^-16. */
	private static final double TABLE_STEP = 16.0 / (TABLE_SIZE - 1);
	/** roots[i]: the tau with -ln S(tau) = i TABLE_STEP. */
	private double[] roots;

	private void tabulate() {
		roots = new double[TABLE_SIZE];
		double lo = 0;
		for (int i = 1; i < TABLE_SIZE; i++) {
			double q = i * TABLE_STEP;
			roots[i] = solve(q, Math.max(lo, (q + Math.log(weight[0])) / lambda[0]), lo, Double.POSITIVE_INFINITY);
			lo = roots[i];
		}
	}

	/** The tau in [lo, hi] with ln S(tau) = -q, by Newton from start, falling back to bisection. */
	private double solve(double q, double start, double lo, double hi) {
		double tau = start;
		for (int iteration = 0; iteration < 200; iteration++) {
			double s = 0;
			double ds = 0;
			for (int k = 0; k < modes; k++) {
				double e = weight[k] * Math.exp(-lambda[k] * tau);
				s += e;
				ds -= lambda[k] * e;
			}
			double h = (s > 0 ? Math.log(s) : -800) + q; // > 0 while tau is below the root
			if (h > 0) {
				lo = Math.max(lo, tau);
			} else {
				hi = Math.min(hi, tau);
			}
			double next = s > 0 && ds < 0 ? tau - h * s / ds : Double.NaN;
			if (!(next >= lo && next <= hi)) {
				next = hi == Double.POSITIVE_INFINITY ? 2 * tau + 1 : 0.5 * (lo + hi);
			}
			if (Math.abs(next - tau) <= 1e-13 * (1 + tau)) {
				return next;
			}
			tau = next;
		}
		return tau;
	}

	/**
	 * Samples the position of the 1D walk at tau given that it has not left -L..L by then.
	 *
	 * @param tau    time in units of 1/k
	 * @param random the generator
	 * @return the position -L..L
	 */
	int position(double tau, SplittableRandom random) {
		for (int k = 0; k < modes; k++) {
			decay[k] = Math.exp(-lambda[k] * tau);
		}
		double total = 0;
		for (int j = 0; j <= half; j++) {
			double p = 0;
			for (int k = 0; k < modes; k++) {
				p += shape[k * (half + 1) + j] * decay[k];
			}
			// round-off can leave far, still unreachable sites slightly negative at tiny tau
			p = p > 0 ? p : 0;
			if (j > 0) {
				p *= 2; // both sides
			}
			density[j] = p;
			total += p;
		}
		double u = random.nextDouble() * total;
		int j = half;
		for (int i = 0; i <= half; i++) {
			u -= density[i];
			if (u < 0) {
				j = i;
				break;
			}
		}
		if (j == 0) {
			return 0;
		}
		return random.nextBoolean() ? j : -j;
	}
}
