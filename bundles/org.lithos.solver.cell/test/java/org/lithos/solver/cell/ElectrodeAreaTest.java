package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.EventKind;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/**
 * Two electrode areas in a half cell: the protocol's current densities and capacities refer to the cell area, Li
 * plates within the footprint of the smaller electrode, a coating counts over the whole collector, and every
 * result refers back to the cell area.
 */
class ElectrodeAreaTest {

	private static final double DISK_8MM = Math.PI * 0.004 * 0.004;
	private static final double DISK_12MM = Math.PI * 0.006 * 0.006;

	private static long areaWarnings(SimulationResult r, String what) {
		return r.getEvents().stream()
				.filter(e -> e.getKind() == EventKind.WARNING && e.getMessage().startsWith(what + " diameter")).count();
	}

	/**
	 * One 1 mAh/cm2 cycle at 0.25 mA/cm2 (of the cell area: below any filament's onset, so the run completes), Li
	 * conservation asserted against the given initial Li.
	 */
	private static SimulationResult oneCycle(TestCells cell, double initialLi) throws Exception {
		SimulationResult r = new CellSolver().solve(
				cell.halfCycling(0.25 * TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 1).build(), ProgressMonitor.NULL);
		assertEquals(org.lithos.model.RunStatus.COMPLETED, r.getStatus(), r.getMessage());
		Checks.assertConserved(r, initialLi);
		return r;
	}

	private static double thickest(SimulationResult r) {
		return java.util.Arrays.stream(Checks.series(r, "li thickness")).max().orElseThrow();
	}

	@Test
	void currentReferredToTheSmallerCounterPlatesWithinItsFootprint() throws Exception {
		// M24's build: an 8 mm Li disk, which the current densities refer to, on a 12 mm pellet and collector
		SimulationResult twoAreas = oneCycle(TestCells.half("Cu_8mm_on_12mm").area(DISK_8MM).counterDiameter(8e-3)
				.collectorDiameter(12e-3), Checks.liFoil100um());
		SimulationResult oneArea = oneCycle(TestCells.half("Cu_8mm").area(DISK_8MM), Checks.liFoil100um());
		assertEquals(thickest(oneArea), thickest(twoAreas), 1e-9 * thickest(oneArea),
				"the same current through the same footprint plates the same Li");
		assertEquals(oneArea.getCycles().get(0).getChargeCapacity(), twoAreas.getCycles().get(0).getChargeCapacity(),
				1e-9 * TestCells.MAH_CM2, "capacities refer to the cell area");
		assertEquals(0, areaWarnings(twoAreas, "collector") + areaWarnings(twoAreas, "counter"), "modelled, not warned");
	}

	@Test
	void counterSmallerThanTheCellAreaCarriesTheLargerCurrentDensity() throws Exception {
		// current densities referred to a 12 mm cell, the Li counter only 8 mm: (12/8)^2 = 2.25 times the charge per
		// area of its footprint, where the Li plates
		double ratio = DISK_12MM / DISK_8MM;
		SimulationResult small = oneCycle(TestCells.half("Cu_8mm_counter").counterDiameter(8e-3),
				Checks.liFoil100um() / ratio);
		SimulationResult even = oneCycle(TestCells.half("Cu_12mm"), Checks.liFoil100um());
		assertEquals(ratio, thickest(small) / thickest(even), 0.05 * ratio, "thickness scales with the area ratio");
		assertEquals(TestCells.MAH_CM2, small.getCycles().get(0).getChargeCapacity(), 1e-9 * TestCells.MAH_CM2,
				"the plated charge per cell area is the protocol's");
		double bulkSmall = Checks.series(small, "bulk resistance")[0];
		double bulkEven = Checks.series(even, "bulk resistance")[0];
		// the current spreads beyond the 8 mm counter's rim into the 12 mm pellet: the path is as wide as a disk
		// (2 ln 2 / pi) x 0.713 mm larger in radius (the edge correction of an electrode on a slab)
		double widened = 4e-3 + 2 * Math.log(2) / Math.PI * 0.713e-3;
		double spreading = 4e-3 * 4e-3 / (widened * widened);
		assertEquals(ratio * spreading, bulkSmall / bulkEven, 1e-9 * ratio,
				"the bulk path is the footprint widened by the spreading at its rim");
		assertEquals(0.86, spreading, 0.01);
	}

	@Test
	void coatingOverTheWholeCollectorStoresLiPerCellAreaInTheAreaRatio() throws Exception {
		double ratio = DISK_12MM / DISK_8MM;
		SimulationResult twoAreas = alloyCycle(TestCells.half("Mg_8mm_on_12mm", "Mg:140e-9").area(DISK_8MM)
				.counterDiameter(8e-3).collectorDiameter(12e-3));
		SimulationResult oneArea = alloyCycle(TestCells.half("Mg_8mm", "Mg:140e-9").area(DISK_8MM));
		assertEquals(ratio, twoAreas.getCycles().get(0).getDischargeCapacity()
				/ oneArea.getCycles().get(0).getDischargeCapacity(), 1e-6 * ratio);
	}

	/** Plates into the alloy at 0.05 mA/cm2 down to 0 V and strips it to 1 V, Li conservation asserted. */
	private static SimulationResult alloyCycle(TestCells cell) throws Exception {
		SimulationResult r = new CellSolver().solve(cell.plateUntil(0.05 * TestCells.MA_CM2, 0.0)
				.stripUntil(0.05 * TestCells.MA_CM2, 1.0).build(), ProgressMonitor.NULL);
		Checks.assertConserved(r, Checks.liFoil100um());
		assertTrue(r.getCycles().get(0).getDischargeCapacity() > 0, "the alloy returns Li");
		return r;
	}

	@Test
	void fullCellCollectorOfAnotherSizeIsReported() throws Exception {
		SimulationResult r = new CellSolver().solve(TestCells.full("NMC_Cu_10mm").collectorDiameter(10e-3)
				.fullCycling(1.0, 4.3, 2.8, 1).build(), ProgressMonitor.NULL);
		Checks.assertConserved(r, TestCells.MAH_CM2 / 720000.0 / 0.09728 * 96485.33212);
		assertEquals(1, areaWarnings(r, "collector"));
	}

	@Test
	void counterThatHoldsNoLiIsAnErrorNotLi() {
		TestCells cell = TestCells.half("Cu_counter");
		cell.build().getCell().getCounter().setMaterial(TestCells.find(cell.build(), "lithos.materials.Cu"));
		org.lithos.solver.api.SolverException e = org.junit.jupiter.api.Assertions.assertThrows(
				org.lithos.solver.api.SolverException.class, () -> new CellSolver()
						.solve(cell.halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 1).build(), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("neither Li nor a Li alloy"), e.getMessage());
	}
}
