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
			Integer[] order = new Integer[n];
			double total = 0;
			for (int i = 0; i < n; i++) {
				order[i] = i;
				total += charge[i];
			}
			java.util.Arrays.sort(order, (a, b) -> Double.compare(eta[a], eta[b]));
			double acc = 0;
			for (Integer i : order) {
				acc += charge[i];
				if (acc >= 0.5 * total) {
					return eta[i];
				}
			}
			return eta[order[n - 1]];
		}
	}
}
