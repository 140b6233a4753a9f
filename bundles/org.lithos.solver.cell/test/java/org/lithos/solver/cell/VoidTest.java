package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.EventKind;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/** Stripping faster than Li creep refills the interface opens voids; stack pressure prevents it. */
class VoidTest {

	private static SimulationResult run(double pressure) throws Exception {
		return new CellSolver().solve(TestCells.half("p" + pressure, "W:30e-9", "Mg:140e-9").pressure(pressure)
				.halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 3).build(), ProgressMonitor.NULL);
	}

	@Test
	void lowPressureOpensVoids() throws Exception {
		SimulationResult low = run(1e6);
		SimulationResult high = run(9e6);
		assertTrue(low.getEvents().stream().anyMatch(e -> e.getKind() == EventKind.VOID));
		assertFalse(high.getEvents().stream().anyMatch(e -> e.getKind() == EventKind.VOID));
		double ceLow = low.getSummary().getAverageEfficiency();
		double ceHigh = high.getSummary().getAverageEfficiency();
		assertTrue(ceLow < ceHigh, ceLow + " vs " + ceHigh);
		Checks.assertConserved(low, Checks.liFoil100um());
		Checks.assertConserved(high, Checks.liFoil100um());
	}
}
