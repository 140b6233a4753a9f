package org.lithos.solver.cell.internal.calibrate;

import org.lithos.model.Expectation;
import org.lithos.sim.Observations;

/** How far a prediction lies from an observation, in units of the observation's tolerance band. */
final class Residuals {

	private Residuals() {
	}

	/**
	 * @param expectation the observation and its band
	 * @param predicted   the prediction in the expectation's SI unit
	 * @return 0 inside the band for inequalities; for equalities (prediction - value) / band, so |r| <= 1 passes
	 */
	static double of(Expectation expectation, double predicted) {
		double expected = expectation.getValue();
		double band = Math.max(Observations.band(expectation, 0.1 * Math.abs(expected)),
				1e-12 * Math.max(1, Math.abs(expected)));
		return switch (expectation.getComparison()) {
			case EQ -> (predicted - expected) / band;
			case LT, LE -> Math.max(0, predicted - expected) / band;
			case GT, GE -> Math.min(0, predicted - expected) / band;
		};
	}
}
