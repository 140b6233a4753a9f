package org.lithos.charts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lithos.charts.Axis;
import org.lithos.charts.Channel;
import org.lithos.charts.ChartKind;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;
import org.lithos.charts.MarkerAxis;
import org.lithos.charts.ReferenceMarker;
import org.lithos.charts.RunScalar;
import org.lithos.model.Expectation;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.SweepValue;
import org.lithos.units.Dimension;
import org.lithos.units.UnitException;
import org.lithos.units.Units;

/** Builds a chart of one figure per run against a swept variable, one series per cell. */
public final class SweepChart {

	private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("^\\s*[-+]?[0-9.]+(?:[eE][-+]?[0-9]+)?\\s*(\\S*)\\s*$");

	private SweepChart() {
	}

	/**
	 * @param variable     the swept variable's name
	 * @param scalar       the figure per run
	 * @param runs         the inputs of the runs, in sweep order
	 * @param results      their results, matched to runs by input id
	 * @param expectations expectations to show as markers (those of {@code scalar}'s observable)
	 * @return the chart; runs without the variable, without a result or without the figure are left out
	 */
	public static ChartModel of(String variable, RunScalar scalar, List<SimulationInput> runs,
			List<SimulationResult> results, Iterable<? extends Expectation> expectations) {
		Map<String, SimulationResult> byId = new LinkedHashMap<>();
		results.forEach(r -> byId.putIfAbsent(r.getInputId(), r));
		DisplayUnit y = DisplayUnit.of(scalar.unit(), scalar.dimension());
		DisplayUnit x = null;
		Map<String, List<double[]>> points = new LinkedHashMap<>();
		for (SimulationInput run : runs) {
			Optional<SweepValue> coordinate = run.getSweep().stream().filter(s -> variable.equals(s.getName()))
					.findFirst();
			SimulationResult result = byId.get(run.getId());
			if (coordinate.isEmpty() || result == null || !Double.isFinite(scalar.si(result))) {
				continue;
			}
			if (x == null) {
				x = displayUnit(coordinate.get());
			}
			points.computeIfAbsent(cellName(run, scalar), k -> new ArrayList<>())
					.add(new double[] { x.fromSi(coordinate.get().getValue()), y.fromSi(scalar.si(result)) });
		}
		List<DataSeries> series = new ArrayList<>();
		points.forEach((name, list) -> series.add(series(name, list)));
		String xUnit = x == null ? "" : x.symbol();
		ChartModel chart = ChartModel.of(ChartIds.slug(scalar.observable()) + "-vs-" + ChartIds.slug(variable),
				scalar.label() + " vs " + variable, "", ChartKind.LINE, Axis.of(variable, xUnit),
				Axis.of(scalar.label(), y.symbol()), series);
		return chart.withMarkers(markers(variable, scalar, x, expectations, xUnit, y.symbol()));
	}

	private static List<ReferenceMarker> markers(String variable, RunScalar scalar, DisplayUnit x,
			Iterable<? extends Expectation> expectations, String xUnit, String yUnit) {
		List<ReferenceMarker> out = new ArrayList<>();
		for (Expectation expectation : expectations) {
			if (!scalar.observable().equals(expectation.getObservable())) {
				continue;
			}
			String swept = expectation.getSweepVariable();
			double at = Double.NaN;
			if (swept != null && !swept.isEmpty()) {
				if (!swept.equals(variable) || x == null) {
					continue;
				}
				at = x.fromSi(expectation.getSweepValue());
			}
			ExpectationMarkers.marker(expectation, MarkerAxis.Y, Channel.OTHER, yUnit, at).ifPresent(out::add);
		}
		return out;
	}

	private static DataSeries series(String name, List<double[]> points) {
		points.sort(Comparator.comparingDouble(p -> p[0]));
		double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
		double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
		return new DataSeries(name, Channel.OTHER, xs, ys);
	}

	/** The cell, with the run's overrides: runs of one cell at another pressure are another line ("Cu_half, pressure 5 MPa"). */
	private static String cellName(SimulationInput run, RunScalar scalar) {
		String name = run.getCell() == null ? null : run.getCell().getName();
		String cell = name == null || name.isBlank() ? scalar.label() : name.substring(name.lastIndexOf('.') + 1);
		StringBuilder label = new StringBuilder(cell);
		for (SweepValue override : run.getOverrides()) {
			label.append(", ").append(override.getName()).append(' ')
					.append(override.getDisplay() == null ? "" : override.getDisplay());
		}
		return label.toString();
	}

	/** The unit the value was written in ("0.5 mA/cm2" gives mA/cm2), else its SI unit. */
	static DisplayUnit displayUnit(SweepValue value) {
		Dimension dimension;
		try {
			dimension = ExpectationMarkers.dimension(value.getUnit());
		} catch (UnitException e) {
			return new DisplayUnit("", Dimension.DIMENSIONLESS);
		}
		String display = value.getDisplay();
		if (display != null) {
			Matcher m = NUMBER_THEN_UNIT.matcher(display);
			if (m.matches() && !m.group(1).isEmpty()) {
				try {
					return DisplayUnit.of(m.group(1), dimension);
				} catch (IllegalArgumentException e) { // includes UnitException
					// written in a form we cannot read back: fall through to SI
				}
			}
		}
		String si = value.getUnit() == null ? "" : value.getUnit();
		return Units.find(si).isPresent() ? DisplayUnit.of(si, dimension) : DisplayUnit.of("", dimension);
	}
}
