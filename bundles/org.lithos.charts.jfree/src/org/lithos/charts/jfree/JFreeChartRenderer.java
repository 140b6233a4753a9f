package org.lithos.charts.jfree;

import java.io.IOException;

import org.jfree.chart.JFreeChart;
import org.lithos.charts.ChartModel;
import org.lithos.charts.jfree.internal.ImageWriters;
import org.lithos.charts.render.ChartRenderer;
import org.lithos.charts.render.ImageFile;
import org.lithos.model.io.AtomicFiles;

/**
 * Renders chart models headless with JFreeChart into PNG or SVG files, each written to a temporary sibling and
 * moved into place. Needs no display: run with {@code -Djava.awt.headless=true} on servers. Thread-safe: every call
 * builds its own chart.
 */
public final class JFreeChartRenderer implements ChartRenderer<ImageFile> {

	@Override
	public void render(ChartModel chart, ImageFile target) throws IOException {
		JFreeChart drawn = JFreeCharts.create(chart);
		switch (target.format()) {
		case PNG -> AtomicFiles.write(target.path(),
				out -> ImageWriters.png(drawn, target.width(), target.height(), out));
		case SVG -> AtomicFiles.write(target.path(),
				out -> ImageWriters.svg(drawn, target.width(), target.height(), out));
		default -> throw new IllegalArgumentException("unsupported format " + target.format());
		}
	}
}
