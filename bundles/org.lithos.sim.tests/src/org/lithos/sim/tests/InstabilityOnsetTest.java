package org.lithos.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.Event;
import org.lithos.model.EventKind;
import org.lithos.model.Expectation;
import org.lithos.model.LithosFactory;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.model.Summary;
import org.lithos.model.names.Observable;
import org.lithos.sim.Comparison;
import org.lithos.sim.Comparison.Verdict;
import org.lithos.sim.Observations;
import org.lithos.sim.RunOutcome;

/**
 * An instability onset is predicted by every run that finished: at the cycle of its instability event, or, for a run
 * that never became unstable, as a lower bound at the life it ran. A measured onset the model puts later than the
 * whole run is a miss, not an observation the model does not address.
 */
class InstabilityOnsetTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	@Test
	void aRunThatNeverBecameUnstablePredictsALowerBoundAndFails() {
		SimulationResult stable = result(60);
		Expectation onset = onsetAt(12);
		assertEquals(60, Observations.predicted(onset, input(), stable).orElseThrow(), 0,
				"the onset is later than the 60 cycles the run did");
		assertTrue(Observations.censored(onset, stable));
		assertEquals(Verdict.FAIL, verdict(onset, stable), "a stable cell against a measured onset at 12 cycles");
	}

	@Test
	void aLowerBoundBeyondAnAtLeastOnsetPasses() {
		Expectation later = onsetAt(12);
		later.setComparison(org.lithos.model.Comparison.GT);
		assertEquals(Verdict.PASS, verdict(later, result(60)), "stable for 60 cycles: the onset is after cycle 12");
	}

	@Test
	void anInstabilityEventGivesTheOnsetItself() {
		SimulationResult unstable = result(60);
		Event event = F.createEvent();
		event.setKind(EventKind.INSTABILITY);
		event.setCycle(11);
		event.setTime(11 * 7200.0);
		unstable.getEvents().add(event);
		Expectation onset = onsetAt(12);
		assertEquals(11, Observations.predicted(onset, input(), unstable).orElseThrow(), 0);
		assertFalse(Observations.censored(onset, unstable));
		assertEquals(Verdict.PASS, verdict(onset, unstable), "11 cycles within 12 +- 35 %");
	}

	private static Verdict verdict(Expectation expectation, SimulationResult result) {
		StudyInput study = F.createStudyInput();
		study.setName("S");
		study.getRuns().add(input());
		study.getExpectations().add(expectation);
		List<Comparison> comparisons = Comparison.of(study,
				List.of(new RunOutcome("half", RunOutcome.State.FINISHED, "", result, null, 0)));
		assertEquals(1, comparisons.size());
		return comparisons.get(0).verdict();
	}

	private static Expectation onsetAt(double cycles) {
		Expectation e = F.createExpectation();
		e.setObservable(Observable.INSTABILITY_ONSET.word());
		e.setCell("test.C");
		e.setComparison(org.lithos.model.Comparison.EQ);
		e.setValue(cycles);
		e.setUnit("");
		e.setToleranceRelative(0.35);
		return e;
	}

	private static SimulationInput input() {
		SimulationInput input = F.createSimulationInput();
		input.setId("half");
		CellSpec cell = F.createCellSpec();
		cell.setName("test.C");
		cell.setFormat(CellFormat.HALF);
		cell.setArea(1e-4);
		input.setCell(cell);
		return input;
	}

	/** @return a completed run of that many cycles without a short */
	private static SimulationResult result(int cycles) {
		SimulationResult result = F.createSimulationResult();
		result.setStatus(RunStatus.COMPLETED);
		Summary summary = F.createSummary();
		summary.setCycleLife(cycles);
		result.setSummary(summary);
		return result;
	}
}
