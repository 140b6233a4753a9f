package org.lithos.charts;

import java.util.Collection;
import java.util.List;

import org.lithos.charts.internal.ChartIds;
import org.lithos.charts.internal.ChartPlacements;
import org.lithos.charts.internal.CycleCharts;
import org.lithos.charts.internal.ExpectationMarkers;
import org.lithos.charts.internal.InventoryChart;
import org.lithos.charts.internal.MorphologyCharts;
import org.lithos.charts.internal.SweepChart;
import org.lithos.charts.internal.VoltageCapacityChart;
import org.lithos.charts.internal.VoltageChart;
import org.lithos.model.Expectation;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;

/**
 * Builds chart models from simulation results (SI units in the model, display units in the charts). Every
 * per-cycle chart has the cycle number on x; every chart's subtitle is the run's input id.
 */
public final class ChartModels {

	/** The most points {@link #voltageVsTime(SimulationResult)} draws: enough for a smooth trace at print size. */
	public static final int DEFAULT_MAX_POINTS = 5000;

	/** Id of {@link #voltageVsTime(SimulationResult)} charts. */
	public static final String VOLTAGE_VS_TIME = ChartIds.VOLTAGE_VS_TIME;
	/** Id of {@link #voltageVsCapacity(SimulationInput, SimulationResult, Collection)} charts. */
	public static final String VOLTAGE_VS_CAPACITY = ChartIds.VOLTAGE_VS_CAPACITY;
	/** Id of {@link #coulombicEfficiencyVsCycle(SimulationResult)} charts. */
	public static final String EFFICIENCY_VS_CYCLE = ChartIds.EFFICIENCY_VS_CYCLE;
	/** Id of {@link #retentionVsCycle(SimulationResult)} charts. */
	public static final String RETENTION_VS_CYCLE = ChartIds.RETENTION_VS_CYCLE;
	/** Id of {@link #overpotentialVsCycle(SimulationResult)} charts. */
	public static final String OVERPOTENTIAL_VS_CYCLE = ChartIds.OVERPOTENTIAL_VS_CYCLE;
	/** Id of {@link #capacityVsCycle(SimulationResult)} charts. */
	public static final String CAPACITY_VS_CYCLE = ChartIds.CAPACITY_VS_CYCLE;
	/** Id of {@link #liInventoryVsCycle(SimulationResult)} charts. */
	public static final String INVENTORY_VS_CYCLE = ChartIds.INVENTORY_VS_CYCLE;
	/** Id of {@link #coverageVsCharge(SimulationResult)} charts. */
	public static final String COVERAGE_VS_CHARGE = ChartIds.COVERAGE_VS_CHARGE;
	/** Id of {@link #porosityVsCharge(SimulationResult)} charts. */
	public static final String POROSITY_VS_CHARGE = ChartIds.POROSITY_VS_CHARGE;
	/** Id of {@link #heightVsCharge(SimulationResult)} charts. */
	public static final String HEIGHT_VS_CHARGE = ChartIds.HEIGHT_VS_CHARGE;
	/** Id of {@link #roughnessVsCharge(SimulationResult)} charts. */
	public static final String ROUGHNESS_VS_CHARGE = ChartIds.ROUGHNESS_VS_CHARGE;

	private ChartModels() {
	}

	/**
	 * Cell voltage over the whole run, from the "time" (s) and "voltage" (V) columns.
	 *
	 * @param result a run
	 * @return voltage in V against time in h, at most {@link #DEFAULT_MAX_POINTS} points; no series without those
	 *         columns
	 */
	public static ChartModel voltageVsTime(SimulationResult result) {
		return voltageVsTime(result, DEFAULT_MAX_POINTS);
	}

	/**
	 * Cell voltage over the whole run, thinned for long runs: first and last points are kept, and the lowest and
	 * highest voltage in each stretch between, so spikes stay visible.
	 *
	 * @param result    a run
	 * @param maxPoints the most points to keep, at least 4
	 * @return voltage in V against time in h
	 */
	public static ChartModel voltageVsTime(SimulationResult result, int maxPoints) {
		return VoltageChart.of(result, maxPoints);
	}

