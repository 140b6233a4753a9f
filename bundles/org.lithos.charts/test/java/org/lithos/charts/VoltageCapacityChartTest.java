package org.lithos.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.charts.fixtures.Fixtures;
import org.lithos.model.CathodeSpec;
import org.lithos.model.CellSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;

class VoltageCapacityChartTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	/**
	 * Three cycles of a half cell, each: plating 0 -> 1 mAh/cm2 (3 points), a rest (2 points), stripping 0 -> 0.9
	 * mAh/cm2 (3 points); voltage -0.01 V plating, 0 at rest, 0.01 + 0.1 q V stripping.
	 */
	private static SimulationResult threeCycles() {
		SimulationResult result = Fixtures.threeCycles();
		int rows = 3 * 8;
		double[] cycle = new double[rows];
		double[] capacity = new double[rows];
		double[] voltage = new double[rows];
		double[] current = new double[rows];
		int r = 0;
		for (int c = 1; c <= 3; c++) {
			for (double q : new double[] { 0, 0.5, 1 }) {
				cycle[r] = c;
				capacity[r] = q * Fixtures.MAH_PER_CM2;
				voltage[r] = -0.01;
				current[r++] = 10;
			}
			for (int k = 0; k < 2; k++) {
				cycle[r] = c;
				capacity[r] = 0;
				voltage[r] = 0;
				current[r++] = 0;
			}
			for (double q : new double[] { 0, 0.45, 0.9 }) {
				cycle[r] = c;
				capacity[r] = q * Fixtures.MAH_PER_CM2;
				voltage[r] = 0.01 + 0.1 * q;
				current[r++] = -10;
			}
		}
		result.getSeries().add(SeriesName.CYCLE.create(cycle));
		result.getSeries().add(SeriesName.CAPACITY.create(capacity));
		result.getSeries().add(SeriesName.VOLTAGE.create(voltage));
		result.getSeries().add(SeriesName.CURRENT.create(current));
		return result;
	}

	@Test
	void aHalfCellDrawsPlatingAndStrippingOfTheChosenCyclesApartAndLeavesOutRests() {
		ChartModel chart = ChartModels.voltageVsCapacity(null, threeCycles(), List.of(3, 1, 7));
		assertEquals(ChartModels.VOLTAGE_VS_CAPACITY, chart.id());
		assertEquals("mAh/cm2", chart.xAxis().unit());
		assertEquals("V", chart.yAxis().unit());
		assertEquals(List.of("cycle 1 plating", "cycle 1 stripping", "cycle 3 plating", "cycle 3 stripping"),
				chart.series().stream().map(DataSeries::name).toList());
		assertArrayEquals(new double[] { 0, 0.5, 1 }, chart.series("cycle 3 plating").x(), 1e-12);
		assertArrayEquals(new double[] { 0, 0.45, 0.9 }, chart.series("cycle 1 stripping").x(), 1e-12);
		assertArrayEquals(new double[] { 0.01, 0.055, 0.1 }, chart.series("cycle 1 stripping").y(), 1e-12);
		assertEquals(Channel.CHARGE, chart.series("cycle 1 plating").channel());
		assertEquals(Channel.DISCHARGE, chart.series("cycle 1 stripping").channel());
		assertEquals("Cu_half@j=1mA/cm2, cycles 1, 3, 7", chart.subtitle());
	}

	@Test
	void withoutChosenCyclesAReportShowsTheFirstTwoAndTheLast() {
		ChartModel chart = ChartModels.voltageVsCapacity(null, threeCycles());
		assertEquals(List.of("cycle 1 plating", "cycle 1 stripping", "cycle 2 plating", "cycle 2 stripping",
				"cycle 3 plating", "cycle 3 stripping"), chart.series().stream().map(DataSeries::name).toList());
		assertEquals(3, ChartModels.lastCycle(threeCycles()));
	}

	@Test
	void aCellWithACathodeLoadingIsDrawnInMilliampHoursPerGram() {
		SimulationInput input = F.createSimulationInput();
		CellSpec cell = F.createCellSpec();
		CathodeSpec cathode = F.createCathodeSpec();
		cathode.setActiveLoading(0.1); // kg/m2 = 10 mg/cm2
		cell.setCathode(cathode);
		input.setCell(cell);
		ChartModel chart = ChartModels.voltageVsCapacity(input, threeCycles(), List.of(2));
		assertEquals("mAh/g", chart.xAxis().unit());
		assertEquals(List.of("cycle 2 charge", "cycle 2 discharge"),
				chart.series().stream().map(DataSeries::name).toList());
		// 1 mAh/cm2 over 10 mg/cm2 is 100 mAh/g
		assertArrayEquals(new double[] { 0, 50, 100 }, chart.series("cycle 2 charge").x(), 1e-9);
	}

	@Test
	void aRunWithoutTheColumnsHasNoSeries() {
		assertTrue(ChartModels.voltageVsCapacity(null, Fixtures.threeCycles(), List.of(1)).isEmpty());
	}
}
