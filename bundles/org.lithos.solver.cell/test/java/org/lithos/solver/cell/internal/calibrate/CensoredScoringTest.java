package org.lithos.solver.cell.internal.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lithos.model.Comparison;
import org.lithos.model.Expectation;
import org.lithos.model.LithosFactory;
import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;
import org.lithos.sim.HeldOutScoring;
import org.lithos.solver.cell.Calibration;
import org.lithos.solver.cell.TestCells;

/**
 * A cycle life that the protocol cut off (every step done, no short) is only a lower bound. The calibration's cost,
 * the held-out scores and the held-out report judge it as {@code lithos validate} does: it meets "at least"
 * observations and fails an equality it happens to equal, so a fit cannot score by a life the run never reached.
 */
class CensoredScoringTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	@Test
	void aLifeTheProtocolCutOffMeetsOnlyAtLeastObservations() {
		SimulationInput run = TestCells.half("cut").halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 2).build();
		StudyInput study = F.createStudyInput();
		study.setName("censored");
		study.getRuns().add(run);
		// the life the run reports is the number of cycles its protocol had: 2
		Expectation equal = life(Comparison.EQ, 2);
		Expectation atLeast = life(Comparison.GE, 2);
		List<Calibrator.Pair> pairs = List.of(new Calibrator.Pair(study, equal, run),
				new Calibrator.Pair(study, atLeast, run));

		Predictions predicted = Calibrator.predictions(pairs, Calibration.defaults());

		assertEquals(2, predicted.values()[0], 1e-9, "the run did its two cycles without a short");
		assertTrue(predicted.censored()[0] && predicted.censored()[1], "no short: the life is a lower bound");
		assertFalse(predicted.within(0, equal), "a life of at least 2 cycles does not establish a life of 2");
		assertTrue(predicted.within(1, atLeast), "it does establish a life of at least 2");
		CrossValidation split = new CrossValidation(pairs);
		HeldOutScoring.Score score = split.score(split.folds(), holdOut -> Optional.of(Calibration.defaults()));
		assertEquals(1, score.within(), "the held-out score judges as validate does");
		assertEquals(2, score.observations());
	}

	private static Expectation life(Comparison comparison, double cycles) {
		Expectation e = F.createExpectation();
		e.setObservable("cycle life");
		e.setCell(TestCells.half("cut").build().getCell().getName());
		e.setComparison(comparison);
		e.setValue(cycles);
		e.setUnit("cycles");
		e.setToleranceRelative(0.35);
		e.setSource("doi:10.0/censored");
		return e;
	}
}
