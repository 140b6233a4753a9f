package org.lithos.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.model.LithosFactory;
import org.lithos.model.SimulationResult;
import org.lithos.charts.fixtures.Fixtures;

class ChartModelsTest {

	private static final double EPS = 1e-9;
	private final SimulationResult result = Fixtures.threeCycles();

	@Test
	void capacityIsInMilliampHoursPerSquareCentimetre() {
		ChartModel chart = ChartModels.capacityVsCycle(result);
		assertEquals("mAh/cm2", chart.yAxis().unit());
		assertEquals("Areal capacity (mAh/cm2)", chart.yAxis().title());
		assertTrue(chart.xAxis().integer());
		assertArrayEquals(new double[] { 1, 2, 3 }, chart.series("Charge").x(), EPS);
		assertArrayEquals(new double[] { 1, 1, 1 }, chart.series("Charge").y(), EPS);
		assertArrayEquals(new double[] { 0.95, 0.99, 0.855 }, chart.series("Discharge").y(), EPS);
		assertEquals("Cu_half@j=1mA/cm2", chart.subtitle());
	}

	@Test
	void efficiencyIsInPercent() {
		ChartModel chart = ChartModels.coulombicEfficiencyVsCycle(result);
		assertEquals("%", chart.yAxis().unit());
		assertEquals(1, chart.series().size());
		assertArrayEquals(new double[] { 95, 99, 85.5 }, chart.series().get(0).y(), 1e-9);
		assertEquals(Channel.EFFICIENCY, chart.series().get(0).channel());
	}

	@Test
	void retentionIsRelativeToTheReferenceCycle() {
		assertArrayEquals(new double[] { 100, 99 / 0.95, 90 },
				ChartModels.retentionVsCycle(result).series().get(0).y(), 1e-9);
		assertArrayEquals(new double[] { 0.95 / 0.99 * 100, 100, 0.855 / 0.99 * 100 },
				ChartModels.retentionVsCycle(result, 2).series().get(0).y(), 1e-9);
		assertTrue(ChartModels.retentionVsCycle(result, 7).isEmpty(), "no reference cycle 7");
	}

	@Test
	void overpotentialsAreInMillivoltsAndNucleationOnlyWhereItHappened() {
		ChartModel chart = ChartModels.overpotentialVsCycle(result);
		assertEquals("mV", chart.yAxis().unit());
		assertArrayEquals(new double[] { 31, 32, 33 }, chart.series("Plating").y(), 1e-9);
		assertArrayEquals(new double[] { 25, 25, 25 }, chart.series("Stripping").y(), 1e-9);
		assertArrayEquals(new double[] { 1 }, chart.series("Nucleation").x(), EPS);
		assertArrayEquals(new double[] { 55 }, chart.series("Nucleation").y(), 1e-9);
	}

	@Test
	void inventoryStacksToTheTotalAndLeavesOutEmptyParts() {
		ChartModel chart = ChartModels.liInventoryVsCycle(result);
		assertEquals(ChartKind.STACKED_AREA, chart.kind());
		assertEquals("mAh/cm2", chart.yAxis().unit());
		List<String> names = chart.series().stream().map(DataSeries::name).toList();
		// issue 14: a half cell's counter reservoir dwarfs every loss, so it is left out and the subtitle says so
		assertEquals(List.of("Plated Li", "Dead Li", "SEI", "Alloy"), names,
				"conversion, cathode (zero), cracks (NaN) and the half cell's counter electrode are left out");
		assertTrue(chart.subtitle().contains("counter electrode (") && chart.subtitle().endsWith("not shown"),
				chart.subtitle());
		assertTrue(chart.subtitle().contains("(8.65 mAh/cm2)"), "cycle 1's counter Li: " + chart.subtitle());
		double[] total = { 8.65, 8.5, 8.35 }; // what the counter electrode holds, the rest of 10 mAh/cm2
		for (DataSeries s : chart.series()) {
			assertArrayEquals(new double[] { 1, 2, 3 }, s.x(), EPS, "stacked series share x");
			for (int i = 0; i < total.length; i++) {
				total[i] += s.y()[i];
			}
		}
		assertArrayEquals(new double[] { 10, 10, 10 }, total, 1e-9);
		assertArrayEquals(new double[] { 0.1, 0.2, 0.3 }, chart.series("Dead Li").y(), 1e-9);
		assertEquals(Channel.DEAD, chart.series("Dead Li").channel());
	}

	@Test
	void voltageIsInVoltsAgainstHoursAndBounded() {
		Fixtures.withTrace(result, 36_001);
		ChartModel chart = ChartModels.voltageVsTime(result);
		assertEquals("h", chart.xAxis().unit());
		assertEquals("V", chart.yAxis().unit());
		DataSeries voltage = chart.series().get(0);
		assertTrue(voltage.size() <= ChartModels.DEFAULT_MAX_POINTS, voltage.size() + " points");
		assertTrue(voltage.size() > ChartModels.DEFAULT_MAX_POINTS / 2, voltage.size() + " points");
		assertEquals(0, voltage.x()[0], EPS);
		assertEquals(10, voltage.x()[voltage.size() - 1], EPS, "36000 s is 10 h");
		assertEquals(-0.2, java.util.Arrays.stream(voltage.y()).min().orElseThrow(), EPS, "the dip survives");
	}

	@Test
	void shortTracesAreKeptWhole() {
		Fixtures.withTrace(result, 100);
		assertEquals(100, ChartModels.voltageVsTime(result).series().get(0).size());
	}

	@Test
	void missingColumnsGiveAnEmptyChart() {
		ChartModel chart = ChartModels.voltageVsTime(LithosFactory.eINSTANCE.createSimulationResult());
		assertTrue(chart.isEmpty());
		assertEquals("", chart.subtitle());
	}

	@Test
	void allChartsHaveDistinctIds() {
		List<ChartModel> charts = ChartModels.all(result);
		assertEquals(6, charts.size());
		assertEquals(6, charts.stream().map(ChartModel::id).distinct().count());
		for (ChartModel chart : charts) {
			assertTrue(chart.id().matches("[a-z0-9-]+"), chart.id());
		}
	}

	@Test
	void seriesAreImmutable() {
		DataSeries s = new DataSeries("a", null, new double[] { 1 }, new double[] { 2 });
		s.y()[0] = 5;
		assertEquals(2, s.y()[0]);
		assertEquals(Channel.OTHER, s.channel());
		assertThrows(IllegalArgumentException.class,
				() -> new DataSeries("b", Channel.OTHER, new double[] { 1, 2 }, new double[] { 1 }));
	}
}
