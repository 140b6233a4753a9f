package org.lithos.charts.render.internal;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Encodes a drawn chart as PNG or SVG onto a stream. */
public final class ImageWriters {

	private ImageWriters() {
	}

	/**
	 * @param chart  the chart
	 * @param width  width in pixels
	 * @param height height in pixels
	 * @param out    where the PNG goes; not closed
	 * @throws IOException when writing fails
	 */
	public static void png(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
		ChartUtils.writeChartAsPNG(out, chart, width, height);
	}

	/**
	 * @param chart  the chart
	 * @param width  width in user units (px)
	 * @param height height in user units (px)
	 * @param out    where the UTF-8 SVG document goes (no DOCTYPE, which SVG 2 drops and which makes XML parsers
	 *               fetch a DTD from the network); not closed
	 * @throws IOException when writing fails
	 */
	public static void svg(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		// a hundredth of a pixel is plenty: files about 40 % smaller, and no locale in the numbers
		DecimalFormat hundredths = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		g2.setGeomDoubleConverter(hundredths::format);
		// a fixed prefix for clip-path ids instead of the clock, so equal charts give equal files
		g2.setDefsKeyPrefix("lithos");
		chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n";
		out.write(document.getBytes(StandardCharsets.UTF_8));
	}
}
