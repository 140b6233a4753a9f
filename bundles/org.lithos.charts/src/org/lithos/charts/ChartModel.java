package org.lithos.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chart computed from results, independent of any drawing toolkit: values are already in the display units named
 * by the axes. Immutable.
 *
 * @param id       a file-system friendly name of the kind of chart, e.g. "coulombic-efficiency-vs-cycle"; also
 *                 used to find the expectations a chart can show
 * @param title    the title, e.g. "Coulombic efficiency"
 * @param subtitle a second line such as the run id, "" for none
 * @param kind     how the series are drawn
 * @param xAxis    the horizontal axis
 * @param yAxis    the vertical axis
 * @param series   the data, in drawing (and, for stacked areas, stacking) order
 * @param markers  expected values to draw over the data
 */
public record ChartModel(String id, String title, String subtitle, ChartKind kind, Axis xAxis, Axis yAxis,
		List<DataSeries> series, List<ReferenceMarker> markers) {

	/** Checks and copies the arguments. */
	public ChartModel {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		subtitle = subtitle == null ? "" : subtitle;
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(xAxis, "xAxis");
		Objects.requireNonNull(yAxis, "yAxis");
		series = List.copyOf(series);
		markers = List.copyOf(markers);
	}

	/**
	 * A chart without markers.
	 *
	 * @param id       file-system friendly name
	 * @param title    title
	 * @param subtitle second line, "" for none
	 * @param kind     how series are drawn
	 * @param xAxis    horizontal axis
	 * @param yAxis    vertical axis
	 * @param series   data in display units
	 * @return the chart
	 */
	public static ChartModel of(String id, String title, String subtitle, ChartKind kind, Axis xAxis, Axis yAxis,
			List<DataSeries> series) {
		return new ChartModel(id, title, subtitle, kind, xAxis, yAxis, series, List.of());
	}

	/**
	 * This chart with more markers.
	 *
	 * @param more markers in the display units of this chart's axes
	 * @return a new chart; this one is unchanged
	 */
	public ChartModel withMarkers(List<ReferenceMarker> more) {
		List<ReferenceMarker> all = new ArrayList<>(markers);
		all.addAll(more);
		return new ChartModel(id, title, subtitle, kind, xAxis, yAxis, series, all);
	}

	/**
	 * The series with a given name.
	 *
	 * @param name legend name
	 * @return the first series with that name
	 * @throws IllegalArgumentException if there is none
	 */
	public DataSeries series(String name) {
		return series.stream().filter(s -> s.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no series '" + name + "' in " + id));
	}

	/**
	 * Whether there is anything to draw.
	 *
	 * @return true when no series has a point
	 */
	public boolean isEmpty() {
		return series.stream().allMatch(s -> s.size() == 0);
	}
}
