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

	/**
	 * Puts a compact copy of a chart's key inside its plot, in the corner with the fewest points, for a chart with
	 * no room for the key outside the plot (hide that one).
	 *
	 * @param chart    a chart from {@link #create(ChartModel)}, drawn once at its size so the axes have their ranges
	 * @param g        for text metrics
	 * @param dataArea the plot's data area as drawn without the outside key, Java 2D units
	 * @return the annotation holding the key (remove it from the plot to take the key out), null when even the
	 *         compact key would cover too much of the plot
	 */
	public static org.jfree.chart.annotations.XYTitleAnnotation insetLegend(JFreeChart chart,
			java.awt.Graphics2D g, java.awt.geom.Rectangle2D dataArea) {
		return org.lithos.charts.jfree.internal.InsetLegend.place(chart, g, dataArea);
	}

	/**
	 * A compact copy of a chart's key for below the plot, for a chart too narrow for the key inside its plot.
	 *
	 * @param chart    a chart from {@link #create(ChartModel)}
	 * @param g        for text metrics
	 * @param maxWidth the width it may take, Java 2D units
	 * @return the key in as many columns as fit (add it as a subtitle), null when one column is too wide
	 */
	public static org.jfree.chart.title.LegendTitle compactLegend(JFreeChart chart, java.awt.Graphics2D g,
			double maxWidth) {
		return org.lithos.charts.jfree.internal.InsetLegend.below(chart, g, maxWidth);
	}
}
