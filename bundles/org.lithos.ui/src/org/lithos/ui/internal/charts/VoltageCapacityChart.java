package org.lithos.ui.internal.charts;

import java.util.ArrayList;
import java.util.List;

import org.lithos.charts.Axis;
import org.lithos.charts.ChartKind;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;
import org.lithos.model.Series;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;
import org.lithos.units.Dimension;
import org.lithos.units.Quantity;

/**
 * Voltage against the charge passed in each step, one series per chosen cycle, from a run's voltage, capacity
 * (charge in the current step, A s/m2) and cycle series: plating and stripping of a cycle are its two branches,
 * drawn apart (a point without voltage between them breaks the line).
 * Toolkit-free: a chart model like those of org.lithos.charts.
 */
public final class VoltageCapacityChart {

	/** The chart's id. */
	public static final String ID = "voltage-vs-capacity";

	private static final double MAH_PER_CM2 = Quantity.ofSi(1, Dimension.AREAL_CAPACITY).in("mAh/cm2");

	private VoltageCapacityChart() {
	}

	/**
	 * @param result a run
	 * @param cycles the cycles to draw (1-based; those the run does not have are left out)
	 * @return voltage in V against capacity in mAh/cm2; no series without those columns
	 */
	public static ChartModel of(SimulationResult result, List<Integer> cycles) {
		double[] voltage = column(result, SeriesName.VOLTAGE);
		double[] capacity = column(result, SeriesName.CAPACITY);
		double[] cycle = column(result, SeriesName.CYCLE);
		int n = Math.min(voltage.length, Math.min(capacity.length, cycle.length));
		List<DataSeries> series = new ArrayList<>();
		for (int wanted : cycles) {
			List<double[]> points = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if (Math.round(cycle[i]) == wanted && Double.isFinite(voltage[i]) && Double.isFinite(capacity[i])) {
					double x = capacity[i] * MAH_PER_CM2;
					if (!points.isEmpty() && x < points.get(points.size() - 1)[0]) {
						// a new step starts again at no charge: break the line instead of joining the branches
						points.add(new double[] { points.get(points.size() - 1)[0], Double.NaN });
					}
					points.add(new double[] { x, voltage[i] });
				}
			}
			if (!points.isEmpty()) {
				double[] x = new double[points.size()];
				double[] y = new double[points.size()];
				for (int i = 0; i < x.length; i++) {
					x[i] = points.get(i)[0];
					y[i] = points.get(i)[1];
				}
				series.add(new DataSeries("Cycle " + wanted, null, x, y));
			}
		}
		return ChartModel.of(ID, "Voltage against capacity", result.getInputId(), ChartKind.LINE,
				Axis.of("Capacity", "mAh/cm2"), Axis.of("Voltage", "V"), series);
	}

	/**
	 * @param result a run
	 * @return the number of the last cycle in its series, 0 without a cycle column
	 */
	public static int lastCycle(SimulationResult result) {
		double max = 0;
		for (double c : column(result, SeriesName.CYCLE)) {
			if (Double.isFinite(c)) {
				max = Math.max(max, c);
			}
		}
		return (int) Math.round(max);
	}

	private static double[] column(SimulationResult result, SeriesName name) {
		return name.in(result).map(Series::getValues).filter(values -> values != null).orElse(new double[0]);
	}
}
