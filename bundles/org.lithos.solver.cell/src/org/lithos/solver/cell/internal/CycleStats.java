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
	}
}