	/**
	 * Voltage against the charge passed in each step, one line per charge and per discharge (a half cell's plating
	 * and stripping) of the chosen cycles, as papers draw galvanostatic curves; rests are left out. What a study's
	 * {@code plot voltage vs capacity} asks for, in the command line's report and the studio alike.
	 *
	 * @param input  the run's input: a cathode with an active loading puts the capacity in mAh/g; null or no
	 *               cathode, in mAh/cm2
	 * @param result a run, from its "voltage" (V), "capacity" (A s/m2, charge in the current step), "cycle" and
	 *               "current" (A/m2) columns
	 * @param cycles the cycles to draw, from 1; cycles the run does not have draw nothing
	 * @return voltage in V against capacity; the subtitle names the run and the cycles; no series without those
	 *         columns
	 */
	public static ChartModel voltageVsCapacity(SimulationInput input, SimulationResult result,
			Collection<Integer> cycles) {
		return VoltageCapacityChart.of(input, result, cycles);
	}

	/**
	 * {@link #voltageVsCapacity(SimulationInput, SimulationResult, Collection)} for the cycles a report shows: 1, 2,
	 * 10, 50, 100, 200 and 500 as far as the run has them, and its last cycle.
	 *
	 * @param input  the run's input, or null
	 * @param result a run
	 * @return the chart
	 */
	public static ChartModel voltageVsCapacity(SimulationInput input, SimulationResult result) {
		return VoltageCapacityChart.of(input, result, VoltageCapacityChart.defaultCycles(result));
	}

	/**
	 * @param result a run
	 * @return its last cycle (of its cycle records, else of its "cycle" column), 0 when it has none
	 */
	public static int lastCycle(SimulationResult result) {
		return VoltageCapacityChart.lastCycle(result);
	}

	/**
	 * Coulombic efficiency per cycle.
	 *
	 * @param result a run
	 * @return efficiency in % (0.95 becomes 95) against cycle
	 */
	public static ChartModel coulombicEfficiencyVsCycle(SimulationResult result) {
		return CycleCharts.efficiency(result);
	}

	/**
	 * Capacity retention per cycle relative to cycle 1.
	 *
	 * @param result a run
	 * @return discharge capacity in % of cycle 1's against cycle
	 */
	public static ChartModel retentionVsCycle(SimulationResult result) {
		return retentionVsCycle(result, 1);
	}

	/**
	 * Capacity retention per cycle relative to a reference cycle (e.g. the first after formation).
	 *
	 * @param result         a run
	 * @param referenceCycle index of the cycle whose discharge capacity counts as 100 %
	 * @return discharge capacity in % of the reference cycle's against cycle; no series when that cycle is missing
	 *         or has no discharge capacity
	 */
	public static ChartModel retentionVsCycle(SimulationResult result, int referenceCycle) {
		return CycleCharts.retention(result, referenceCycle);
	}

	/**
	 * Plating, stripping and nucleation overpotential per cycle.
	 *
	 * @param result a run
	 * @return overpotential magnitudes in mV against cycle; nucleation only for cycles that have a barrier
	 */
	public static ChartModel overpotentialVsCycle(SimulationResult result) {
		return CycleCharts.overpotential(result);
	}

	/**
	 * Charge and discharge capacity per cycle.
	 *
	 * @param result a run
	 * @return areal capacity in mAh/cm2 (36000 A s/m2 is 1 mAh/cm2) against cycle
	 */
	public static ChartModel capacityVsCycle(SimulationResult result) {
		return CycleCharts.capacity(result);
	}

	/**
	 * Where the Li is at the end of each cycle, as stacked areas (plated, dead, SEI, alloy, conversion, cracks,
	 * cathode, counter electrode) whose top is the total Li.
	 *
	 * @param result a run
	 * @return areal Li amounts in mAh/cm2 against cycle; parts that stay zero are left out
	 */
	public static ChartModel liInventoryVsCycle(SimulationResult result) {
		return InventoryChart.of(result);
	}

	/**
	 * Every per-run chart, in the order a report shows them.
	 *
	 * @param result a run
	 * @return voltage, capacity, efficiency, retention, overpotential and inventory charts
	 */
	public static List<ChartModel> all(SimulationResult result) {
		return List.of(voltageVsTime(result), capacityVsCycle(result), coulombicEfficiencyVsCycle(result),
				retentionVsCycle(result), overpotentialVsCycle(result), liInventoryVsCycle(result));
	}

	/**
	 * Substrate coverage of a morphology run, from the "charge" (A s/m2) and "coverage" (1) columns: the collector
	 * contact, the fraction of the collector's sites with Li directly on them.
	 *
	 * @param result a run
	 * @return coverage in % against deposited charge in mAh/cm2, at most {@link #DEFAULT_MAX_POINTS} points; no
	 *         series without those columns
	 */
	public static ChartModel coverageVsCharge(SimulationResult result) {
		return MorphologyCharts.coverage(result, DEFAULT_MAX_POINTS);
	}

