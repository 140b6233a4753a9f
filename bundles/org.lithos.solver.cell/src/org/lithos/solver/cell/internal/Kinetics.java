package org.lithos.solver.cell.internal;

import org.lithos.units.Constants;

/** Charge-transfer kinetics. */
final class Kinetics {

	private Kinetics() {
	}

	/**
	 * Symmetric Butler-Volmer (alpha = 1/2) solved for the overpotential: j = 2 j0 sinh(F eta / 2RT), so eta = (2RT/F)
	 * asinh(j / 2 j0) (Bard and Faulkner, Electrochemical Methods, 2nd ed., 2001).
	 *
	 * @param j  current density magnitude, A/m2
	 * @param j0 exchange current density, A/m2
	 * @param t  temperature, K
	 * @return overpotential magnitude, V
	 */
	static double overpotential(double j, double j0, double t) {
		double x = j / (2 * j0);
		// asinh without allocation; the log form is exact
		return 2 * Constants.GAS_CONSTANT * t / Constants.FARADAY * Math.log(x + Math.sqrt(x * x + 1));
	}

	/** @return Arrhenius factor exp(-Ea/R (1/T - 1/Tref)) */
	static double arrhenius(double activation, double t, double tRef) {
		return Math.exp(-activation / Constants.GAS_CONSTANT * (1 / t - 1 / tRef));
	}
}
