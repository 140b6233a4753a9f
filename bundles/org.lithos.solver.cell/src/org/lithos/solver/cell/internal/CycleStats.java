package org.lithos.solver.cell.internal;

/** Running sums of one cycle (plain numbers; turned into a CycleRecord when the cycle ends). */
final class CycleStats {
	int index;
	double charge;
	double discharge;
	double platingEtaWeighted;
	double platingEtaCharge;
	double strippingEtaWeighted;
	double strippingEtaCharge;
	double nucleation = Double.NaN;
	/** Plating overpotential samples of the cycle and the charge each carried (for the plateau value). */
	final Samples plating = new Samples();
	/** Stripping overpotential samples of the cycle and the charge each carried. */
	final Samples stripping = new Samples();
	double endTime;
	boolean hadDischarge;

	void reset(int cycle) {
		index = cycle;
		charge = 0;
		discharge = 0;
		platingEtaWeighted = 0;
		platingEtaCharge = 0;
		strippingEtaWeighted = 0;
		strippingEtaCharge = 0;
		nucleation = Double.NaN;
		endTime = 0;
		hadDischarge = false;
		plating.clear();
		stripping.clear();
	}

	/**
	 * Overpotential samples weighted by charge. Their charge-weighted median is the plateau value the
	 * experiments read off a galvanostatic trace: it ignores the nucleation spike at the start of plating and the
	 * rise at the end of stripping, which a charge-weighted mean would fold in.
	 */
	static final class Samples {
		private double[] eta = new double[64];
		private double[] charge = new double[64];
		private int n;
		/** Reused by {@link #median()}. */
		private int[] order = new int[64];
		/** Up to this many samples an insertion sort beats a library sort (and allocates nothing). */
		private static final int INSERTION_LIMIT = 256;

		void clear() {
			n = 0;
		}

		void add(double e, double q) {
			if (!(q > 0) || !Double.isFinite(e)) {
				return;
			}
			if (n == eta.length) {
				eta = java.util.Arrays.copyOf(eta, 2 * n);
				charge = java.util.Arrays.copyOf(charge, 2 * n);
			}
			eta[n] = e;
			charge[n] = q;
			n++;
		}

		/** @return charge-weighted median, NaN without samples */
		double median() {
			if (n == 0) {
				return Double.NaN;
			}
			double total = 0;
			for (int i = 0; i < n; i++) {
				total += charge[i];
			}
			int[] sorted = byOverpotential();
			double acc = 0;
			for (int k = 0; k < n; k++) {
				acc += charge[sorted[k]];
				if (acc >= 0.5 * total) {
					return eta[sorted[k]];
				}
			}
			return eta[sorted[n - 1]];
		}

		/**
		 * The sample indices by rising overpotential, ties in the order they were added (a stable sort, so the median
		 * does not depend on how it is sorted). Every step and every cycle takes a median, so the few dozen samples of
		 * a step are sorted by insertion in a reused array, without the boxing of a library sort; longer lists (a
		 * cycle of many steps) by the library's stable sort.
		 */
		private int[] byOverpotential() {
			if (order.length < n) {
				order = new int[Math.max(n, 2 * order.length)];
			}
			if (n > INSERTION_LIMIT) {
				Integer[] boxed = new Integer[n];
				for (int i = 0; i < n; i++) {
					boxed[i] = i;
				}
				java.util.Arrays.sort(boxed, (a, b) -> Double.compare(eta[a], eta[b]));
				for (int i = 0; i < n; i++) {
					order[i] = boxed[i];
				}
				return order;
			}
			for (int i = 0; i < n; i++) {
				double e = eta[i];
				int j = i - 1;
				while (j >= 0 && eta[order[j]] > e) {
					order[j + 1] = order[j];
					j--;
				}
				order[j + 1] = i;
			}
			return order;
		}
	}
}
