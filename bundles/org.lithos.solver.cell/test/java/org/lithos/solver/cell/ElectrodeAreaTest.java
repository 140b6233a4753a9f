package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.EventKind;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/** The cell model is one-dimensional: an electrode smaller than the cell is reported, not silently ignored. */
class ElectrodeAreaTest {

	private static long areaWarnings(SimulationResult r, String what) {
		return r.getEvents().stream()
				.filter(e -> e.getKind() == EventKind.WARNING && e.getMessage().startsWith(what + " diameter")).count();
	}

	/** One 1 mAh/cm2 cycle at 1 mA/cm2, Li conservation asserted. */
	private static SimulationResult oneCycle(TestCells cell) throws Exception {
		SimulationResult r = new CellSolver().solve(cell.halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 1).build(),
				ProgressMonitor.NULL);
		Checks.assertConserved(r, Checks.liFoil100um());
		return r;
	}

	@Test
	void smallerCounterIsReported() throws Exception {
		SimulationResult r = oneCycle(TestCells.half("Cu_8mm_counter").counterDiameter(8e-3));
		assertEquals(1, areaWarnings(r, "counter"));
		assertTrue(r.getEvents().stream().anyMatch(e -> e.getMessage().contains("0.503 cm2")), "names the area");
	}

	@Test
	void electrodeOfTheCellAreaIsNotReported() throws Exception {
		SimulationResult r = oneCycle(TestCells.half("Cu_12mm").collectorDiameter(12e-3));
		assertEquals(0, areaWarnings(r, "collector"));
	}
}
