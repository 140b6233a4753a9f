package org.lithos.charts.internal;

import static org.lithos.units.Dimension.AREAL_CAPACITY;
import static org.lithos.units.Dimension.DIMENSIONLESS;
import static org.lithos.units.Dimension.LENGTH;

import java.util.Arrays;
import java.util.List;

import org.lithos.charts.Axis;
import org.lithos.charts.Channel;
import org.lithos.charts.ChartKind;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;

/**
 * Builds the charts of deposit morphology against deposited charge from a morphology solver's columns: "charge"
 * (A s/m2), "coverage" (1), "porosity" (1), "mean height", "tip height" and "roughness" (m).
 */
public final class MorphologyCharts {


	private static final Axis CHARGE_AXIS = Axis.of("Deposited charge", "mAh/cm2");
	private static final DisplayUnit AREAL = DisplayUnit.of("mAh/cm2", AREAL_CAPACITY);
	private static final DisplayUnit PERCENT = DisplayUnit.of("%", DIMENSIONLESS);
	private static final DisplayUnit NANOMETRE = DisplayUnit.of("nm", LENGTH);
	private static final DisplayUnit MICROMETRE = DisplayUnit.of("µm", LENGTH);
	/** Lengths up to this (in m) are shown in nm, longer ones in µm. */
	private static final double NANOMETRES_UP_TO = 1e-6;

	private MorphologyCharts() {
	}

	/**
	 * @param result a run
	 * @param maxPoints the most points per series
	 * @return substrate coverage in % against deposited charge in mAh/cm2: the collector contact, the fraction of
	 *         the collector's sites with Li directly on them
	 */
	public static ChartModel coverage(SimulationResult result, int maxPoints) {
		List<DataSeries> series = CycleCharts.nonEmpty(List.of(series(result, SeriesName.COVERAGE, "Coverage", PERCENT, maxPoints)));
		return chart(ChartIds.COVERAGE_VS_CHARGE, "Collector contact: substrate coverage", result,
				Axis.of("Coverage", PERCENT.symbol()), series);
	}

	/**
	 * @param result    a run
	 * @param maxPoints the most points per series
	 * @return porosity in % against deposited charge in mAh/cm2: the empty sites below each column's topmost Li
	 *         over all sites below it, as the solver defines it
	 */
	public static ChartModel porosity(SimulationResult result, int maxPoints) {
		List<DataSeries> series = CycleCharts.nonEmpty(List.of(series(result, SeriesName.POROSITY, "Porosity", PERCENT,
				maxPoints)));
		return chart(ChartIds.POROSITY_VS_CHARGE, "Deposit porosity", result, Axis.of("Porosity", PERCENT.symbol()),
				series);
	}

	/**
	 * @param result    a run
	 * @param maxPoints the most points per series
	 * @return mean and tip height in nm (µm when the tip passes 1 µm) against deposited charge in mAh/cm2
	 */
	public static ChartModel height(SimulationResult result, int maxPoints) {
		DisplayUnit unit = lengthUnit(result, SeriesName.MEAN_HEIGHT, SeriesName.TIP_HEIGHT);
		List<DataSeries> series = CycleCharts.nonEmpty(List.of(series(result, SeriesName.MEAN_HEIGHT, "Mean height", unit, maxPoints),
				series(result, SeriesName.TIP_HEIGHT, "Tip height", unit, maxPoints)));
		return chart(ChartIds.HEIGHT_VS_CHARGE, "Deposit height", result, Axis.of("Height", unit.symbol()),
				series);
	}

	/**
	 * @param result    a run
	 * @param maxPoints the most points per series
	 * @return roughness in nm (µm above 1 µm) against deposited charge in mAh/cm2
	 */
	public static ChartModel roughness(SimulationResult result, int maxPoints) {
		DisplayUnit unit = lengthUnit(result, SeriesName.ROUGHNESS);
		List<DataSeries> series = CycleCharts.nonEmpty(List.of(series(result, SeriesName.ROUGHNESS, "Roughness", unit, maxPoints)));
		return chart(ChartIds.ROUGHNESS_VS_CHARGE, "Deposit roughness", result, Axis.of("Roughness",
				unit.symbol()), series);
	}

	private static ChartModel chart(String id, String title, SimulationResult result, Axis y,
			List<DataSeries> series) {
		return ChartModel.of(id, title, CycleCharts.subtitle(result), ChartKind.LINE, CHARGE_AXIS, y, series);
	}

	/** Points where both charge and the figure are numbers, thinned keeping the extremes of the figure. */
	private static DataSeries series(SimulationResult result, SeriesName column, String name, DisplayUnit unit,
			int maxPoints) {
		double[] charge = Columns.of(result, SeriesName.CHARGE);
		double[] values = Columns.of(result, column);
		int n = Math.min(charge.length, values.length);
		double[] x = new double[n];
		double[] y = new double[n];
		int kept = 0;
		for (int i = 0; i < n; i++) {
			if (Double.isFinite(charge[i]) && Double.isFinite(values[i])) {
				x[kept] = charge[i];
				y[kept] = values[i];
				kept++;
			}
		}
		x = Arrays.copyOf(x, kept);
		y = Arrays.copyOf(y, kept);
		int[] indices = Decimator.keep(y, maxPoints);
		return new DataSeries(name, Channel.OTHER, AREAL.fromSi(Decimator.pick(x, indices)),
				unit.fromSi(Decimator.pick(y, indices)));
	}

	private static DisplayUnit lengthUnit(SimulationResult result, SeriesName... columns) {
		double max = 0;
		for (SeriesName column : columns) {
			for (double v : Columns.of(result, column)) {
				if (Double.isFinite(v)) {
					max = Math.max(max, Math.abs(v));
				}
			}
		}
		return max <= NANOMETRES_UP_TO ? NANOMETRE : MICROMETRE;
	}
}
