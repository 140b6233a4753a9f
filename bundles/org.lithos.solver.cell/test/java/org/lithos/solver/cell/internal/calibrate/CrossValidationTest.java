package org.lithos.solver.cell.internal.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lithos.model.CellSpec;
import org.lithos.model.Expectation;
import org.lithos.model.LithosFactory;
import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;

/** The split behind the held-out scores: runs dealt into folds with a fixed seed, papers held out whole. */
class CrossValidationTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	/** A study of n runs (cells c0..), each with two observations, all from one source. */
	private static StudyInput study(String name, int n, String source) {
		StudyInput s = F.createStudyInput();
		s.setName(name);
		for (int i = 0; i < n; i++) {
			SimulationInput run = F.createSimulationInput();
			run.setId("c" + i);
			CellSpec cell = F.createCellSpec();
			cell.setName("c" + i);
			run.setCell(cell);
			s.getRuns().add(run);
			for (String observable : List.of("first cycle efficiency", "cycle life")) {
				Expectation e = F.createExpectation();
				e.setObservable(observable);
				e.setCell("c" + i);
				e.setSource(source);
				s.getExpectations().add(e);
			}
		}
		return s;
	}

	private static List<Calibrator.Pair> observations() {
		return Calibrator.observations(List.of(study("a", 12, "doi:10.1/a"), study("b", 8, "doi:10.2/b")));
	}

	@Test
	void everyObservationIsHeldOutOnceAndARunStaysInOneFold() {
		CrossValidation split = new CrossValidation(observations());
		List<Calibrator.Pair> all = observations();
		assertEquals(40, all.size());
		int held = 0;
		for (String fold : split.folds()) {
			Set<String> runs = new HashSet<>();
			List<Calibrator.Pair> in = all.stream().filter(split.heldOut(fold)).toList();
			in.forEach(p -> runs.add(CrossValidation.run(p)));
			assertEquals(2 * runs.size(), in.size(), "both observations of a run in the run's fold");
			assertTrue(runs.size() == 4, fold + " holds 20 / 5 runs: " + runs);
			held += in.size();
		}
		assertEquals(all.size(), held, "the folds partition the observations");
	}

	@Test
	void theDealIsFixedBySeed() {
		CrossValidation first = new CrossValidation(observations());
		CrossValidation second = new CrossValidation(observations());
		List<Calibrator.Pair> all = observations();
		for (String fold : first.folds()) {
			List<String> a = new ArrayList<>(all.stream().filter(first.heldOut(fold)).map(CrossValidation::run).toList());
			List<String> b = new ArrayList<>(all.stream().filter(second.heldOut(fold)).map(CrossValidation::run).toList());
			assertEquals(a, b, fold);
		}
	}

	@Test
	void aPaperHoldOutHoldsExactlyThatPapersObservations() {
		CrossValidation split = new CrossValidation(observations());
		assertEquals(List.of("paper-10-1-a", "paper-10-2-b"), split.paperHoldOuts());
		List<Calibrator.Pair> b = observations().stream().filter(split.heldOut("paper-10-2-b")).toList();
		assertEquals(16, b.size());
		assertTrue(b.stream().allMatch(p -> p.study().getName().equals("b")));
	}
}
