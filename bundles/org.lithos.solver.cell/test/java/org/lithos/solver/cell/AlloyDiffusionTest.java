package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lithos.model.Event;
import org.lithos.model.EventKind;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/**
 * A 5 um Mg film (a user material extending Mg, with a Li diffusivity) takes Li by diffusion: fast plating saturates
 * its surface early and Li metal grows on it, slow plating lets the film absorb the whole charge.
 */
class AlloyDiffusionTest {

	private static SimulationResult plate(double j) throws Exception {
		SimulationResult r = new CellSolver().solve(
				TestCells.half("film" + j, "MgFilm:5e-6").plate(j, TestCells.MAH_CM2).build(), ProgressMonitor.NULL);
		Checks.assertConserved(r, Checks.liFoil100um());
		return r;
	}

	private static Optional<Event> nucleation(SimulationResult r) {
		return r.getEvents().stream().filter(e -> e.getKind() == EventKind.NUCLEATION).findFirst();
	}

	@Test
	void fastPlatingUsesLessOfTheLayerBeforeLiMetalGrows() throws Exception {
		SimulationResult slow = plate(0.1 * TestCells.MA_CM2);
		SimulationResult fast = plate(TestCells.MA_CM2);
		assertTrue(nucleation(slow).isEmpty(), "at 0.1 mA/cm2 the film absorbs everything");
		assertEquals(TestCells.MAH_CM2, slow.getCycles().get(0).getInventory().getAlloy(), 1e-6 * TestCells.MAH_CM2);
		// Cottrell uptake at 1 mA/cm2: the surface saturates after ~0.2-0.3 mAh/cm2
		double before = nucleation(fast).orElseThrow().getCapacity();
		assertTrue(before > 0.1 * TestCells.MAH_CM2 && before < 0.5 * TestCells.MAH_CM2, "saturated after " + before);
		assertTrue(fast.getCycles().get(0).getInventory().getPlated() > 0.1 * TestCells.MAH_CM2);
	}
}
