package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/** Plated Li thickness: 1 mAh/cm2 of dense Li is 4.85 um (V_m = 1.30e-5 m3/mol), less what the alloy and SEI take. */
class DenseLiTest {

	@Test
	void thicknessFollowsCharge() throws Exception {
		for (double q : new double[] { 1, 3, 5 }) {
			SimulationResult r = new CellSolver().solve(TestCells.half("q" + q, "W:30e-9", "Mg:140e-9")
					.plate(TestCells.MA_CM2, q * TestCells.MAH_CM2).build(), ProgressMonitor.NULL);
			Checks.assertConserved(r, Checks.liFoil100um());
			double[] thickness = Checks.series(r, "li thickness");
			// 140 nm Mg takes up to Li3.9Mg first (~0.1 mAh/cm2); SEI-1 takes a little more
			double alloy = 3.9 * 140e-9 * 1740 / 0.024305 * 96485.33212;
			double dense = (q * TestCells.MAH_CM2 - alloy) * 1.3e-5 / 96485.33212;
			double h = thickness[thickness.length - 1];
			assertEquals(0.985 * dense, h, 0.015 * dense, "at " + q + " mAh/cm2");
		}
	}
}
