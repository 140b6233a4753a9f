package org.lithos.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.model.LithosFactory;
import org.lithos.model.Series;
import org.lithos.model.SimulationResult;
import org.lithos.charts.fixtures.Fixtures;

class MorphologyChartsTest {

	private static final double EPS = 1e-9;

	private static SimulationResult run(double heightScale) {
		SimulationResult result = LithosFactory.eINSTANCE.createSimulationResult();
		result.setInputId("Li2Te_Cu@j=1mA/cm2");
		add(result, "charge", 0, 180, 360, 1800);
		add(result, "coverage", 0, 0.2, Double.NaN, 0.9);
		add(result, "mean height", 0, 1e-9 * heightScale, 2e-9 * heightScale, 10e-9 * heightScale);
		add(result, "tip height", 0, 4e-9 * heightScale, 8e-9 * heightScale, 40e-9 * heightScale);
		add(result, "roughness", 0, 0.5e-9, 1e-9, 3e-9);
		add(result, "porosity", 0, 0.25, 0.125, 0.01);
		return result;
	}

	private static void add(SimulationResult result, String name, double... values) {
		Series series = LithosFactory.eINSTANCE.createSeries();
		series.setName(name);
		series.setValues(values);
		result.getSeries().add(series);
	}

	@Test
	void coverageInPercentAgainstMilliampHoursPerSquareCentimetreWithoutNaN() {
		ChartModel chart = ChartModels.coverageVsCharge(run(1));
		assertEquals(ChartModels.COVERAGE_VS_CHARGE, chart.id());
		assertEquals("Deposited charge (mAh/cm2)", chart.xAxis().title());
		assertEquals("%", chart.yAxis().unit());
		assertArrayEquals(new double[] { 0, 0.005, 0.05 }, chart.series("Coverage").x(), EPS);
		assertArrayEquals(new double[] { 0, 20, 90 }, chart.series("Coverage").y(), EPS);
		assertEquals("Li2Te_Cu@j=1mA/cm2", chart.subtitle());
	}

	@Test
	void porosityInPercentAgainstCharge() {
		ChartModel chart = ChartModels.porosityVsCharge(run(1));
		assertEquals(ChartModels.POROSITY_VS_CHARGE, chart.id());
		assertEquals("Deposit porosity", chart.title());
		assertEquals("%", chart.yAxis().unit());
		assertArrayEquals(new double[] { 0, 0.005, 0.01, 0.05 }, chart.series("Porosity").x(), EPS);
		assertArrayEquals(new double[] { 0, 25, 12.5, 1 }, chart.series("Porosity").y(), EPS);
		assertTrue(ChartModels.coverageVsCharge(run(1)).title().startsWith("Collector contact"),
				"coverage is the collector contact fraction");
	}

	@Test
	void heightsInNanometresOrMicrometres() {
		ChartModel nm = ChartModels.heightVsCharge(run(1));
		assertEquals("nm", nm.yAxis().unit());
		assertArrayEquals(new double[] { 0, 1, 2, 10 }, nm.series("Mean height").y(), EPS);
		assertArrayEquals(new double[] { 0, 4, 8, 40 }, nm.series("Tip height").y(), EPS);
		ChartModel um = ChartModels.heightVsCharge(run(100));
		assertEquals("µm", um.yAxis().unit());
		assertArrayEquals(new double[] { 0, 0.4, 0.8, 4 }, um.series("Tip height").y(), EPS);
		ChartModel roughness = ChartModels.roughnessVsCharge(run(1));
		assertEquals("nm", roughness.yAxis().unit());
		assertArrayEquals(new double[] { 0, 0.5, 1, 3 }, roughness.series("Roughness").y(), EPS);
	}

	@Test
	void morphologyChartsOnlyWhereThereIsData() {
		List<ChartModel> charts = ChartModels.morphology(run(1));
		assertEquals(List.of("coverage-vs-charge", "porosity-vs-charge", "height-vs-charge", "roughness-vs-charge"),
				charts.stream().map(ChartModel::id).toList());
		assertTrue(ChartModels.morphology(Fixtures.threeCycles()).isEmpty(), "a cycling run has no morphology");
		SimulationResult partial = LithosFactory.eINSTANCE.createSimulationResult();
		add(partial, "charge", 0, 36_000);
		add(partial, "tip height", 0, 2e-9);
		ChartModel height = ChartModels.heightVsCharge(partial);
		assertEquals(1, height.series().size(), "only the tip height column is there");
		assertEquals(List.of("height-vs-charge"), ChartModels.morphology(partial).stream().map(ChartModel::id)
				.toList());
	}
}
