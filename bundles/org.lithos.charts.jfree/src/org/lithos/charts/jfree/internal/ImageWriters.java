package org.lithos.charts.jfree.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Encodes a drawn chart, or any drawing, as PNG or SVG onto a stream. */
public final class ImageWriters {

	/**
	 * CSS that keeps embedded rasters (one pixel per lattice site) sharp when scaled up, instead of blurred;
	 * the later declarations win where a viewer knows them.
	 */
	static final String CRISP_IMAGES = "<style>image{image-rendering:optimizeSpeed;image-rendering:crisp-edges;"
			+ "image-rendering:pixelated}</style>";

	/** Something that draws itself with Graphics2D calls, the same for raster and vector output. */
	@FunctionalInterface
	public interface Drawing {
		/**
		 * @param g      where to draw
		 * @param width  width in px
		 * @param height height in px
		 */
		void draw(Graphics2D g, int width, int height);
	}

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
		SVGGraphics2D g2 = svgGraphics(width, height);
		chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		write(g2.getSVGElement(), out);
	}

	/**
	 * @param drawing what to draw
	 * @param width   width in pixels
	 * @param height  height in pixels
	 * @param out     where the PNG goes; not closed
	 * @throws IOException when writing fails
	 */
	public static void png(Drawing drawing, int width, int height, OutputStream out) throws IOException {
		if (!ImageIO.write(image(drawing, width, height), "png", out)) {
			throw new IOException("no PNG writer in this Java runtime");
		}
	}

	/**
	 * @param drawing what to draw
	 * @param width   width in pixels
	 * @param height  height in pixels
	 * @return the drawing in memory: the pixels its PNG holds
	 */
	public static BufferedImage image(Drawing drawing, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			drawing.draw(g2, width, height);
		} finally {
			g2.dispose();
		}
		return image;
	}

	/**
	 * @param drawing what to draw; its images are embedded as PNG and shown without smoothing
	 * @param width   width in user units (px)
	 * @param height  height in user units (px)
	 * @param out     where the UTF-8 SVG document goes; not closed
	 * @throws IOException when writing fails
	 */
	public static void svg(Drawing drawing, int width, int height, OutputStream out) throws IOException {
		SVGGraphics2D g2 = svgGraphics(width, height);
		drawing.draw(g2, width, height);
		String element = g2.getSVGElement();
		int open = element.indexOf('>') + 1;
		write(element.substring(0, open) + CRISP_IMAGES + element.substring(open), out);
	}

	private static SVGGraphics2D svgGraphics(int width, int height) {
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		// a hundredth of a pixel is plenty: files about 40 % smaller, and no locale in the numbers
		DecimalFormat hundredths = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		g2.setGeomDoubleConverter(hundredths::format);
		// a fixed prefix for clip-path ids instead of the clock, so equal charts give equal files
		g2.setDefsKeyPrefix("lithos");
		return g2;
	}

	/** No DOCTYPE: SVG 2 drops it, and it makes XML parsers fetch a DTD from the network. */
	private static void write(String svgElement, OutputStream out) throws IOException {
		String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement + "\n";
		out.write(document.getBytes(StandardCharsets.UTF_8));
	}
}
