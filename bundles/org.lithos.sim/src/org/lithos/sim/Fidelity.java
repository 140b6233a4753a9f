package org.lithos.sim;

/**
 * The fidelity target of {@code lithos validate}, kept in one place so that it can only be changed
 * deliberately (and reviewed): the share of addressed quantitative observations that must fall within their
 * bands (overpotentials 30 %, efficiencies 3 points, capacities 15 %, cycle counts and capacities to short
 * 35 %, as written in the examples' expect clauses), and every qualitative ordering the measurements establish
 * (substrate rankings, current-density, loading and temperature trends) kept by the predictions.
 */
public final class Fidelity {

	/** Minimum pass rate over addressed observations, 0..1. Raise it as the models improve; never lower it. */
	public static final double TARGET = 0.85;

	/**
	 * Observations of the reference examples that the shipped model and calibration keep within their band: the
	 * validation suite in CI fails below it, so a change that loses agreement with the papers cannot land silently.
	 * Raise it with every improvement; lower it only with a reason in the commit message.
	 */
	public static final int REGRESSION_FLOOR = 100;

	/**
	 * Measured orderings (see {@link Orderings}) the shipped model may get wrong before the validation suite in CI
	 * fails. The target is none wrong ({@link #met(long, long, long)}); lower this with every improvement.
	 */
	public static final int WRONG_ORDERINGS_CEILING = 1;

	private Fidelity() {
	}

	/**
	 * @param passed observations within their band
	 * @param failed observations outside it
	 * @return whether the pass rate meets {@link #TARGET} (false when nothing was addressed)
	 */
	public static boolean met(long passed, long failed) {
		return passed + failed > 0 && passed >= TARGET * (passed + failed);
	}

	/**
	 * The whole fidelity target: the pass rate, and every qualitative ordering the measurements establish right.
	 *
	 * @param passed         observations within their band
	 * @param failed         observations outside it
	 * @param wrongOrderings measured orderings the predictions reverse
	 * @return whether both are met
	 */
	public static boolean met(long passed, long failed, long wrongOrderings) {
		return met(passed, failed) && wrongOrderings == 0;
	}
}
