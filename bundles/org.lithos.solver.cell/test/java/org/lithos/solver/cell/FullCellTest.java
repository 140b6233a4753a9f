package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.CycleRecord;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/** Anode-free NMC811 cells: 3 formation cycles at 0.1C, then 0.33C, 2.8-4.3 V. */
class FullCellTest {

	private static SimulationResult run(String id, String... layers) throws Exception {
		return new CellSolver().solve(TestCells.full(id, layers).fullCycling(1.0, 4.3, 2.8, 3)
				.fullCycling(3.33, 4.3, 2.8, 40).build(), ProgressMonitor.NULL);
	}

	@Test
	void capacityFadesAndFirstCycleLosesLi() throws Exception {
		SimulationResult r = run("MgW_full", "W:30e-9", "Mg:140e-9");
		// all Li starts in the cathode: loading / M * F
		double initial = TestCells.MAH_CM2 / 720000.0 / 0.09728 * 96485.33212;
		Checks.assertConserved(r, initial);
		CycleRecord first = r.getCycles().get(0);
		assertTrue(first.getCoulombicEfficiency() < 0.95, "ICE " + first.getCoulombicEfficiency());
		assertTrue(first.getCoulombicEfficiency() > 0.5, "ICE " + first.getCoulombicEfficiency());
		double specific = first.getSpecificDischargeCapacity() / 3600; // mAh/g
		assertTrue(specific > 120 && specific < 230, "first discharge " + specific + " mAh/g");
		double start = r.getCycles().get(3).getDischargeCapacity();
		double end = r.getCycles().get(r.getCycles().size() - 1).getDischargeCapacity();
		assertTrue(end < 0.99 * start, "no fade: " + start + " -> " + end);
		assertTrue(r.getSummary().getCapacityRetention() < 1);
	}

	/**
	 * Electrolyte mixed into the cathode oxidises on the first charge: more charge, lower first-cycle efficiency, and
	 * its Li ends on the anode; the Li balance then includes what the electrolyte released.
	 */
	@Test
	void electrolyteInTheCathodeOxidisesOnFirstCharge() throws Exception {
		SimulationResult plain = new CellSolver().solve(TestCells.full("Cu_full").fullCycling(1.0, 4.3, 2.8, 3)
				.build(), ProgressMonitor.NULL);
		TestCells mixed = TestCells.full("Cu_mix").mixElectrolyte(7, 3).fullCycling(1.0, 4.3, 2.8, 3);
		SimulationResult composite = new CellSolver().solve(mixed.build(), ProgressMonitor.NULL);
		double cathodeLi = TestCells.MAH_CM2 / 720000.0 / 0.09728 * 96485.33212;
		// SE per area: loading x 3/7; released Li: that x the calibrated specific charge
		double released = TestCells.MAH_CM2 / 720000.0 * 3 / 7 * Calibration.defaults().value("cathode.seOxidation");
		Checks.assertConserved(plain, cathodeLi);
		Checks.assertConserved(composite, cathodeLi + released);
		CycleRecord p1 = plain.getCycles().get(0);
		CycleRecord c1 = composite.getCycles().get(0);
		assertTrue(c1.getChargeCapacity() > p1.getChargeCapacity() + 0.5 * released,
				c1.getChargeCapacity() + " vs " + p1.getChargeCapacity() + " + " + released);
		// the released Li is charged but stays on the anode: the efficiency is diluted by about released / charge
		double dilution = p1.getCoulombicEfficiency() * released / c1.getChargeCapacity();
		assertTrue(c1.getCoulombicEfficiency() < p1.getCoulombicEfficiency() - 0.5 * dilution,
				c1.getCoulombicEfficiency() + " vs " + p1.getCoulombicEfficiency() + " - " + dilution);
		// used up within the first charge, so the later cycles charge like the plain cell
		assertEquals(0, c1.getInventory().getElectrolyte(), 1e-9 * released);
		assertEquals(0, plain.getCycles().get(0).getInventory().getElectrolyte(), 0);
	}

	@Test
	void lcoCycles() throws Exception {
		double loading = 0.15; // 15 mg/cm2
		SimulationResult r = new CellSolver().solve(TestCells.full("LCO_Cu").lco(loading)
				.fullCycling(0.25 * loading * 504000.0 / 3600, 4.25, 3.0, 5).build(), ProgressMonitor.NULL);
		Checks.assertConserved(r, loading / 0.09787 * 96485.33212);
		CycleRecord first = r.getCycles().get(0);
		double charge = first.getSpecificChargeCapacity() / 3600;
		double discharge = first.getSpecificDischargeCapacity() / 3600;
		// LiyCoO2 cycles about half its Li between 4.25 and 3.0 V: ~140 mAh/g of 274
		assertTrue(charge > 110 && charge < 180, "charge " + charge);
		assertTrue(discharge < charge && discharge > 90, "discharge " + discharge);
	}

	@Test
	void bareCuFadesFasterThanMgW() throws Exception {
		SimulationResult cu = run("Cu_full");
		SimulationResult mgw = run("MgW_full", "W:30e-9", "Mg:140e-9");
		double initial = TestCells.MAH_CM2 / 720000.0 / 0.09728 * 96485.33212;
		Checks.assertConserved(cu, initial);
		CycleRecord cu10 = cu.getCycles().get(9);
		CycleRecord mgw10 = mgw.getCycles().get(9);
		assertTrue(cu10.getDischargeCapacity() < mgw10.getDischargeCapacity(),
				cu10.getDischargeCapacity() + " vs " + mgw10.getDischargeCapacity());
	}

	/**
	 * Without a buffer coating the oxide | sulfide interface is slower: the charge overpotential grows by the
	 * difference of the two Butler-Volmer terms, exchange current j0 against j0 x kinetics.uncoatedCathodeFactor.
	 */
	@Test
	void anUncoatedCathodeChargesWithMoreOverpotential() throws Exception {
		double j = 3.33; // 0.33C of 1 mAh/cm2
		// a factor set here, not the fitted one, so that the test does not depend on where a refit puts it
		Calibration k = Calibration.defaults().with("kinetics.uncoatedCathodeFactor", 0.2);
		SimulationResult bare = new CellSolver(k).solve(TestCells.full("bare").temperature(298.15)
				.fullCycling(j, 4.3, 2.8, 1).build(), ProgressMonitor.NULL);
		SimulationResult coated = new CellSolver(k).solve(TestCells.full("coated").coated().temperature(298.15)
				.fullCycling(j, 4.3, 2.8, 1).build(), ProgressMonitor.NULL);
		double cathodeLi = TestCells.MAH_CM2 / 720000.0 / 0.09728 * 96485.33212;
		Checks.assertConserved(bare, cathodeLi);
		Checks.assertConserved(coated, cathodeLi);
		double j0 = k.value("kinetics.j0Cathode");
		double expected = Checks.butlerVolmer(j, j0 * k.value("kinetics.uncoatedCathodeFactor")) - Checks.butlerVolmer(j, j0);
		double measured = bare.getCycles().get(0).getPlatingOverpotential()
				- coated.getCycles().get(0).getPlatingOverpotential();
		assertTrue(expected > 0.5e-3, "the factor makes a difference: " + expected);
		assertEquals(expected, measured, 0.1 * expected);
	}

}
