package org.lithos.solver.cell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.solver.cell.Calibration;
import org.lithos.units.Constants;

/**
 * The thickness spread of plated Li: it grows in proportion to the Li deposited (more for island deposits), shrinks
 * in proportion on stripping, and focuses the current on the tallest protrusions, so a filament can start after
 * enough continuous plating at a current a flat deposit carries safely.
 */
class RoughnessTest {

	private static final double F = Constants.FARADAY;
	private static final double VM = 1.3e-5;
	/** 1 mAh/cm2 in A s/m2. */
	private static final double MAH_CM2 = 36000.0;
	private static final double J = 10; // 1 mA/cm2

	private static CellParameters params(boolean islands, double criticalCurrent) {
		CellParameters p = new CellParameters(new Cal(Calibration.defaults()));
		p.liMolarVolume = VM;
		p.islands = islands;
		p.wetFraction = 1;
		p.separatorThickness = 5e-4;
		p.pressure = 1e7;
		p.j0Li = 100;
		p.j0Counter = 100;
		// the critical current at the step's pressure is the one asked for
		p.criticalCurrent = 1;
		p.criticalCurrent = criticalCurrent / Failure.criticalCurrent(p, p.pressure);
		p.temperature = 298.15;
		p.counterLi = 1e-3 / VM * F; // 1 mm of Li: never the limit here
		return p;
	}

	private static CellState fresh(CellParameters p) {
		CellState s = new CellState();
		s.counter = p.counterLi;
		s.initialTotal = s.total();
		return s;
	}

	private static void assertConserved(CellState s) {
		assertEquals(s.initialTotal, s.total(), 1e-9 * s.initialTotal, "Li inventory");
	}

	@Test
	void spreadGrowsWithTheDepositAndFasterForIslands() {
		double q = 3 * MAH_CM2;
		double thickness = q / F * VM;
		for (boolean islands : new boolean[] { false, true }) {
			CellParameters p = params(islands, 1e12);
			CellState s = fresh(p);
			plate(p, s, q, J);
			double ratio = islands ? p.k.ROUGHENING_ISLANDS : p.k.ROUGHENING_DENSE;
			double deposited = s.plated / F * VM;
			assertTrue(deposited > 0.95 * thickness && deposited <= thickness, "deposit " + deposited);
			assertEquals(ratio * deposited, s.roughness, 0.05 * ratio * thickness, "spread, islands " + islands);
			double aspect = s.roughness / p.k.ROUGHNESS_LENGTH;
			assertEquals(1 + aspect * aspect, Failure.tipFocusing(p, s), 1e-12);
			assertConserved(s);
		}
	}

	@Test
	void strippingShrinksTheSpreadWithTheDepositAndAFullStripClearsIt() {
		CellParameters p = params(false, 1e12);
		CellState s = fresh(p);
		LiTransfer t = new LiTransfer(p, s);
		t.beginStep(p.pressure);
		t.deposit(2 * MAH_CM2, J, p.temperature);
		double before = s.roughness;
		double metal = s.strippableMetal();
		t.dissolve(0.5 * metal, J, p.temperature);
		double left = s.strippableMetal() / metal;
		assertTrue(left < 0.5 && left > 0.4, "about half the metal is left: " + left);
		assertEquals(before * left, s.roughness, 0.02 * before, "spread in proportion to the metal left");
		while (t.dissolve(MAH_CM2, J, p.temperature) > 0 && s.strippableMetal() > 0) {
			// strip everything
		}
		assertEquals(0, s.roughness, 1e-15);
		assertConserved(s);
	}

	@Test
	void aRougheningDepositStartsAFilamentBelowTheFlatCriticalCurrent() {
		// critical current twice the applied one: a flat deposit never starts a filament, a rough one does once the
		// tips carry twice the mean current, i.e. once the spread reaches one roughness length
		CellParameters p = params(true, 2 * J);
		CellState s = fresh(p);
		LiTransfer t = new LiTransfer(p, s);
		t.beginStep(p.pressure);
		double dq = 0.01 * MAH_CM2;
		double onset = Double.NaN;
		for (int i = 0; i < 100_000 && s.filamentLength == 0; i++) {
			t.deposit(dq, J, p.temperature);
			onset = s.plated;
		}
		assertTrue(s.filamentLength > 0, "a filament started");
		double spread = p.k.ROUGHENING_ISLANDS * onset / F * VM;
		assertEquals(p.k.ROUGHNESS_LENGTH, spread, 0.05 * p.k.ROUGHNESS_LENGTH, "onset where tips carry 2 j");
		assertConserved(s);
	}

	@Test
	void aThinDepositAtHighCurrentStaysSafeWhereAThickOneAtModerateCurrentDoesNot() {
		// The tip current grows as the square of the spread: 90 % of the critical current on a deposit whose spread is
		// 0.3 lengths stays below it (1.09 x 0.9); 40 % of it on a spread of 1.3 lengths crosses it (2.69 x 0.4). A
		// focusing linear in the spread would start a filament in the first case (1.3 x 0.9) as well.
		double length = Calibration.defaults().value("roughness.length");
		double ratio = Calibration.defaults().value("roughness.dense");
		double thin = 0.3 * length / ratio / VM * F;
		double thick = 1.3 * length / ratio / VM * F;

		CellParameters fast = params(false, J / 0.9);
		CellState a = fresh(fast);
		plate(fast, a, thin, J);
		assertEquals(0, a.filamentLength, "no filament from the thin deposit at 90 % of the critical current");
		assertConserved(a);

		CellParameters slow = params(false, J / 0.4);
		CellState b = fresh(slow);
		plate(slow, b, thick, J);
		assertTrue(b.filamentLength > 0, "a filament from the thick deposit at 40 % of the critical current");
		assertConserved(b);
	}

	/** Plates the charge in 100 equal increments at the cell's pressure and temperature. */
	private static void plate(CellParameters p, CellState s, double charge, double current) {
		LiTransfer t = new LiTransfer(p, s);
		t.beginStep(p.pressure);
		for (int i = 0; i < 100; i++) {
			t.deposit(charge / 100, current, p.temperature);
		}
	}
}
