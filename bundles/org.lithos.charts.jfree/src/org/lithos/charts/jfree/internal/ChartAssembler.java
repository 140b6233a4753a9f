package org.lithos.charts.jfree.internal;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.lithos.charts.ChartModel;

/** Puts a chart model together as a JFreeChart: axes, data, markers, then the house style. */
public final class ChartAssembler {

	private ChartAssembler() {
	}

	/**
	 * @param model the chart model
	 * @return a new, styled JFreeChart; a legend only when there are several series
	 */
	public static JFreeChart assemble(ChartModel model) {
		SeriesLayer data = SeriesLayer.of(model.kind(), model.series());
		XYPlot plot = new XYPlot(data.dataset(), ChartStyle.axis(model.xAxis()), ChartStyle.axis(model.yAxis()),
				data.renderer());
		plot.setOrientation(PlotOrientation.VERTICAL);
		// models list what lies underneath first (measured curves before the predictions); JFreeChart's default
		// order would paint the first series last, on top
		plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
		ChartStyle.plot(plot);
		MarkerLayer.add(plot, model.markers());
		ChartStyle.openFlatRange(plot.getRangeAxis());
		JFreeChart chart = new JFreeChart(model.title(), ChartStyle.TITLE, plot, model.series().size() > 1);
		ChartStyle.chart(chart, model.subtitle());
		if (chart.getLegend() != null && model.kind() != org.lithos.charts.ChartKind.STACKED_AREA) {
			// one entry per look, runs and their members apart (stacked areas keep one filled box per layer)
			chart.getLegend().setSources(new org.jfree.chart.LegendItemSource[] {
					LegendKey.of(model.series(), data.renderer()) });
		}
		return chart;
	}
}
