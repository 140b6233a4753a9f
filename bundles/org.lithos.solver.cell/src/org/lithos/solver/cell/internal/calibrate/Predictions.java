package org.lithos.solver.cell.internal.calibrate;

import org.lithos.model.Expectation;
import org.lithos.sim.Observations;

/**
 * The predictions of a list of observations by one set of constants, each with whether it is only a lower bound
 * (a cycle life or an instability onset the run did not reach before its protocol ended). The calibration's cost,
 * the held-out scores and the held-out report judge them as {@code lithos validate} does, through
 * {@link Observations#within}, so that a fit cannot gain by a life the protocol cut off and the scores agree.
 *
 * @param values   each prediction in its observation's SI unit, NaN where the run failed or the model does not
 *                 address it
 * @param censored whether each prediction is only a lower bound
 */
record Predictions(double[] values, boolean[] censored) {

	/**
	 * @param p           the observation's index
	 * @param expectation the observation
	 * @return whether the prediction is within the observation's band, as validate judges it
	 */
	boolean within(int p, Expectation expectation) {
		return Double.isFinite(values[p]) && Observations.within(expectation, values[p], censored[p]);
	}

	/** @return the number of observations */
	int size() {
		return values.length;
	}
}
