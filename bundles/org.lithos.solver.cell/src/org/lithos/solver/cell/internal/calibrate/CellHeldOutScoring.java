package org.lithos.solver.cell.internal.calibrate;

import java.util.List;

import org.lithos.model.StudyInput;
import org.lithos.sim.HeldOutScoring;
import org.osgi.service.component.annotations.Component;

/**
 * The held-out scores of {@code lithos.cell}: each observation predicted by the shipped constants fitted without its
 * fold ({@link CrossValidation}), and the number of constants the shipped fit varies.
 */
@Component(service = HeldOutScoring.class)
public final class CellHeldOutScoring implements HeldOutScoring {

	@Override
	public Scores score(List<StudyInput> studies) {
		CrossValidation split = new CrossValidation(Calibrator.observations(studies));
		return new Scores(CrossValidation.FOLDS, split.score(split.folds(), CrossValidation::shipped),
				split.score(split.paperHoldOuts(), CrossValidation::shipped), CrossValidation.fittedConstants().size(),
				CrossValidation.shippedProcedure());
	}
}
