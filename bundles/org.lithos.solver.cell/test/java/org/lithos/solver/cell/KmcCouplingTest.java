package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.Property;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.cell.internal.MorphologySurrogate.Morphology;
import org.lithos.solver.cell.internal.Wetting;

/**
 * The wetted fraction and morphology class of a collector with DFT binding energies come from the kinetic Monte Carlo
 * surrogate (its coverage, through Cassie-Baxter on the partly covered surface): a lithiophobic surface (the Cu(111)
 * binding energy of M23) gets a lower wetted fraction, islands and a lower first-cycle efficiency than a lithiophilic
 * one (Li2Te(110)); without binding energies the contact-angle rule
 * stays, and the cell property "wetted fraction" wins over both.
 */
class KmcCouplingTest {

	/** Bare Cu whose Li | Cu binding energy is the given one. */
	private static SimulationInput cu(String id, double bindingEv, int cycles) {
		SimulationInput in = TestCells.half(id).halfCycling(10, 36000, 0.2, cycles).build();
		TestCells.binding(in, "lithos.materials.Li", TestCells.LI_LI);
		TestCells.binding(in, "lithos.materials.Cu", bindingEv);
		return in;
	}

	@Test
	void lithiophobicBindingWetsLessAndLosesMoreThanLithiophilic() throws Exception {
		// the same bare Cu collector, only the binding energy differs: the change is the coupling alone
		SimulationInput phobicIn = cu("phobic", TestCells.LI_CU, 1);
		SimulationInput philicIn = cu("philic", TestCells.LI_LI2TE, 1);
		Wetting.Outcome phobic = Wetting.of(phobicIn);
		Wetting.Outcome philic = Wetting.of(philicIn);
		assertTrue(phobic.wetFraction() < philic.wetFraction() - 0.3, phobic + " vs " + philic);
		assertTrue(philic.wetFraction() > 0.95, philic.toString());
		assertTrue(phobic.islands() && !philic.islands(), phobic + " vs " + philic);
		assertEquals(Morphology.DENSE, philic.morphology());
		double ePhobic = Checks.solveHalf(phobicIn).getSummary().getFirstCycleEfficiency();
		double ePhilic = Checks.solveHalf(philicIn).getSummary().getFirstCycleEfficiency();
		assertTrue(ePhobic < ePhilic - 0.01, ePhobic + " vs " + ePhilic);
	}

	@Test
	void li2TeCoatingWetsMoreThanBareCu() throws Exception {
		SimulationInput bare = cu("bare", TestCells.LI_CU, 1);
		SimulationInput coated = TestCells.half("coated", "Li2Te:1e-6").halfCycling(10, 36000, 0.2, 1).build();
		TestCells.binding(coated, "lithos.materials.Li", TestCells.LI_LI);
		TestCells.binding(coated, "lithos.materials.Cu", TestCells.LI_CU);
		TestCells.binding(coated, "lithos.materials.Li2Te", TestCells.LI_LI2TE);
		Wetting.Outcome a = Wetting.of(bare);
		Wetting.Outcome b = Wetting.of(coated);
		assertTrue(a.wetFraction() < b.wetFraction() - 0.3, a + " vs " + b);
		assertTrue(Checks.solveHalf(bare).getSummary().getFirstCycleEfficiency() < Checks.solveHalf(coated).getSummary()
				.getFirstCycleEfficiency());
	}

	@Test
	void withoutBindingEnergiesTheContactAngleRuleStays() throws Exception {
		SimulationInput plain = TestCells.half("plain").halfCycling(10, 36000, 0.2, 1).build();
		Wetting.Outcome w = Wetting.of(plain);
		assertNull(w.morphology());
		double theta = Calibration.defaults().value("wetting.thetaBare");
		assertEquals(0.5 * (1 + Math.cos(theta)), w.wetFraction(), 1e-12);
		// a W barrier on top of Cu has no binding energy: its class angle, not the Cu value of the surrogate
		SimulationInput w30 = TestCells.half("W", "W:30e-9").halfCycling(10, 36000, 0.2, 1).build();
		TestCells.binding(w30, "lithos.materials.Li", TestCells.LI_LI);
		TestCells.binding(w30, "lithos.materials.Cu", TestCells.LI_CU);
		assertNull(Wetting.of(w30).morphology());
	}

	@Test
	void explicitWettedFractionWins() throws Exception {
		SimulationInput in = cu("explicit", TestCells.LI_CU, 1);
		Property w = TestCells.F.createProperty();
		w.setName("wetted fraction");
		w.setValue(0.95);
		in.getCell().getProperties().add(w);
		Wetting.Outcome o = Wetting.of(in);
		assertEquals(0.95, o.wetFraction(), 1e-12);
		assertFalse(o.islands());
		 Checks.solveHalf(in);
	}

	@Test
	void theFirstPlatingCurrentSelectsTheTableColumn() throws Exception {
		// the wetting of lithiophobic Cu follows the table's coverage at the first plating current, not a constant
		MorphologyCheck slow = new MorphologyCheck(cu("slow", TestCells.LI_CU, 1), 10);
		MorphologyCheck fast = new MorphologyCheck(TestCells.half("fast").halfCycling(100, 36000, 0.2, 1).build(),
				100);
		TestCells.binding(fast.input, "lithos.materials.Li", TestCells.LI_LI);
		TestCells.binding(fast.input, "lithos.materials.Cu", TestCells.LI_CU);
		assertEquals(slow.expected(), Wetting.of(slow.input).wetFraction(), 1e-12);
		assertEquals(fast.expected(), Wetting.of(fast.input).wetFraction(), 1e-12);
	}

	private record MorphologyCheck(SimulationInput input, double current) {
		/** Cassie-Baxter on Li patches (coverage c from the table) and bare Cu at its class angle. */
		double expected() {
			var s = org.lithos.solver.cell.internal.MorphologySurrogate.shipped();
			double r = s.log10Ratio(TestCells.LI_CU * TestCells.EV, TestCells.LI_LI * TestCells.EV, TestCells.RT);
			double c = s.at(r, current).coverage();
			double theta = Calibration.defaults().value("wetting.thetaBare");
			return 0.5 * (1 + c + (1 - c) * Math.cos(theta));
		}
	}
}
