package org.lithos.charts.jfree.internal;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.List;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.lithos.charts.MarkerAxis;
import org.lithos.charts.ReferenceMarker;

/**
 * Draws expectations: across the chart as a translucent band with a dashed line at the expected value, or at one
 * position (a cycle, a sweep value) as a diamond with an error bar. One-sided expectations ("at least") run to the
 * edge of the plot. Every label is placed in pixels when the chart is drawn, where the whole of it is inside the
 * plot and clear of the others ({@link MarkerLabels}).
 */
public final class MarkerLayer {

	private static final int BAND_ALPHA = 38;
	private static final int MARKER_DATASET = 1;
	/** Mostly opaque white, so labels stay readable over grid lines and data. */
	private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 200);

	private MarkerLayer() {
	}

	/**
	 * Adds the markers to a plot whose data is already in place, widening the axes so every expected value shows.
	 *
	 * @param plot    the plot
	 * @param markers the model's markers
	 */
	public static void add(XYPlot plot, List<ReferenceMarker> markers) {
		if (markers.isEmpty()) {
			return;
		}
		List<ReferenceMarker> points = markers.stream().filter(ReferenceMarker::isPoint).toList();
		XYIntervalSeriesCollection pointData = new XYIntervalSeriesCollection();
		XYErrorRenderer pointRenderer = pointRenderer();
		if (!points.isEmpty()) {
			fill(pointData, points, null, null);
			plot.setDataset(MARKER_DATASET, pointData);
			plot.setRenderer(MARKER_DATASET, pointRenderer);
		}
		widen(plot.getDomainAxis(), markers, MarkerAxis.X);
		widen(plot.getRangeAxis(), markers, MarkerAxis.Y);
		Range x = plot.getDomainAxis().getRange();
		Range y = plot.getRangeAxis().getRange();
		if (!points.isEmpty()) {
			fill(pointData, points, x, y);
		}
		MarkerLabels labels = new MarkerLabels(ChartStyle.MARKER_LABEL);
		for (int i = 0; i < points.size(); i++) {
			ReferenceMarker m = points.get(i);
			pointRenderer.setSeriesPaint(i, Palette.of(m.channel(), i));
			labels.add(label(m));
		}
		for (ReferenceMarker m : markers) {
			if (!m.isPoint()) {
				labels.add(across(plot, m, m.axis() == MarkerAxis.X ? x : y));
			}
		}
		plot.addAnnotation(labels);
	}

	private static XYErrorRenderer pointRenderer() {
		XYErrorRenderer renderer = new XYErrorRenderer();
		renderer.setDefaultLinesVisible(false);
		renderer.setDefaultShapesVisible(true);
		renderer.setAutoPopulateSeriesShape(false);
		renderer.setDefaultShape(diamond(4.5));
		renderer.setDrawXError(true);
		renderer.setDrawYError(true);
		renderer.setCapLength(6);
		renderer.setDefaultSeriesVisibleInLegend(false);
		return renderer;
	}

	/** One series per marker so each keeps its channel colour; open ends clipped to the ranges once known. */
	private static void fill(XYIntervalSeriesCollection data, List<ReferenceMarker> points, Range x, Range y) {
		data.removeAllSeries();
		for (int i = 0; i < points.size(); i++) {
			ReferenceMarker m = points.get(i);
			XYIntervalSeries s = new XYIntervalSeries("expected " + i);
			if (m.axis() == MarkerAxis.Y) {
				s.add(m.at(), m.at(), m.at(), m.value(), clip(m.low(), m.value(), y), clip(m.high(), m.value(), y));
			} else {
				s.add(m.value(), clip(m.low(), m.value(), x), clip(m.high(), m.value(), x), m.at(), m.at(), m.at());
			}
			data.addSeries(s);
		}
	}

	private static double clip(double end, double value, Range range) {
		if (Double.isFinite(end)) {
			return end;
		}
		if (range == null) {
			return value;
		}
		return end < 0 ? range.getLowerBound() : range.getUpperBound();
	}

	/** Makes sure expected values and finite band ends are inside the axis range, with a little air. */
	private static void widen(ValueAxis axis, List<ReferenceMarker> markers, MarkerAxis which) {
		Range range = axis.getRange();
		Range wanted = range;
		for (ReferenceMarker m : markers) {
			if (m.axis() != which) {
				continue;
			}
			for (double v : new double[] { m.value(), m.low(), m.high() }) {
				if (Double.isFinite(v)) {
					wanted = Range.expandToInclude(wanted, v);
				}
			}
		}
		if (!wanted.equals(range)) {
			double air = 0.05 * Math.max(wanted.getLength(), Math.abs(wanted.getCentralValue()) * 1e-6 + 1e-12);
			axis.setRange(new Range(
					wanted.getLowerBound() < range.getLowerBound() ? wanted.getLowerBound() - air : range.getLowerBound(),
					wanted.getUpperBound() > range.getUpperBound() ? wanted.getUpperBound() + air : range.getUpperBound()));
		} else {
			// fix the range: clipping open ends to it below must not make the axis grow again
			axis.setRange(range);
		}
	}

	/** Draws a marker across the plot; returns its label, which the plot's {@link MarkerLabels} place. */
	private static MarkerLabels.Label across(XYPlot plot, ReferenceMarker m, Range range) {
		Color color = Palette.of(m.channel(), 0);
		if (m.hasBand()) {
			IntervalMarker band = new IntervalMarker(clip(m.low(), m.value(), range), clip(m.high(), m.value(), range));
			band.setPaint(Palette.translucent(color, BAND_ALPHA));
			band.setOutlinePaint(null);
			add(plot, m.axis(), band, Layer.BACKGROUND);
		}
		ValueMarker line = new ValueMarker(m.value(), color, ChartStyle.MARKER_STROKE);
		add(plot, m.axis(), line, Layer.FOREGROUND);
		// the line's label: above a horizontal line from the left edge, beside a vertical one from the top, placed in
		// pixels when drawn (a marker's own label is placed in data space and can run out of the plot)
		boolean horizontal = m.axis() == MarkerAxis.Y;
		return new MarkerLabels.Label(m.label(), horizontal ? Double.NaN : m.value(), horizontal ? m.value() : Double.NaN,
				color.darker(), LABEL_BACKGROUND);
	}

	private static void add(XYPlot plot, MarkerAxis axis, org.jfree.chart.plot.Marker marker, Layer layer) {
		if (axis == MarkerAxis.Y) {
			plot.addRangeMarker(marker, layer);
		} else {
			plot.addDomainMarker(marker, layer);
		}
	}

	/** A point's label, beside the point on the side where the whole of it fits ({@link MarkerLabels}). */
	private static MarkerLabels.Label label(ReferenceMarker m) {
		double x = m.axis() == MarkerAxis.Y ? m.at() : m.value();
		double y = m.axis() == MarkerAxis.Y ? m.value() : m.at();
		// no background here: a point's label sits among the data and must not hide it
		return new MarkerLabels.Label(m.label(), x, y, Palette.of(m.channel(), 0).darker(), null);
	}

	private static java.awt.Shape diamond(double r) {
		Path2D.Double d = new Path2D.Double();
		d.moveTo(0, -r);
		d.lineTo(r, 0);
		d.lineTo(0, r);
		d.lineTo(-r, 0);
		d.closePath();
		return d;
	}
}
