package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lithos.model.EventKind;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/** M24-like half cells at 1 mA/cm2, 1 mAh/cm2 per cycle, 300 cycles, strip to 0.2 V. */
class HalfCellCyclingTest {

	private static SimulationResult cu;
	private static SimulationResult mgw;

	@BeforeAll
	static void run() throws Exception {
		CellSolver solver = new CellSolver();
		cu = solver.solve(TestCells.half("Cu_half").halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 300).build(),
				ProgressMonitor.NULL);
		mgw = solver.solve(TestCells.half("MgW_half", "W:30e-9", "Mg:140e-9")
				.halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 300).build(), ProgressMonitor.NULL);
	}

	@Test
	void conservesLiEveryCycle() {
		Checks.assertConserved(cu, Checks.liFoil100um());
		Checks.assertConserved(mgw, Checks.liFoil100um());
	}

	@Test
	void mgwOutlivesCu() {
		assertEquals(RunStatus.SHORTED, cu.getStatus());
		assertTrue(cu.getEvents().stream().anyMatch(e -> e.getKind() == EventKind.SHORT_CIRCUIT));
		assertEquals(RunStatus.COMPLETED, mgw.getStatus());
		assertEquals(300, mgw.getSummary().getCycleLife());
		assertTrue(cu.getSummary().getCycleLife() < 100, "Cu life " + cu.getSummary().getCycleLife());
		assertEquals(cu.getSummary().getCycleLife() + 1, cu.getSummary().getShortCircuitCycle());
	}

	@Test
	void nucleationLargerOnCuThanOnMgW() {
		double etaCu = cu.getCycles().get(0).getNucleationOverpotential();
		double etaMgW = mgw.getCycles().get(0).getNucleationOverpotential();
		assertTrue(etaCu > etaMgW + 0.01, etaCu + " vs " + etaMgW);
		// magnitudes of tens of mV, as measured for such collectors
		assertTrue(etaCu > 0.02 && etaCu < 0.15, "Cu " + etaCu);
		assertTrue(etaMgW > 0.005 && etaMgW < 0.06, "MgW " + etaMgW);
		// Li grows on the retained Li-Mg alloy in cycle 2: no barrier
		assertTrue(Double.isNaN(mgw.getCycles().get(1).getNucleationOverpotential()));
	}

	@Test
	void nucleationRisesWithCurrentDensity() throws Exception {
		CellSolver solver = new CellSolver();
		double previous = 0;
		for (double j : new double[] { 0.5, 1, 2 }) {
			SimulationResult r = solver.solve(TestCells.half("Cu_j" + j)
					.halfCycling(j * TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 1).build(), ProgressMonitor.NULL);
			Checks.assertConserved(r, Checks.liFoil100um());
			double eta = r.getCycles().get(0).getNucleationOverpotential();
			assertTrue(eta > previous + 1e-3, "eta " + eta + " at " + j + " mA/cm2 after " + previous);
			previous = eta;
		}
	}

	@Test
	void mgwHasHigherEfficiency() {
		double ceCu = cu.getSummary().getAverageEfficiency();
		double ceMgW = mgw.getSummary().getAverageEfficiency();
		assertTrue(ceMgW > ceCu, ceMgW + " vs " + ceCu);
		assertTrue(cu.getSummary().getFirstCycleEfficiency() < ceCu, "first cycle on bare Cu loses most");
		assertTrue(ceMgW > 0.97 && ceMgW < 1.0, "MgW CE " + ceMgW);
	}

	@Test
	void voltageFollowsTheHalfCellConvention() {
		double[] v = Checks.series(mgw, "voltage");
		double[] i = Checks.series(mgw, "current");
		boolean sawPlating = false;
		boolean sawStripping = false;
		for (int k = 0; k < v.length; k++) {
			if (i[k] > 0) {
				sawPlating = true;
				assertTrue(v[k] < 0.2, "plating drives the collector below the counter: " + v[k]);
			} else if (i[k] < 0) {
				sawStripping = true;
				assertTrue(v[k] <= 0.2 + 1e-6, "stripping stops at the cut-off: " + v[k]);
			}
		}
		assertTrue(sawPlating && sawStripping);
		// the cut-off is hit accurately by bisection
		long atCut = java.util.stream.IntStream.range(0, v.length).filter(k -> Math.abs(v[k] - 0.2) < 1e-6).count();
		assertTrue(atCut >= 290, "cut-offs hit " + atCut);
	}

	@Test
	void seriesStayBounded() {
		int steps = 600;
		assertTrue(Checks.series(mgw, "time").length <= steps * 201, "series too long");
		double[] t = Checks.series(mgw, "time");
		for (int k = 1; k < t.length; k++) {
			assertFalse(t[k] < t[k - 1], "time goes back at " + k);
		}
		assertEquals("lithos.cell", mgw.getSolverId());
	}
}
