package org.lithos.charts.internal;

import static org.lithos.units.Dimension.AREAL_CAPACITY;
import static org.lithos.units.Dimension.SPECIFIC_CAPACITY;
import static org.lithos.units.Dimension.VOLTAGE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.lithos.charts.Axis;
import org.lithos.charts.Channel;
import org.lithos.charts.ChartKind;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;
import org.lithos.model.CellSpec;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;

/**
 * Voltage against the charge passed in each step, for chosen cycles, as papers draw galvanostatic curves: one line
 * per charge and per discharge (a half cell's plating and stripping), from the run's "voltage", "capacity" (charge
 * in the current step), "cycle" and "current" columns. A step ends where the cycle changes, the charge starts again
 * or the current changes sign; rests (no current) are left out. The capacity axis is in mAh/g for a cell with a
 * cathode loading, else in mAh/cm2.
 */
public final class VoltageCapacityChart {

	/** Cycles drawn when none are chosen, as far as the run has them (and its last cycle). */
	static final int[] DEFAULT_CYCLES = { 1, 2, 10, 50, 100, 200, 500 };

	private static final DisplayUnit AREAL = DisplayUnit.of("mAh/cm2", AREAL_CAPACITY);
	private static final DisplayUnit SPECIFIC = DisplayUnit.of("mAh/g", SPECIFIC_CAPACITY);
	private static final DisplayUnit VOLTS = DisplayUnit.of("V", VOLTAGE);

	private VoltageCapacityChart() {
	}

	/**
	 * @param input  the run's input (its cathode's active loading gives the mAh/g axis); null for mAh/cm2
	 * @param result the run
	 * @param cycles the cycles to draw (1-based); those the run does not have draw nothing
	 * @return voltage in V against capacity; no series without the columns
	 */
	public static ChartModel of(SimulationInput input, SimulationResult result, Collection<Integer> cycles) {
		Set<Integer> chosen = new TreeSet<>(cycles);
		double loading = loading(input);
		DisplayUnit unit = loading > 0 ? SPECIFIC : AREAL;
		double[] voltage = Columns.of(result, SeriesName.VOLTAGE);
		double[] capacity = Columns.of(result, SeriesName.CAPACITY);
		double[] cycle = Columns.of(result, SeriesName.CYCLE);
		double[] current = Columns.of(result, SeriesName.CURRENT);
		int n = Math.min(voltage.length, Math.min(capacity.length, cycle.length));
		List<DataSeries> series = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= n; i++) {
			if (i < n && !stepEnds(i, cycle, capacity, current)) {
				continue;
			}
			int c = (int) Math.round(cycle[start]);
			double direction = start < current.length ? Math.signum(current[start]) : 1;
			if (chosen.contains(c) && i - start > 1 && direction != 0) {
				series.add(step(c, direction > 0, loading > 0, start, i, capacity, voltage, loading, unit));
			}
			start = i;
		}
		String subtitle = (result.getInputId() == null ? "" : result.getInputId() + ", ")
				+ (chosen.size() == 1 ? "cycle " : "cycles ")
				+ chosen.stream().map(String::valueOf).collect(Collectors.joining(", "));
		return ChartModel.of(ChartIds.VOLTAGE_VS_CAPACITY, "Voltage against capacity", subtitle, ChartKind.LINE,
				Axis.of("Capacity", unit.symbol()), Axis.of("Voltage", VOLTS.symbol()), series);
	}

	/**
	 * @param result a run
	 * @return {@link #DEFAULT_CYCLES} up to the run's last cycle, and the last cycle
	 */
	public static Set<Integer> defaultCycles(SimulationResult result) {
		int last = lastCycle(result);
		Set<Integer> chosen = new TreeSet<>();
		for (int c : DEFAULT_CYCLES) {
			if (c <= last) {
				chosen.add(c);
			}
		}
		if (last > 0) {
			chosen.add(last);
		}
		return chosen;
	}

	/**
	 * @param result a run
	 * @return its last cycle: of its cycle records, else of its "cycle" column; 0 without either
	 */
	public static int lastCycle(SimulationResult result) {
		if (!result.getCycles().isEmpty()) {
			return result.getCycles().get(result.getCycles().size() - 1).getIndex();
		}
		double max = 0;
		for (double c : Columns.of(result, SeriesName.CYCLE)) {
			if (Double.isFinite(c)) {
				max = Math.max(max, c);
			}
		}
		return (int) Math.round(max);
	}

	private static boolean stepEnds(int i, double[] cycle, double[] capacity, double[] current) {
		return Math.round(cycle[i]) != Math.round(cycle[i - 1]) || capacity[i] < capacity[i - 1]
				|| i < current.length && Math.signum(current[i]) != Math.signum(current[i - 1]);
	}

	private static DataSeries step(int cycle, boolean charging, boolean fullCell, int from, int to, double[] capacity,
			double[] voltage, double loading, DisplayUnit unit) {
		double[] x = new double[to - from];
		double[] y = new double[to - from];
		for (int k = from; k < to; k++) {
			x[k - from] = unit.fromSi(loading > 0 ? capacity[k] / loading : capacity[k]);
			y[k - from] = VOLTS.fromSi(voltage[k]);
		}
		String direction = fullCell ? (charging ? "charge" : "discharge") : (charging ? "plating" : "stripping");
		return new DataSeries("cycle " + cycle + " " + direction, charging ? Channel.CHARGE : Channel.DISCHARGE, x, y);
	}

	private static double loading(SimulationInput input) {
		CellSpec cell = input == null ? null : input.getCell();
		return cell == null || cell.getCathode() == null ? 0 : cell.getCathode().getActiveLoading();
	}
}
