package org.lithos.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.model.Expectation;
import org.lithos.model.LithosFactory;

/** Measured rankings and trends, and whether predictions keep them. */
class OrderingsTest {

	private static Comparison life(String run, org.lithos.model.Comparison kind, double measured, double predicted) {
		Expectation e = LithosFactory.eINSTANCE.createExpectation();
		e.setObservable("cycle life");
		e.setComparison(kind);
		e.setValue(measured);
		e.setUnit("1");
		if (kind == org.lithos.model.Comparison.EQ) {
			e.setToleranceRelative(0.35);
		}
		return new Comparison("m24.CycleLife", e, run, predicted, Comparison.Verdict.PASS);
	}

	@Test
	void rankingsNeedValuesApartByMoreThanTheirBands() {
		var eq = org.lithos.model.Comparison.EQ;
		List<Orderings.Ordering> orderings = Orderings.of(List.of(life("Cu", eq, 26, 17), life("W", eq, 25, 32),
				life("Mg", eq, 193, 252), life("MgW", org.lithos.model.Comparison.GE, 300, 300)));
		// Cu vs W (26 vs 25) is no finding; Mg and MgW above both, MgW (>= 300) above Mg (193 +- 68)
		assertEquals(5, orderings.size(), orderings.toString());
		assertTrue(orderings.stream().allMatch(Orderings.Ordering::right), orderings.toString());
	}

	@Test
	void aPredictionInTheWrongOrderIsReported() {
		var eq = org.lithos.model.Comparison.EQ;
		List<Orderings.Ordering> orderings = Orderings.of(List.of(life("Mg", eq, 193, 20), life("Cu", eq, 26, 30)));
		assertEquals(1, orderings.size());
		assertFalse(orderings.get(0).right());
		assertTrue(orderings.get(0).describe().startsWith("cycle life: Mg > Cu"), orderings.get(0).describe());
	}

	@Test
	void upperBoundsOrderOnlyAgainstValuesClearlyAbove() {
		var eq = org.lithos.model.Comparison.EQ;
		Comparison inert = life("Cu", org.lithos.model.Comparison.LT, 0.02, 0.0);
		assertEquals(1, Orderings.of(List.of(inert, life("MgW", eq, 0.23, 0.07))).size());
		assertEquals(0, Orderings.of(List.of(inert, life("W", org.lithos.model.Comparison.LT, 0.02, 0.0))).size());
	}

	private static Comparison corrosion(String study, double measured, double predicted) {
		Expectation e = LithosFactory.eINSTANCE.createExpectation();
		e.setObservable("corrosion thickness");
		e.setComparison(org.lithos.model.Comparison.EQ);
		e.setValue(measured);
		e.setUnit("m");
		e.setToleranceRelative(0.35);
		return new Comparison(study, e, "Cu_half@t=1d", predicted, Comparison.Verdict.PASS);
	}

	@Test
	void theSameRunOrdersAcrossStudiesOfOnePaperOnly() {
		Comparison cold = corrosion("reference.m24.CorrosionRoomTemperature", 62e-9, 40e-9);
		Comparison hot = corrosion("reference.m24.CorrosionHot", 243e-9, 30e-9);
		List<Orderings.Ordering> orderings = Orderings.of(List.of(cold, hot));
		assertEquals(1, orderings.size(), orderings.toString());
		assertFalse(orderings.get(0).right(), "predicted colder thicker");
		assertEquals("corrosion thickness: Cu_half@t=1d in CorrosionHot > Cu_half@t=1d in CorrosionRoomTemperature"
				+ " (predicted ", orderings.get(0).describe().substring(0, 104), orderings.get(0).describe());
		// another paper's Cu_half is another cell
		assertTrue(Orderings.of(List.of(cold, corrosion("reference.m23.Storage", 243e-9, 30e-9))).isEmpty());
	}
}
