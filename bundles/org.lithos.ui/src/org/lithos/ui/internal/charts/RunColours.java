package org.lithos.ui.internal.charts;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lithos.charts.Channel;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;

/**
 * Which colour tells a run's curves apart on a chart: the one colour all of the run's own series are drawn in. A run
 * overlaid with others owns the series named after it ({@link Overlay}: "RUN" or "RUN: predicted"); a lone run owns
 * every series. Its measured curves are left out, since they are grey for every run, so a run drawn as measured and
 * predicted is told by its prediction's colour. Toolkit-free.
 */
final class RunColours {

	private RunColours() {
	}

	/**
	 * @param chart   the chart on show
	 * @param drawn   the colour each series is drawn in, by series name
	 * @param runIds  the ticked runs
	 * @return each run's colour, for the runs whose own series share one; a run drawn in several colours (one line
	 *         per cycle) or not at all (the sweep's series are no run's when several are ticked) has none
	 */
	static Map<String, Color> of(ChartModel chart, Map<String, Color> drawn, List<String> runIds) {
		Map<String, Color> colours = new HashMap<>();
		for (String run : runIds) {
			Color colour = null;
			boolean one = true;
			for (DataSeries s : chart.series()) {
				if (s.channel() == Channel.MEASURED || !(runIds.size() == 1 || owns(run, s.name()))) {
					continue;
				}
				Color c = drawn.get(s.name());
				one &= c != null && (colour == null || colour.equals(c));
				colour = c;
			}
			if (one && colour != null) {
				colours.put(run, colour);
			}
		}
		return colours;
	}

	private static boolean owns(String run, String series) {
		return series.equals(run) || series.startsWith(run + Overlay.SEPARATOR);
	}
}
