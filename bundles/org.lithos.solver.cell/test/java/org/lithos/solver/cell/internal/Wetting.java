package org.lithos.solver.cell.internal;

import org.lithos.model.SimulationInput;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.cell.Calibration;

/** Test access to how the solver reads the wetting of a collector (package-private state). */
public final class Wetting {

	private Wetting() {
	}

	/**
	 * @param wetFraction wetted fraction, 0..1
	 * @param islands     whether Li grows as islands
	 * @param morphology  the surrogate's class, null when the contact-angle rule applied
	 */
	public record Outcome(double wetFraction, boolean islands, MorphologySurrogate.Morphology morphology) {
	}

	/** @return the wetting the shipped calibration reads from the input */
	public static Outcome of(SimulationInput in) throws SolverException {
		CellParameters p = new InputReader(in, new Cal(Calibration.defaults())).cell();
		return new Outcome(p.wetFraction, p.islands, p.morphology);
	}
}
