package org.lithos.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.model.Comparison;
import org.lithos.model.Expectation;
import org.lithos.model.SimulationResult;
import org.lithos.charts.fixtures.Fixtures;

class ExpectationMarkersTest {

	private final SimulationResult result = Fixtures.threeCycles();

	@Test
	void firstCycleEfficiencyIsAPointAtCycleOneWithItsBandInPercent() {
		Expectation fce = Fixtures.expect("first cycle efficiency", 0.71, "", "71 %");
		fce.setToleranceAbsolute(0.03);
		fce.setCell("lithos.examples.MgW_full");
		ChartModel chart = ChartModels.withExpectations(ChartModels.coulombicEfficiencyVsCycle(result), List.of(fce));
		assertEquals(1, chart.markers().size());
		ReferenceMarker m = chart.markers().get(0);
		assertEquals(MarkerAxis.Y, m.axis());
		assertEquals(71, m.value(), 1e-9);
		assertEquals(68, m.low(), 1e-9);
		assertEquals(74, m.high(), 1e-9);
		assertEquals(1, m.at());
		assertTrue(m.isPoint());
		assertEquals("expected first cycle efficiency of MgW_full = 71 % ± 3 %", m.label());
	}

	@Test
	void relativeToleranceOfAnOverpotentialAtACycle() {
		Expectation nucleation = Fixtures.expect("nucleation overpotential", 0.055, "V", "55 mV");
		nucleation.setToleranceRelative(0.3);
		nucleation.setCycle(1);
		ReferenceMarker m = ChartModels.withExpectations(ChartModels.overpotentialVsCycle(result),
				List.of(nucleation)).markers().get(0);
		assertEquals(55, m.value(), 1e-9);
		assertEquals(38.5, m.low(), 1e-9);
		assertEquals(71.5, m.high(), 1e-9);
		assertEquals(Channel.NUCLEATION, m.channel());
		assertEquals("expected nucleation overpotential = 55 mV ± 30 %", m.label());
	}

	@Test
	void oneSidedCycleLifeIsAnOpenBandAcrossPerCycleCharts() {
		Expectation life = Fixtures.expect("cycle life", 300, "", "300 cycles");
		life.setComparison(Comparison.GE);
		ReferenceMarker m = ChartModels.withExpectations(ChartModels.retentionVsCycle(result), List.of(life))
				.markers().get(0);
		assertEquals(MarkerAxis.X, m.axis());
		assertEquals(300, m.value());
		assertEquals(300, m.low());
		assertEquals(Double.POSITIVE_INFINITY, m.high());
		assertFalse(m.isPoint());
		assertEquals("expected cycle life ≥ 300 cycles", m.label());
	}

	@Test
	void expectationsInUnitsTheChartCannotShowAreLeftOut() {
		Expectation lifeInHours = Fixtures.expect("cycle life", 3600 * 500, "s", "500 h");
		Expectation specific = Fixtures.expect("discharge capacity", 720_000, "A·s/kg", "200 mAh/g");
		Expectation other = Fixtures.expect("Li thickness", 4.4e-6, "m", "4.4 um");
		assertTrue(ChartModels.withExpectations(ChartModels.capacityVsCycle(result),
				List.of(lifeInHours, specific, other)).markers().isEmpty());
		ChartModel voltage = ChartModels.withExpectations(ChartModels.voltageVsTime(result), List.of(lifeInHours));
		assertEquals(500, voltage.markers().get(0).value(), 1e-9, "cycle life in hours fits the time axis");
	}

	@Test
	void arealCapacityExpectationConvertsFromSi() {
		Expectation alloy = Fixtures.expect("reversible alloy capacity", 0.23 * Fixtures.MAH_PER_CM2, "A·s/m2",
				"0.23 mAh/cm2");
		alloy.setComparison(Comparison.LT);
		ReferenceMarker m = ChartModels.withExpectations(ChartModels.liInventoryVsCycle(result), List.of(alloy))
				.markers().get(0);
		assertEquals(0.23, m.value(), 1e-12);
		assertEquals(Double.NEGATIVE_INFINITY, m.low());
		assertEquals(Channel.ALLOY, m.channel());
	}
}
