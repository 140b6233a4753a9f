package org.lithos.sim;

import org.lithos.model.Expectation;
import org.lithos.model.SimulationInput;

/** Which runs an expectation is about. */
public final class Runs {

	private Runs() {
	}

	/**
	 * @param expectation an expectation of a study
	 * @param input       one of the study's runs
	 * @return whether the expectation concerns that run: same cell (or no cell named) and, for sweeps, the
	 *         named sweep point
	 */
	public static boolean concerns(Expectation expectation, SimulationInput input) {
		boolean cell = expectation.getCell() == null || expectation.getCell().equals(input.getCell().getName());
		boolean point = expectation.getSweepVariable() == null || input.getSweep().stream().anyMatch(
				v -> v.getName().equals(expectation.getSweepVariable())
						&& Math.abs(v.getValue() - expectation.getSweepValue()) <= 1e-9 * Math.abs(v.getValue()));
		return cell && point;
	}
}
