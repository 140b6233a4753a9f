package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;
import org.lithos.units.Constants;

/**
 * Li-free blocking cells (collector | LPSCl | collector) under a potentiostatic hold: no current inside the electrolyte's stability
 * window, a decomposition current beyond it that decays as the interphase thickens, Li moved from the electrolyte to
 * the SEI and conserved.
 */
class BlockingCellTest {

	private static final double HOUR = 3600;

	/** Li in the 0.713 mm LPSCl pellet: 6 Li per Li6PS5Cl, 1860 kg/m3, 268.36 g/mol, A s/m2. */
	private static final double PELLET_LI = 1860 / 0.26836 * 6 * 0.713e-3 * Constants.FARADAY;

	/** A hold on a W-covered collector: no Cu corrosion speeding the decomposition up, the plain decay. */
	private static SimulationResult hold(double volts, double hours) throws SolverException {
		return hold(volts, hours, "W:260e-9");
	}

	private static SimulationResult hold(double volts, double hours, String... layers) throws SolverException {
		SimulationInput in = TestCells.half("blocking", layers).blocking().hold(volts, 0, hours * HOUR).build();
		return new CellSolver().solve(in, ProgressMonitor.NULL);
	}

	private static double[] current(SimulationResult r) {
		return Checks.series(r, "current");
	}

	@Test
	void insideTheWindowNoCurrentFlows() throws Exception {
		SimulationResult r = hold(0.2, 10);
		Checks.assertConserved(r, PELLET_LI);
		assertEquals(PELLET_LI, r.getInitialInventory().getElectrolyte(), 1e-9 * PELLET_LI,
				"the pellet's own Li is the inventory");
		for (double j : current(r)) {
			assertEquals(0, j, 0, "0.2 V is within the 0.30 V window of LPSCl (1.71-2.01 V vs Li)");
		}
		assertEquals(0, r.getCycles().get(0).getInventory().getSei(), 0);
	}

	@Test
	void beyondItTheDecompositionCurrentDecays() throws Exception {
		SimulationResult r = hold(3, 10);
		Checks.assertConserved(r, PELLET_LI);
		double[] j = current(r);
		double[] t = Checks.series(r, "time");
		assertTrue(j[1] > 0, "a reduction current at 3 V");
		for (int i = 2; i < j.length; i++) {
			assertTrue(j[i] <= j[i - 1] * (1 + 1e-12), "the current decays at a held voltage, point " + i);
		}
		assertTrue(j[j.length - 1] < 0.5 * j[1], "and falls well below its start: " + j[1] + " -> " + j[j.length - 1]);
		// the charge the current passed is the Li the interphase bound
		double charge = 0;
		for (int i = 1; i < j.length; i++) {
			charge += 0.5 * (j[i] + j[i - 1]) * (t[i] - t[i - 1]);
		}
		double sei = r.getCycles().get(0).getInventory().getSei();
		assertTrue(sei > 0, "Li bound in the interphase");
		assertEquals(sei, charge, 0.05 * sei, "the current integrates to the Li bound (trapezoid rule)");
		assertEquals(PELLET_LI - sei, r.getCycles().get(0).getInventory().getElectrolyte(), 1e-9 * PELLET_LI);
	}

	/** Bare Cu corrodes in the sulfide (SEI-2), which speeds the decomposition up; it still decays over hours. */
	@Test
	void onCorrodingCopperItDecaysToo() throws Exception {
		SimulationResult r = hold(3, 10, new String[0]);
		Checks.assertConserved(r, PELLET_LI);
		double[] j = current(r);
		double peak = java.util.Arrays.stream(j).max().orElseThrow();
		assertTrue(peak > 0 && j[j.length - 1] < 0.7 * peak, "decays: peak " + peak + ", end " + j[j.length - 1]);
		assertTrue(Checks.series(r, "sei2 thickness")[j.length - 1] > 0, "the Cu corrodes meanwhile");
	}

	@Test
	void aHigherVoltageDrawsMore() throws Exception {
		double at3 = hold(3, 1).getCycles().get(0).getInventory().getSei();
		double at4 = hold(4, 1).getCycles().get(0).getInventory().getSei();
		assertTrue(at4 > at3 && at3 > 0, "more decomposition further past the window: " + at3 + " < " + at4);
	}

	@Test
	void aBlockingCellCannotPlate() {
		SimulationInput in = TestCells.half("blocking").blocking().plate(10, 36_000).build();
		SolverException e = assertThrows(SolverException.class, () -> new CellSolver().solve(in, ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("a blocking cell passes no Li"), e.getMessage());
	}

	@Test
	void anElectrolyteWithoutAWindowIsRefused() {
		SimulationInput in = TestCells.half("blocking").blocking().hold(3, 0, HOUR).build();
		in.getCell().getSeparator().getMaterial().getProperties().removeIf(p -> p.getName().equals("oxidation potential"));
		SolverException e = assertThrows(SolverException.class, () -> new CellSolver().solve(in, ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("needs its stability window"), e.getMessage());
	}
}
