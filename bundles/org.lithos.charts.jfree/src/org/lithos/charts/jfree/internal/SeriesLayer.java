package org.lithos.charts.jfree.internal;

import java.util.List;

import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lithos.charts.ChartKind;
import org.lithos.charts.DataSeries;

/** The data of a chart: a dataset and a renderer for its kind, coloured per channel. */
public record SeriesLayer(XYDataset dataset, XYItemRenderer renderer) {

	/** Up to this many points a line also shows its points, so sparse per-cycle data reads as data. */
	static final int SHAPES_UP_TO = 60;

	/** Diameter of a point, px. */
	static final double DOT = 5;

	/**
	 * @param kind   how to draw
	 * @param series the model's series
	 * @return dataset and renderer
	 */
	public static SeriesLayer of(ChartKind kind, List<DataSeries> series) {
		return kind == ChartKind.STACKED_AREA ? stacked(series) : lines(kind, series);
	}

	private static SeriesLayer lines(ChartKind kind, List<DataSeries> series) {
		XYSeriesCollection dataset = new XYSeriesCollection();
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(kind == ChartKind.LINE, true);
		RunGrouping runs = RunGrouping.of(series);
		for (int i = 0; i < series.size(); i++) {
			DataSeries s = series.get(i);
			dataset.addSeries(xy(s, true));
			renderer.setSeriesPaint(i, runs != null ? runs.paint(s) : Palette.of(s.channel(), i));
			renderer.setSeriesStroke(i, runs != null ? runs.stroke(s) : ChartStyle.SERIES_STROKE);
			renderer.setSeriesShape(i, runs != null ? runs.shape(s) : RunGrouping.dot());
			renderer.setSeriesShapesVisible(i, kind == ChartKind.SCATTER || s.size() <= SHAPES_UP_TO);
		}
		return new SeriesLayer(dataset, renderer);
	}

	/** Stacked areas need one x grid for all series; the model guarantees it. */
	private static SeriesLayer stacked(List<DataSeries> series) {
		DefaultTableXYDataset dataset = new DefaultTableXYDataset();
		StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
		renderer.setRoundXCoordinates(true);
		for (int i = 0; i < series.size(); i++) {
			DataSeries s = series.get(i);
			dataset.addSeries(xy(s, false));
			renderer.setSeriesPaint(i, Palette.of(s.channel(), i));
		}
		return new SeriesLayer(dataset, renderer);
	}

	private static XYSeries xy(DataSeries s, boolean duplicatesAllowed) {
		// keep the model's order: a voltage trace may step back in x only if the solver says so
		XYSeries out = new XYSeries(s.name(), false, duplicatesAllowed);
		double[] x = s.x();
		double[] y = s.y();
		for (int i = 0; i < x.length; i++) {
			out.add(x[i], y[i], false);
		}
		return out;
	}
}
