package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/**
 * The 300-cycle half-cell run that {@code lithos bench} times: it completes, conserves Li, and keeps its series
 * bounded (the memory per run the README states). Speed itself is measured by the benchmark, not asserted here.
 */
class LongRunTest {

	@Test
	void threeHundredCyclesWithBoundedSeries() throws Exception {
		SimulationInput in = TestCells.half("long", "W:30e-9", "Mg:140e-9")
				.halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 300).build();
		SimulationResult r = new CellSolver().solve(in, ProgressMonitor.NULL);
		assertEquals(300, r.getCycles().size());
		int points = Checks.series(r, "time").length;
		assertTrue(points <= 300 * 2 * 200, "at most ~200 points per step: " + points);
		Checks.assertConserved(r, Checks.liFoil100um());
	}
}
