package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/** Ion conduction and charge transfer are thermally activated: a warmer cell plates with less overpotential. */
class TemperatureTest {

	private static double platingOverpotential(double kelvin) throws Exception {
		SimulationResult r = new CellSolver().solve(TestCells.half("T" + kelvin, "W:30e-9", "Mg:140e-9")
				.temperature(kelvin).halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 1).build(),
				ProgressMonitor.NULL);
		Checks.assertConserved(r, Checks.liFoil100um());
		return r.getCycles().get(0).getPlatingOverpotential();
	}

	@Test
	void warmerCellHasLowerOverpotential() throws Exception {
		double rt = platingOverpotential(298.15);
		double hot = platingOverpotential(333.15);
		// 30 kJ/mol for conduction: the ohmic part alone falls by a factor ~3.6 from 25 to 60 C
		assertTrue(hot < 0.5 * rt, rt + " vs " + hot);
	}
}
