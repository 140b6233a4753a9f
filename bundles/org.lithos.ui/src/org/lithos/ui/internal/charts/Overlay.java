package org.lithos.ui.internal.charts;

import java.util.ArrayList;
import java.util.List;

import org.lithos.charts.ChartKind;
import org.lithos.charts.Channel;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;
import org.lithos.charts.ReferenceMarker;

/**
 * Several runs' charts of one kind drawn on one chart: every series named after its run, so the legend tells them
 * apart. Toolkit-free, like the chart models it combines.
 */
public final class Overlay {

	/** Between a run's id and its series' name when the run has several series: "RUN: predicted". */
	static final String SEPARATOR = ": ";

	private Overlay() {
	}

	/**
	 * @param runIds the runs, in the order of {@code charts}
	 * @param charts one chart of the same kind per run
	 * @return one chart: the first's title and axes, "N runs" as subtitle, every run's series and markers; a lone
	 *         chart unchanged. Stacked areas do not overlay: only the first run's are kept.
	 */
	public static ChartModel of(List<String> runIds, List<ChartModel> charts) {
		if (charts.isEmpty()) {
			throw new IllegalArgumentException("nothing to overlay");
		}
		ChartModel first = charts.get(0);
		if (charts.size() == 1 || first.kind() == ChartKind.STACKED_AREA) {
			return first;
		}
		List<DataSeries> series = new ArrayList<>();
		List<ReferenceMarker> markers = new ArrayList<>();
		for (int i = 0; i < charts.size(); i++) {
			ChartModel chart = charts.get(i);
			String run = runIds.get(i);
			for (DataSeries s : chart.series()) {
				String name = chart.series().size() == 1 ? run : run + SEPARATOR + s.name();
				// runs get a colour each; measured curves stay grey, under every run's prediction
				Channel channel = s.channel() == Channel.MEASURED ? Channel.MEASURED : null;
				// keyed by run and member, so a run keeps one colour over its several curves (cycles, branches)
				DataSeries.Key key = chart.series().size() == 1 ? null : new DataSeries.Key(run, s.name());
				series.add(new DataSeries(name, channel, s.x(), s.y(), key));
			}
			for (ReferenceMarker marker : chart.markers()) {
				if (!markers.contains(marker)) {
					markers.add(marker);
				}
			}
		}
		return new ChartModel(first.id(), first.title(), charts.size() + " runs", first.kind(), first.xAxis(),
				first.yAxis(), series, markers);
	}
}
