package org.lithos.solver.kmc.internal;

import java.util.Arrays;

/**
 * BKL (n-fold way) bookkeeping: every mobile Li site belongs to one of a fixed, small number of rate classes (its
 * bond count, whether it sits on the substrate, and its number of open destinations), all members of a class have
 * the same rate, and each class keeps its members in a swap-remove list. Adding, removing and picking a member are
 * O(1); choosing the class scans the non-empty classes in descending rate order (a bit mask over a fixed number of
 * classes), so the cost per event does not grow with the lattice.
 */
final class RateClasses {

	final int classes;
	final double[] rate;
	final int[] count;
	private final int[][] members;
	/** Class + 1 of every site, 0 when it is in none. */
	final short[] classOf;
	/** Position of every site in its class list. */
	final int[] position;
	/** Class indices by descending rate. */
	final int[] order;
	/** Rank of every class in {@link #order}. */
	private final int[] rank;
	/** Bit r set when the class of rank r has members. */
	private final long[] active;
	/** The total rate: {@link #sum} + {@link #compensation}. */
	double total;
	/**
	 * Running sum of the rates and the round-off it lost (Neumaier's compensated summation): a fast adatom's rate is
	 * added and taken off again many times over a rest that may be ten orders of magnitude smaller, and a plain sum
	 * would keep the round-off of the large terms in the small rest.
	 */
	private double sum;
	private double compensation;

	RateClasses(double[] classRates, int sites) {
		classes = classRates.length;
		rate = classRates.clone();
		count = new int[classes];
		members = new int[classes][];
		for (int i = 0; i < classes; i++) {
			members[i] = new int[16];
		}
		classOf = new short[sites];
		position = new int[sites];
		Integer[] idx = new Integer[classes];
		for (int i = 0; i < classes; i++) {
			idx[i] = i;
		}
		// a stable sort on a fixed array: the order is a pure function of the rates (deterministic)
		Arrays.sort(idx, (a, b) -> Double.compare(rate[b], rate[a]));
		order = new int[classes];
		rank = new int[classes];
		for (int i = 0; i < classes; i++) {
			order[i] = idx[i];
			rank[idx[i]] = i;
		}
		active = new long[(classes + 63) >>> 6];
	}

	/** Moves site s to class cls (-1 = none). */
	void set(int s, int cls) {
		int old = classOf[s] - 1;
		if (old == cls) {
			return;
		}
		if (old >= 0) {
			int[] m = members[old];
			int p = position[s];
			int last = m[--count[old]];
			m[p] = last;
			position[last] = p;
			add(-rate[old]);
			if (count[old] == 0) {
				int r = rank[old];
				active[r >>> 6] &= ~(1L << r);
			}
		}
		if (cls >= 0) {
			int[] m = members[cls];
			int n = count[cls];
			if (n == m.length) {
				m = Arrays.copyOf(m, n * 2);
				members[cls] = m;
			}
			m[n] = s;
			position[s] = n;
			count[cls] = n + 1;
			add(rate[cls]);
			if (n == 0) {
				int r = rank[cls];
				active[r >>> 6] |= 1L << r;
			}
		}
		classOf[s] = (short) (cls + 1);
	}

	private void add(double x) {
		double t = sum + x;
		if (Math.abs(sum) >= Math.abs(x)) {
			compensation += (sum - t) + x;
		} else {
			compensation += (x - t) + sum;
		}
		sum = t;
		total = sum + compensation;
	}

	/**
	 * Recomputes the total from the counts, removing any drift: the non-empty classes from the slowest to the fastest,
	 * compensated, so the cost is that of the classes in use.
	 */
	void resum() {
		sum = 0;
		compensation = 0;
		for (int w = active.length - 1; w >= 0; w--) {
			long bits = active[w];
			while (bits != 0) {
				int b = 63 - Long.numberOfLeadingZeros(bits);
				bits &= ~(1L << b);
				int o = order[(w << 6) + b];
				double p = count[o] * rate[o];
				add(p);
				// the product's own round-off, exactly: the sum stays exact when a fast class later empties
				add(Math.fma(count[o], rate[o], -p));
			}
		}
	}

	/**
	 * @param u a number in [0, total)
	 * @return the site whose cumulative rate interval contains u, or -1 when there is no member
	 */
	int pick(double u) {
		int lastNonEmpty = -1;
		for (int w = 0; w < active.length; w++) {
			long bits = active[w];
			while (bits != 0) {
				int r = (w << 6) + Long.numberOfTrailingZeros(bits);
				bits &= bits - 1;
				int c = order[r];
				int n = count[c];
				lastNonEmpty = c;
				double weight = n * rate[c];
				if (u < weight) {
					int k = (int) (u / rate[c]);
					return members[c][k < n ? k : n - 1];
				}
				u -= weight;
			}
		}
		// round-off beyond the last class: its last member
		return lastNonEmpty < 0 ? -1 : members[lastNonEmpty][count[lastNonEmpty] - 1];
	}
}