	/**
	 * Porosity of the deposit of a morphology run, from the "charge" (A s/m2) and "porosity" (1) columns: the
	 * empty sites below each column's topmost Li over all sites below it (what a tomogram segments as pores
	 * between the collector and the deposit's surface).
	 *
	 * @param result a run
	 * @return porosity in % against deposited charge in mAh/cm2, at most {@link #DEFAULT_MAX_POINTS} points; no
	 *         series without those columns
	 */
	public static ChartModel porosityVsCharge(SimulationResult result) {
		return MorphologyCharts.porosity(result, DEFAULT_MAX_POINTS);
	}

	/**
	 * Mean and tip height of the deposit of a morphology run, from the "charge" (A s/m2), "mean height" and "tip
	 * height" (m) columns.
	 *
	 * @param result a run
	 * @return heights in nm (µm once the tallest passes 1 µm) against deposited charge in mAh/cm2; a series
	 *         only for the columns the run has
	 */
	public static ChartModel heightVsCharge(SimulationResult result) {
		return MorphologyCharts.height(result, DEFAULT_MAX_POINTS);
	}

	/**
	 * Roughness of the deposit of a morphology run, from the "charge" (A s/m2) and "roughness" (m) columns.
	 *
	 * @param result a run
	 * @return roughness in nm (µm once it passes 1 µm) against deposited charge in mAh/cm2
	 */
	public static ChartModel roughnessVsCharge(SimulationResult result) {
		return MorphologyCharts.roughness(result, DEFAULT_MAX_POINTS);
	}

	/**
	 * The morphology charts a run has data for, in the order a report shows them.
	 *
	 * @param result a run
	 * @return coverage (the collector contact), porosity, height and roughness against deposited charge, leaving out
	 *         those without data (so an empty list for a run without morphology columns)
	 */
	public static List<ChartModel> morphology(SimulationResult result) {
		return List.of(coverageVsCharge(result), porosityVsCharge(result), heightVsCharge(result),
				roughnessVsCharge(result)).stream()
				.filter(chart -> !chart.isEmpty()).toList();
	}

	/**
	 * One figure per run against a swept variable, one series per cell.
	 *
	 * @param variable the swept variable's name as written in the study, e.g. "j"; also the x-axis label
	 * @param scalar   the figure per run
	 * @param runs     the runs' inputs (their sweep values give x, shown in the unit the study wrote them in)
	 * @param results  their results, matched by {@link SimulationResult#getInputId()}
	 * @return the chart; runs without the variable, a result or the figure are left out
	 */
	public static ChartModel sweep(String variable, RunScalar scalar, List<SimulationInput> runs,
			List<SimulationResult> results) {
		return sweep(variable, scalar, runs, results, List.of());
	}

	/**
	 * One figure per run against a swept variable, with the study's expectations of that figure as markers:
	 * those tied to a value of {@code variable} as points there, those tied to no sweep value across the chart.
	 *
	 * @param variable     the swept variable's name
	 * @param scalar       the figure per run
	 * @param runs         the runs' inputs
	 * @param results      their results
	 * @param expectations the study's expectations (SI values); the ones about other figures are ignored
	 * @return the chart with markers
	 */
	public static ChartModel sweep(String variable, RunScalar scalar, List<SimulationInput> runs,
			List<SimulationResult> results, Collection<? extends Expectation> expectations) {
		return SweepChart.of(variable, scalar, runs, results, expectations);
	}

	/**
	 * Adds markers for the expectations a per-run chart can show, e.g. expected first-cycle efficiency (a point at
	 * cycle 1) on the efficiency chart, expected cycle life (a vertical line) on every per-cycle chart. Pass only
	 * the expectations that concern the run; expectations about other observables, or in units the chart cannot
	 * show (cycle life in hours on a per-cycle chart), are ignored.
	 *
	 * @param chart        a chart from this class
	 * @param expectations expectations with SI values and tolerances
	 * @return the chart with markers, in the chart's display units
	 */
	public static ChartModel withExpectations(ChartModel chart, Collection<? extends Expectation> expectations) {
		return chart.withMarkers(ExpectationMarkers.select(expectations, ChartPlacements.of(chart.id()),
				chart.xAxis().unit(), chart.yAxis().unit(), chart.xAxis().integer()));
	}
}
