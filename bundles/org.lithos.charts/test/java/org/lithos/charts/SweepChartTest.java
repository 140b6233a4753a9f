package org.lithos.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.model.CellSpec;
import org.lithos.model.Expectation;
import org.lithos.model.LithosFactory;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.SweepValue;
import org.lithos.charts.fixtures.Fixtures;

class SweepChartTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	private final List<SimulationInput> runs = new ArrayList<>();
	private final List<SimulationResult> results = new ArrayList<>();

	@Test
	void oneFigurePerRunAgainstTheSweptValueInTheUnitItWasWrittenIn() {
		// written in mA/cm2, stored in A/m2; out of order on purpose
		run("Cu_half", 10, "1 mA/cm2", 0.90);
		run("Cu_half", 5, "0.5 mA/cm2", 0.95);
		run("MgW_half", 5, "0.5 mA/cm2", 0.97);
		results.add(result("orphan", 0.5));
		ChartModel chart = ChartModels.sweep("j", RunScalar.FIRST_CYCLE_EFFICIENCY, runs, results);
		assertEquals("j", chart.xAxis().label());
		assertEquals("mA/cm2", chart.xAxis().unit());
		assertEquals("%", chart.yAxis().unit());
		assertEquals("First-cycle efficiency vs j", chart.title());
		assertEquals("first-cycle-efficiency-vs-j", chart.id());
		assertEquals(2, chart.series().size(), "one series per cell");
		assertArrayEquals(new double[] { 0.5, 1 }, chart.series("Cu_half").x(), 1e-12);
		assertArrayEquals(new double[] { 95, 90 }, chart.series("Cu_half").y(), 1e-9);
		assertArrayEquals(new double[] { 97 }, chart.series("MgW_half").y(), 1e-9);
	}

	@Test
	void expectationsAtASweepPointArePointsThere() {
		run("MgW_half", 10, "1 mA/cm2", 0.72);
		Expectation at = Fixtures.expect("first cycle efficiency", 0.72, "", "72 %");
		at.setSweepVariable("j");
		at.setSweepValue(10);
		Expectation elsewhere = Fixtures.expect("first cycle efficiency", 0.72, "", "72 %");
		elsewhere.setSweepVariable("q");
		Expectation notThisFigure = Fixtures.expect("cycle life", 30, "", "30 cycles");
		ChartModel chart = ChartModels.sweep("j", RunScalar.FIRST_CYCLE_EFFICIENCY, runs, results,
				List.of(at, elsewhere, notThisFigure));
		assertEquals(1, chart.markers().size());
		assertEquals(1, chart.markers().get(0).at(), 1e-12, "10 A/m2 is 1 mA/cm2");
		assertEquals(72, chart.markers().get(0).value(), 1e-9);
	}

	private void run(String cell, double si, String display, double firstCycleEfficiency) {
		SimulationInput input = F.createSimulationInput();
		input.setId(cell + "@j=" + display);
		CellSpec spec = F.createCellSpec();
		spec.setName("lithos.examples." + cell);
		input.setCell(spec);
		SweepValue value = F.createSweepValue();
		value.setName("j");
		value.setValue(si);
		value.setUnit("A/m2");
		value.setDisplay(display);
		input.getSweep().add(value);
		runs.add(input);
		results.add(result(input.getId(), firstCycleEfficiency));
	}

	private static SimulationResult result(String id, double firstCycleEfficiency) {
		SimulationResult result = Fixtures.threeCycles();
		result.setInputId(id);
		result.getSummary().setFirstCycleEfficiency(firstCycleEfficiency);
		return result;
	}
}
