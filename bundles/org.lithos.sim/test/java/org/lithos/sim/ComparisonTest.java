package org.lithos.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.model.CellSpec;
import org.lithos.model.Expectation;
import org.lithos.model.LithosFactory;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.model.Summary;
import org.lithos.sim.Comparison.Verdict;

/**
 * Verdicts: an observation the model predicts passes or fails; one it could have predicted but whose run failed or
 * ended before the cycle in question fails; only one the solver does not predict at all is "not addressed".
 */
class ComparisonTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	private static Expectation expect(String observable, double value, int cycle) {
		Expectation e = ObservationsTest.expect(observable, org.lithos.model.Comparison.EQ, value, "1", Double.NaN, 0.03);
		if (cycle > 0) {
			e.setCycle(cycle);
		}
		return e;
	}

	/** A run that shorted in its third cycle, first-cycle efficiency 90 %. */
	private static SimulationResult threeCycles() {
		SimulationResult result = F.createSimulationResult();
		for (int i = 1; i <= 3; i++) {
			result.getCycles().add(ObservationsTest.cycle(i, 0.9));
		}
		Summary summary = F.createSummary();
		summary.setFirstCycleEfficiency(0.9);
		result.setSummary(summary);
		return result;
	}

	private static List<Verdict> verdicts(RunOutcome outcome, Expectation... expectations) {
		StudyInput study = F.createStudyInput();
		study.setName("test.Study");
		SimulationInput run = F.createSimulationInput();
		run.setId("Half");
		CellSpec cell = F.createCellSpec();
		cell.setName("Half");
		cell.setArea(1e-4);
		run.setCell(cell);
		study.getRuns().add(run);
		study.getExpectations().addAll(List.of(expectations));
		return Comparison.of(study, List.of(outcome)).stream().map(Comparison::verdict).toList();
	}

	@Test
	void aRunThatEndedBeforeTheCycleFailsItsObservation() {
		RunOutcome shorted = new RunOutcome("Half", RunOutcome.State.FINISHED, "shorted", threeCycles(), null, 0.1);
		assertEquals(List.of(Verdict.PASS, Verdict.FAIL, Verdict.FAIL, Verdict.NOT_ADDRESSED),
				verdicts(shorted, expect("first cycle efficiency", 0.9, 0), expect("coulombic efficiency", 0.8, 2),
						expect("coulombic efficiency", 0.9, 25), expect("sei thickness", 1e-7, 0)));
	}

	@Test
	void aFailedRunFailsWhatItShouldHavePredicted() {
		RunOutcome failed = new RunOutcome("Half", RunOutcome.State.FAILED, "diverged", null, null, 0.1);
		assertEquals(List.of(Verdict.FAIL), verdicts(failed, expect("first cycle efficiency", 0.9, 0)));
	}
}
