package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationResult;
import org.lithos.model.StopCondition;
import org.lithos.model.StopKind;
import org.lithos.solver.api.ProgressMonitor;

/** Holds, rests, symmetric cells and stop conditions. */
class ProtocolStepsTest {

	private static final double INITIAL_NMC = TestCells.MAH_CM2 / 720000.0 / 0.09728 * 96485.33212;

	@Test
	void constantVoltageHoldDecaysTheCurrent() throws Exception {
		SimulationResult r = new CellSolver().solve(
				TestCells.full("cccv", "W:30e-9", "Mg:140e-9").cccv(3.33, 4.3, 0.5, 2.8).build(), ProgressMonitor.NULL);
		Checks.assertConserved(r, INITIAL_NMC);
		double[] v = Checks.series(r, "voltage");
		double[] i = Checks.series(r, "current");
		double first = Double.NaN;
		double last = Double.NaN;
		for (int k = 0; k < v.length; k++) {
			if (i[k] > 0 && Math.abs(v[k] - 4.3) < 1e-9) {
				if (Double.isNaN(first)) {
					first = i[k];
				}
				last = i[k];
			}
		}
		assertTrue(first > last, "hold current " + first + " -> " + last);
		assertTrue(last < 3.33 && last > 0.4, "hold ends near the current limit: " + last);
	}

	@Test
	void unlimitedFullCellStepsRunToTheCathodeWindow() throws Exception {
		var in = TestCells.full("window").fullCycling(3.33, 4.3, 2.8, 1).build();
		in.getProtocol().getSteps().forEach(s -> s.getTerminations().clear());
		SimulationResult r = new CellSolver().solve(in, ProgressMonitor.NULL);
		double[] v = Checks.series(r, "voltage");
		double max = java.util.Arrays.stream(v).max().orElseThrow();
		assertEquals(4.3, max, 1e-6, "charge ends at the NMC811 upper voltage");
		assertEquals(2.8, v[v.length - 1], 1e-6, "discharge ends at the lower voltage");
		Checks.assertConserved(r, INITIAL_NMC);
	}

	@Test
	void symmetricCellCyclesWithoutNucleation() throws Exception {
		SimulationResult r = new CellSolver().solve(
				TestCells.half("sym").symmetric().halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 5).build(),
				ProgressMonitor.NULL);
		Checks.assertConserved(r, 2 * Checks.liFoil100um());
		assertTrue(Double.isNaN(r.getCycles().get(0).getNucleationOverpotential()));
		assertEquals(TestCells.MAH_CM2, r.getCycles().get(0).getChargeCapacity(), 1e-6);
	}

	@Test
	void restAgesTheLiAndTheVoltageStaysAtOpenCircuit() throws Exception {
		SimulationResult r = new CellSolver().solve(TestCells.half("rest", "Mg:140e-9")
				.plate(TestCells.MA_CM2, TestCells.MAH_CM2).rest(24 * 3600).build(), ProgressMonitor.NULL);
		Checks.assertConserved(r, Checks.liFoil100um());
		double[] v = Checks.series(r, "voltage");
		assertEquals(0.0, v[v.length - 1], 1e-12, "Li on the collector against a Li counter at open circuit");
		assertTrue(r.getCycles().get(0).getInventory().getSei() > 0);
	}

	@Test
	void totalTimeStopEndsTheRun() throws Exception {
		var in = TestCells.half("time", "Mg:140e-9").halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 10).build();
		StopCondition c = TestCells.F.createStopCondition();
		c.setKind(StopKind.TOTAL_TIME);
		c.setTime(5 * 3600.0);
		in.getProtocol().getStops().add(c);
		SimulationResult r = new CellSolver().solve(in, ProgressMonitor.NULL);
		assertEquals(RunStatus.STOPPED, r.getStatus(), r.getMessage());
		assertTrue(r.getEvents().stream().anyMatch(e -> e.getKind() == org.lithos.model.EventKind.STOP));
		double[] t = Checks.series(r, "time");
		// stops within one increment (1/40 of a 1 h step) of the limit
		assertTrue(t[t.length - 1] >= 5 * 3600 && t[t.length - 1] < 5 * 3600 + 91, "ended at " + t[t.length - 1]);
		assertTrue(r.getCycles().size() < 10);
		Checks.assertConserved(r, Checks.liFoil100um());
	}

	@Test
	void capacityStopEndsTheRun() throws Exception {
		var in = TestCells.full("stop").fullCycling(3.33, 4.3, 2.8, 60).build();
		StopCondition c = TestCells.F.createStopCondition();
		c.setKind(StopKind.CAPACITY_BELOW);
		c.setFraction(0.8);
		c.setReferenceCycle(2);
		in.getProtocol().getStops().add(c);
		SimulationResult r = new CellSolver().solve(in, ProgressMonitor.NULL);
		assertEquals(RunStatus.STOPPED, r.getStatus(), r.getMessage());
		var cycles = r.getCycles();
		double ref = cycles.get(1).getDischargeCapacity();
		assertTrue(cycles.get(cycles.size() - 1).getDischargeCapacity() < 0.8 * ref);
		assertTrue(cycles.get(cycles.size() - 2).getDischargeCapacity() >= 0.8 * ref);
		Checks.assertConserved(r, INITIAL_NMC);
	}
}
