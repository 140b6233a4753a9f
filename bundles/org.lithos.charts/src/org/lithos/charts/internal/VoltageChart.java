package org.lithos.charts.internal;

import static org.lithos.units.Dimension.TIME;
import static org.lithos.units.Dimension.VOLTAGE;

import java.util.List;

import org.lithos.charts.Axis;
import org.lithos.charts.Channel;
import org.lithos.charts.ChartKind;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;

/** Builds the voltage-time trace of one run from its "time" and "voltage" columns. */
public final class VoltageChart {

	private static final DisplayUnit HOURS = DisplayUnit.of("h", TIME);
	private static final DisplayUnit VOLTS = DisplayUnit.of("V", VOLTAGE);

	private VoltageChart() {
	}

	/**
	 * @param result    a run
	 * @param maxPoints the most points to draw
	 * @return voltage in V against time in h, decimated to at most {@code maxPoints}; no series when a column is
	 *         missing
	 */
	public static ChartModel of(SimulationResult result, int maxPoints) {
		double[] time = Columns.of(result, SeriesName.TIME);
		double[] voltage = Columns.of(result, SeriesName.VOLTAGE);
		int n = Math.min(time.length, voltage.length);
		List<DataSeries> series = List.of();
		if (n > 0) {
			double[] t = java.util.Arrays.copyOf(time, n);
			double[] v = java.util.Arrays.copyOf(voltage, n);
			int[] kept = Decimator.keep(v, maxPoints);
			series = List.of(new DataSeries("Voltage", Channel.VOLTAGE, HOURS.fromSi(Decimator.pick(t, kept)),
					VOLTS.fromSi(Decimator.pick(v, kept))));
		}
		return ChartModel.of(ChartIds.VOLTAGE_VS_TIME, "Voltage", CycleCharts.subtitle(result), ChartKind.LINE,
				Axis.of("Time", HOURS.symbol()), Axis.of("Voltage", VOLTS.symbol()), series);
	}
}
