package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/**
 * The island layer of a lithiophobic collector: Li stripped from within it (less Li left than the layer holds) loses
 * an extra fraction to dead Li, so a strip to the cut-off loses about a fixed areal amount, a strip on a thick Li
 * reservoir does not reach it, and stack pressure reduces every dead-Li loss.
 */
class IslandLayerTest {

	private static final double J = TestCells.MA_CM2;
	/** 0.5 mA/cm2: the thick deposits below stay clear of a short (at 1 mA/cm2 Cu shorts after about 4.5 mAh/cm2). */
	private static final double J_THICK = 0.5 * J;
	private static final double Q = TestCells.MAH_CM2;

	private static SimulationResult solve(TestCells cell) throws Exception {
		SimulationResult r = new CellSolver().solve(cell.build(), ProgressMonitor.NULL);
		Checks.assertConserved(r, Checks.liFoil100um());
		return r;
	}

	private static double dead(SimulationResult r, int cycle) {
		return r.getCycles().get(cycle).getInventory().getDead();
	}

	@Test
	void stripToCutOffLosesAnArealAmountOnCu() throws Exception {
		// the second cycle: the first deposit on a fresh collector has a loss of its own, proportional to its charge
		SimulationResult r1 = solve(TestCells.half("Cu_1").halfCycling(J_THICK, Q, 0.2, 2));
		SimulationResult r4 = solve(TestCells.half("Cu_4").halfCycling(J_THICK, 4 * Q, 0.2, 2));
		double one = dead(r1, 1) - dead(r1, 0);
		double four = dead(r4, 1) - dead(r4, 0);
		// four times the Li loses far less than four times the dead Li: most of it comes from the island layer
		assertTrue(four < 2 * one, "dead Li after 4 mAh/cm2 " + four / Q + " vs after 1 mAh/cm2 " + one / Q);
		assertTrue(four > one, "the dense part still loses a little");
	}

	@Test
	void cyclesOnAThickReservoirLoseLessThanStripsThroughTheIslandLayer() throws Exception {
		// one cycle stripped to the cut-off, then a 5 mAh/cm2 reservoir with 1 mAh/cm2 cycles on top of it
		TestCells cell = TestCells.half("Cu_reservoir").halfCycling(J_THICK, Q, 0.2, 1).plate(J_THICK, 5 * Q);
		for (int i = 0; i < 5; i++) {
			cell.strip(J_THICK, Q).plate(J_THICK, Q);
		}
		SimulationResult r = solve(cell);
		double firstCycle = dead(r, 0);
		double perReservoirCycle = (dead(r, 5) - dead(r, 1)) / 4;
		assertTrue(perReservoirCycle < 0.25 * firstCycle,
				"per cycle on the reservoir " + perReservoirCycle / Q + " vs first strip " + firstCycle / Q);
	}

	@Test
	void lithiophilicCollectorHasNoIslandLayer() throws Exception {
		double cu = dead(solve(TestCells.half("Cu").halfCycling(J, Q, 0.2, 3)), 2);
		double mgw = dead(solve(TestCells.half("MgW", "W:30e-9", "Mg:140e-9").halfCycling(J, Q, 0.2, 3)), 2);
		assertTrue(mgw < 0.5 * cu, "dead Li after 3 cycles: MgW " + mgw / Q + " vs Cu " + cu / Q);
	}

	@Test
	void higherStackPressureLeavesLessDeadLi() throws Exception {
		double low = dead(solve(TestCells.half("Cu_5MPa").pressure(5e6).halfCycling(J, Q, 0.2, 1)), 0);
		double high = dead(solve(TestCells.half("Cu_20MPa").pressure(20e6).halfCycling(J, Q, 0.2, 1)), 0);
		assertTrue(high < 0.9 * low, "dead Li at 20 MPa " + high / Q + " vs 5 MPa " + low / Q);
	}
}
