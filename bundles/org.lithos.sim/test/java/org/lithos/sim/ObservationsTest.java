package org.lithos.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.CellSpec;
import org.lithos.model.CycleRecord;
import org.lithos.model.Expectation;
import org.lithos.model.LithosFactory;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.Summary;
import org.lithos.units.Dimension;
import org.lithos.units.Quantity;

/** Predictions read from results, and tolerance bands as the fidelity targets define them. */
class ObservationsTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	static Expectation expect(String observable, org.lithos.model.Comparison comparison, double value, String unit,
			double relative, double absolute) {
		Expectation e = F.createExpectation();
		e.setObservable(observable);
		e.setComparison(comparison);
		e.setValue(value);
		e.setUnit(unit);
		e.setToleranceRelative(relative);
		e.setToleranceAbsolute(absolute);
		return e;
	}

	/** @return cycle {@code index}: 1 mAh/cm2 plated, the given Coulombic efficiency of it stripped */
	static CycleRecord cycle(int index, double efficiency) {
		CycleRecord cycle = F.createCycleRecord();
		cycle.setIndex(index);
		cycle.setChargeCapacity(36_000);
		cycle.setDischargeCapacity(36_000 * efficiency);
		cycle.setCoulombicEfficiency(efficiency);
		return cycle;
	}

	private static SimulationResult result() {
		SimulationResult result = F.createSimulationResult();
		for (int i = 1; i <= 3; i++) {
			CycleRecord cycle = cycle(i, 1 - 0.1 * i);
			cycle.setNucleationOverpotential(i == 1 ? 0.055 : Double.NaN);
			cycle.setEndTime(7200.0 * i);
			result.getCycles().add(cycle);
		}
		Summary summary = F.createSummary();
		summary.setFirstCycleEfficiency(0.9);
		summary.setCycleLife(3);
		result.setSummary(summary);
		return result;
	}

	/** @return a run input with a cell of 2 cm2 and nothing else */
	static SimulationInput input() {
		SimulationInput input = F.createSimulationInput();
		CellSpec cell = F.createCellSpec();
		cell.setArea(2e-4);
		input.setCell(cell);
		return input;
	}

	@Test
	void readsPredictionsInTheExpectationsUnit() {
		String areal = Quantity.siSymbol(Dimension.AREAL_CAPACITY);
		String charge = Quantity.siSymbol(Dimension.CHARGE);
		var eq = org.lithos.model.Comparison.EQ;
		assertEquals(0.9, Observations.predicted(expect("first cycle efficiency", eq, 0.9, "1", Double.NaN, 0.03),
				input(), result()).orElseThrow(), 1e-12);
		assertEquals(0.055, Observations.predicted(expect("nucleation overpotential", eq, 0.05, "V", 0.3, Double.NaN),
				input(), result()).orElseThrow(), 1e-12);
		Expectation second = expect("discharge capacity", eq, 1, charge, 0.15, Double.NaN);
		second.setCycle(2);
		assertEquals(36_000 * 0.8 * 2e-4, Observations.predicted(second, input(), result()).orElseThrow(), 1e-9,
				"per cell = per area times the area");
		assertEquals(3, Observations.predicted(expect("cycle life", eq, 3, "1", 0.35, Double.NaN), input(), result())
				.orElseThrow(), 0);
		assertEquals(3 * 7200.0, Observations.predicted(expect("cycle life", eq, 3, "s", 0.35, Double.NaN), input(),
				result()).orElseThrow(), 0, "cycle life in hours is the time of the last completed cycle");
		assertFalse(Observations.predicted(expect("sei thickness", eq, 1e-7, "m", 0.3, Double.NaN), input(), result())
				.isPresent(), "not predicted yet: not addressed rather than failed");
		assertEquals(36_000 * 0.9, Observations.predicted(expect("reversible alloy capacity", eq, 0.2 * 36_000, areal,
				0.15, Double.NaN), input(), result()).orElseThrow(), 1e-9, "the charge returned in the (activation) cycle");
		Expectation noShort = expect("capacity to short", org.lithos.model.Comparison.GT, 2.5 * 36_000, areal, Double.NaN,
				Double.NaN);
		double bound = Observations.predicted(noShort, input(), result()).orElseThrow();
		assertEquals(3 * 36_000, bound, 1e-9, "no short: all that was plated is a lower bound");
		assertTrue(Observations.satisfied(noShort, bound), "3 mAh/cm2 without a short supports > 2.5");
		assertFalse(Observations.satisfied(expect("capacity to short", eq, 36_000, areal, 0.35, Double.NaN), bound),
				"a short after 1 mAh/cm2 is not what a model without a short predicts");
	}

	@Test
	void bandsFollowTheFidelityRules() {
		var eq = org.lithos.model.Comparison.EQ;
		Expectation overpotential = expect("nucleation overpotential", eq, 0.055, "V", 0.30, Double.NaN);
		assertTrue(Observations.satisfied(overpotential, 0.0715 - 1e-9));
		assertFalse(Observations.satisfied(overpotential, 0.0716));
		Expectation efficiency = expect("first cycle efficiency", eq, 0.802, "1", Double.NaN, 0.03);
		assertTrue(Observations.satisfied(efficiency, 0.831));
		assertFalse(Observations.satisfied(efficiency, 0.833));
		Expectation life = expect("cycle life", org.lithos.model.Comparison.GT, 300, "1", Double.NaN, Double.NaN);
		assertTrue(Observations.satisfied(life, 301));
		assertFalse(Observations.satisfied(life, 300));
	}

	@Test
	void resistancesComeFromTheArealSeriesPerCycle() {
		SimulationResult result = result();
		var cycle = F.createSeries();
		cycle.setName("cycle");
		cycle.setValues(new double[] { 1, 1, 2, 2 });
		var bulk = F.createSeries();
		bulk.setName("bulk resistance");
		bulk.setValues(new double[] { 0.010, 0.011, 0.012, 0.013 });
		result.getSeries().add(cycle);
		result.getSeries().add(bulk);
		var eq = org.lithos.model.Comparison.EQ;
		Expectation before = expect("bulk resistance", eq, 50, "ohm", 0.3, Double.NaN);
		before.setCycle(0);
		assertEquals(0.010 / 2e-4, Observations.predicted(before, input(), result).orElseThrow(), 1e-9, "ohm m2 / m2");
		Expectation second = expect("bulk resistance", eq, 50, "ohm", 0.3, Double.NaN);
		second.setCycle(2);
		assertEquals(0.013 / 2e-4, Observations.predicted(second, input(), result).orElseThrow(), 1e-9);
	}

	@Test
	void theDepositsPorosityIsItsLastSnapshotsFromTheMorphologyResult() {
		// as lithos.kmc writes it: porosity against deposited charge, the deposit complete at the last point
		SimulationResult kmc = F.createSimulationResult();
		kmc.getSeries().add(org.lithos.model.names.SeriesName.CHARGE.create(new double[] { 0, 10, 20, 36 }));
		kmc.getSeries().add(org.lithos.model.names.SeriesName.POROSITY.create(new double[] { 0, 0.05, 0.12, 0.18 }));
		var eq = org.lithos.model.Comparison.EQ;
		Expectation porosity = expect("porosity", eq, 0.2, "1", Double.NaN, 0.05);
		assertEquals(0.18, Observations.predicted(porosity, input(), kmc).orElseThrow(), 0);
		assertTrue(Observations.satisfied(porosity, 0.18), "0.18 within 0.20 +- 0.05");
		assertFalse(Observations.predicted(porosity, input(), result()).isPresent(),
				"a cycling result has no deposit: not addressed rather than failed");
	}

	@Test
	void theDepositsOtherFiguresAreTheirLastSnapshots() {
		SimulationResult kmc = F.createSimulationResult();
		kmc.getSeries().add(org.lithos.model.names.SeriesName.COVERAGE.create(new double[] { 0, 0.4, 0.9 }));
		kmc.getSeries().add(org.lithos.model.names.SeriesName.TIP_HEIGHT.create(new double[] { 0, 20e-9, 60e-9 }));
		kmc.getSeries().add(org.lithos.model.names.SeriesName.ROUGHNESS.create(new double[] { 0, 3e-9, 5e-9 }));
		kmc.getSeries().add(org.lithos.model.names.SeriesName.PARTICLE_SIZE.create(new double[] { 0, 8e-9, 40e-9 }));
		var eq = org.lithos.model.Comparison.EQ;
		assertEquals(0.9, Observations.predicted(expect("substrate coverage", eq, 1, "1", Double.NaN, 0.05), input(), kmc)
				.orElseThrow(), 0, "the collector's covered share");
		assertEquals(60e-9, Observations.predicted(expect("tip height", eq, 5e-8, "m", 0.3, Double.NaN), input(), kmc)
				.orElseThrow(), 0);
		assertEquals(5e-9, Observations.predicted(expect("roughness", eq, 5e-9, "m", 0.3, Double.NaN), input(), kmc)
				.orElseThrow(), 0);
		assertEquals(40e-9, Observations.predicted(expect("particle size", eq, 4e-8, "m", 0.3, Double.NaN), input(), kmc)
				.orElseThrow(), 0);
		assertFalse(Observations.predicted(expect("tip height", eq, 5e-8, "m", 0.3, Double.NaN), input(), result())
				.isPresent(), "no deposit in a cycling result");
	}
}
