package org.lithos.charts.render;

import java.io.IOException;

import org.lithos.charts.ChartModel;

/**
 * Draws chart models onto some target: an image file for headless use, a widget in the studio. Implementations
 * keep their toolkit to themselves, so callers only ever hand over a {@link ChartModel}.
 *
 * @param <T> where charts are drawn, e.g. {@link ImageFile}
 */
@FunctionalInterface
public interface ChartRenderer<T> {

	/**
	 * Draws one chart.
	 *
	 * @param chart  the chart, values in its axes' display units
	 * @param target where to draw it
	 * @throws IOException when the target cannot be written
	 */
	void render(ChartModel chart, T target) throws IOException;
}
