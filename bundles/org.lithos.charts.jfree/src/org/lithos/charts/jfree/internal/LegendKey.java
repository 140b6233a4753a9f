package org.lithos.charts.jfree.internal;

import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.lithos.charts.DataSeries;

/**
 * The entries of a chart's key: one per look a reader can tell apart, not one per series. Series drawn alike (same
 * colour and line, e.g. a run's measured cycles in grey, or every cycle's plating branch of one run) share one
 * entry, named by what their names share ("cycle 1-4 plating"), since separate entries of one look would promise a
 * distinction the curves do not make. Several runs with several curves each ({@link RunGrouping}) get a two-part
 * key: each run with its colour, then each member with its line style. Each entry's tooltip names every series it
 * stands for, whole.
 */
public final class LegendKey implements LegendItemSource {

	/** Length of an entry's line sample, px: long enough to show a dash pattern. */
	private static final double SAMPLE = 22;

	private final List<LegendItem> items;

	private LegendKey(List<LegendItem> items) {
		this.items = items;
	}

	/**
	 * @param series   the chart's series, in the order of the renderer's
	 * @param renderer what draws them
	 * @return the key
	 */
	static LegendKey of(List<DataSeries> series, XYItemRenderer renderer) {
		List<LegendItem> items = new ArrayList<>();
		RunGrouping runs = RunGrouping.of(series);
		List<Integer> rest = new ArrayList<>();
		if (runs != null) {
			for (String group : runs.groups()) {
				items.add(item(group, group, runs.groupPaint(group), ChartStyle.SERIES_STROKE, null, true));
			}
			for (String member : runs.members()) {
				items.add(item(member, member, ChartStyle.TEXT, runs.memberStroke(member), runs.memberShape(member),
						true));
			}
			for (int i = 0; i < series.size(); i++) {
				if (series.get(i).channel() == org.lithos.charts.Channel.MEASURED) {
					rest.add(i);
				}
			}
		} else {
			for (int i = 0; i < series.size(); i++) {
				rest.add(i);
			}
		}
		// series of one look, in the order their first is drawn
		Map<Look, List<String>> looks = new LinkedHashMap<>();
		for (int i : rest) {
			if (!renderer.isSeriesVisibleInLegend(i)) {
				continue;
			}
			Look look = new Look(renderer.getSeriesPaint(i), renderer.getSeriesStroke(i), shapeVisible(renderer, i));
			looks.computeIfAbsent(look, k -> new ArrayList<>()).add(series.get(i).name());
		}
		looks.forEach((look, names) -> items.add(item(label(names), String.join("\n", names), look.paint(),
				look.stroke(), look.shapes() ? RunGrouping.dot() : null, lines(renderer))));
		return new LegendKey(items);
	}

	private static boolean shapeVisible(XYItemRenderer renderer, int series) {
		return renderer instanceof org.jfree.chart.renderer.xy.XYLineAndShapeRenderer lines
				&& Boolean.TRUE.equals(lines.getSeriesShapesVisible(series));
	}

	private static boolean lines(XYItemRenderer renderer) {
		return !(renderer instanceof org.jfree.chart.renderer.xy.XYLineAndShapeRenderer lines)
				|| lines.getDefaultLinesVisible();
	}

	private static LegendItem item(String label, String tooltip, Paint paint, Stroke stroke, Shape shape,
			boolean line) {
		Shape sample = new Line2D.Double(-SAMPLE / 2, 0, SAMPLE / 2, 0);
		Shape point = shape != null ? shape : RunGrouping.dot();
		return new LegendItem(label, null, tooltip, null, shape != null || !line, point, true, paint, false, paint,
				stroke, line, sample, stroke, paint);
	}

	/**
	 * What several series' names share, to name them together: words alike in all kept, whole numbers that differ
	 * listed ("cycle 1, 4 plating"; "1-4" for three or more in a row), other differing words left out; names of
	 * unlike shape keep the words they begin and end with, around an ellipsis.
	 *
	 * @param names the names, at least one
	 * @return a label
	 */
	static String label(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		List<String[]> words = names.stream().map(n -> n.trim().split("\\s+")).toList();
		int count = words.get(0).length;
		if (words.stream().allMatch(w -> w.length == count)) {
			List<String> kept = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int at = i;
				String first = words.get(0)[i];
				if (words.stream().allMatch(w -> w[at].equals(first))) {
					kept.add(first);
					continue;
				}
				String numbers = numbers(words.stream().map(w -> w[at]).toList());
				if (numbers != null) {
					kept.add(numbers);
				}
			}
			if (!kept.isEmpty()) {
				return String.join(" ", kept).replaceAll("[,;:]$", "");
			}
		}
		String[] first = words.get(0);
		int prefix = 0;
		while (prefix < first.length && sharedAt(words, prefix, true)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < first.length - prefix && sharedAt(words, suffix, false)) {
			suffix++;
		}
		String head = String.join(" ", java.util.Arrays.asList(first).subList(0, prefix));
		String tail = String.join(" ", java.util.Arrays.asList(first).subList(first.length - suffix, first.length));
		return (head + " \u2026 " + tail).trim();
	}

	private static boolean sharedAt(List<String[]> words, int i, boolean fromStart) {
		String[] first = words.get(0);
		String word = fromStart ? first[i] : first[first.length - 1 - i];
		return words.stream().allMatch(w -> i < w.length && (fromStart ? w[i] : w[w.length - 1 - i]).equals(word));
	}

	/** @return "1, 4" or "1-4" for whole numbers (a trailing comma kept), null when any word is not one */
	private static String numbers(List<String> words) {
		String end = words.get(0).replaceAll("^\\d+", "");
		TreeSet<Integer> values = new TreeSet<>();
		for (String w : words) {
			if (!w.matches("\\d+[,;:]?") || !w.replaceAll("^\\d+", "").equals(end)) {
				return null;
			}
			values.add(Integer.parseInt(w.substring(0, w.length() - end.length())));
		}
		boolean consecutive = values.size() >= 3 && values.last() - values.first() == values.size() - 1;
		return (consecutive ? values.first() + "\u2013" + values.last()
				: String.join(", ", values.stream().map(String::valueOf).toList())) + end;
	}

	@Override
	public LegendItemCollection getLegendItems() {
		LegendItemCollection out = new LegendItemCollection();
		items.forEach(out::add);
		return out;
	}

	/** What a reader sees of a series in the key. */
	private record Look(Paint paint, Stroke stroke, boolean shapes) {

		Look {
			Objects.requireNonNull(paint, "paint");
		}
	}
}
