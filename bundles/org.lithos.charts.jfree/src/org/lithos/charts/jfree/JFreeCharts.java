package org.lithos.charts.jfree;

import org.jfree.chart.JFreeChart;
import org.lithos.charts.ChartModel;
import org.lithos.charts.jfree.internal.ChartAssembler;

/**
 * Turns chart models into styled JFreeCharts: white background, light grid, sans-serif text, one colour per
 * {@link org.lithos.charts.Channel}, a legend only for several series, expectations as translucent bands. The
 * headless renderer draws these; the studio shows the same objects in an SWT chart composite.
 */
public final class JFreeCharts {

	private JFreeCharts() {
	}

	/**
	 * A new JFreeChart for a model; the model is not kept.
	 *
	 * @param chart the model, values in its axes' display units
	 * @return a chart that the caller owns and may restyle
	 */
	public static JFreeChart create(ChartModel chart) {
		return ChartAssembler.assemble(chart);
	}
}
