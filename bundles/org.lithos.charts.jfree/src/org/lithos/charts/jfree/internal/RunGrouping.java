package org.lithos.charts.jfree.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.util.ShapeUtils;
import org.lithos.charts.Channel;
import org.lithos.charts.DataSeries;

/**
 * How a chart of several runs, each with several curves, tells them apart: one colour per run and one line style
 * (dash and point shape) per member of a run (its cycles and branches), so the key has runs + members entries
 * instead of runs × members, and the eye finds a run by its colour. Measured curves keep their neutral grey and
 * solid line: they lie under every run. Charts of one run, or of runs with one curve each, are not grouped.
 *
 * @param groups  the runs, in the order first drawn
 * @param members the members of the runs (measured ones left out), in the order first drawn
 */
record RunGrouping(List<String> groups, List<String> members) {

	private static final float WIDTH = ChartStyle.SERIES_STROKE.getLineWidth();
	/**
	 * Line styles by member, solid first: dashes about four line widths long, readable at the view's size. Whole
	 * numbers only: the studio's SWT graphics round dash lengths to pixels and refuse a zero.
	 */
	private static final List<BasicStroke> STROKES = List.of(ChartStyle.SERIES_STROKE, dashed(7f, 4f), dashed(2f, 3f),
			dashed(9f, 3f, 2f, 3f), dashed(14f, 5f));
	private static final double DOT = SeriesLayer.DOT;

	/**
	 * @param series a chart's series
	 * @return the grouping, null when the chart is not several runs with several curves each
	 */
	static RunGrouping of(List<DataSeries> series) {
		List<String> groups = new ArrayList<>();
		List<String> members = new ArrayList<>();
		for (DataSeries s : series) {
			if (s.key() == null) {
				return null;
			}
			if (!groups.contains(s.key().group())) {
				groups.add(s.key().group());
			}
			if (s.channel() != Channel.MEASURED && !members.contains(s.key().member())) {
				members.add(s.key().member());
			}
		}
		return groups.size() > 1 && members.size() > 1 ? new RunGrouping(groups, members) : null;
	}

	/** @return the colour of a series: its run's, grey for a measured curve */
	Color paint(DataSeries series) {
		return series.channel() == Channel.MEASURED ? Palette.of(Channel.MEASURED, 0) : groupPaint(series.key().group());
	}

	/** @return the colour of a run */
	Color groupPaint(String group) {
		return Palette.of(Channel.OTHER, groups.indexOf(group));
	}

	/** @return the line of a series: its member's style, solid for a measured curve */
	BasicStroke stroke(DataSeries series) {
		return series.channel() == Channel.MEASURED ? ChartStyle.SERIES_STROKE : memberStroke(series.key().member());
	}

	/** @return the line style of a member */
	BasicStroke memberStroke(String member) {
		return STROKES.get(members.indexOf(member) % STROKES.size());
	}

	/** @return the point shape of a series: its member's, a dot for a measured curve */
	Shape shape(DataSeries series) {
		return series.channel() == Channel.MEASURED ? dot() : memberShape(series.key().member());
	}

	/** @return the point shape of a member: dot, square, triangles, diamond, so sparse points tell members apart too */
	Shape memberShape(String member) {
		double half = DOT / 2;
		return switch (members.indexOf(member) % 5) {
		case 0 -> dot();
		case 1 -> new Rectangle2D.Double(-half * 0.9, -half * 0.9, DOT * 0.9, DOT * 0.9);
		case 2 -> ShapeUtils.createUpTriangle((float) (half * 1.1));
		case 3 -> ShapeUtils.createDiamond((float) (half * 1.1));
		default -> ShapeUtils.createDownTriangle((float) (half * 1.1));
		};
	}

	static Shape dot() {
		return new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT);
	}

	private static BasicStroke dashed(float... pattern) {
		return new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
	}
}
