package org.lithos.charts.jfree;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.lithos.charts.DepositPicture;
import org.lithos.charts.DepositView;
import org.lithos.charts.jfree.internal.DepositFigure;
import org.lithos.charts.jfree.internal.DepositLayout;
import org.lithos.charts.jfree.internal.DepositPainter;
import org.lithos.charts.jfree.internal.ImageWriters;
import org.lithos.charts.render.DepositRenderer;
import org.lithos.charts.render.ImageFile;
import org.lithos.model.io.AtomicFiles;

/**
 * Renders pictures of Li deposits (morphology images from a kinetic Monte Carlo lattice) headless into PNG or SVG
 * files, each written to a temporary sibling and moved into place, or into images in memory for a view. PNG and SVG come from the same Graphics2D
 * drawing; the sites are drawn as one raster per picture (in SVG an embedded PNG shown without smoothing), so large
 * lattices stay fast and files small. Every image has a title, a scale bar (a round length of about a quarter of the
 * width, in nm or µm) and a legend of the materials; colour-mapped views add a colour bar. Cross-sections of a
 * deposit much thinner than the lattice is wide stretch their heights by a whole factor to fill the image, with a
 * vertical scale bar and the factor written out ({@code heights drawn 3 × widths}). Thread-safe and without
 * state: run with {@code -Djava.awt.headless=true} on servers.
 */
public final class Java2DDepositRenderer implements DepositRenderer {

	@Override
	public void render(DepositPicture picture, DepositView view, ImageFile target) throws IOException {
		Objects.requireNonNull(picture, "picture");
		write(DepositFigure.single(picture, view), target);
	}

	@Override
	public void renderPanel(String title, List<DepositPicture> pictures, DepositView view, ImageFile target)
			throws IOException {
		write(DepositFigure.panel(title, pictures, view), target);
	}

	@Override
	public void renderSequence(List<DepositPicture> snapshots, DepositView view, ImageFile target)
			throws IOException {
		write(DepositFigure.sequence(snapshots, view), target);
	}

	/**
	 * Draws what {@link #renderPanel} writes into a file into memory instead, for a view that shows it: the pixels of
	 * the PNG of the same size.
	 *
	 * @param title    the image's title
	 * @param pictures the deposits, left to right
	 * @param view     what every picture shows
	 * @param width    width in pixels
	 * @param height   height in pixels
	 * @return the image
	 * @throws IllegalArgumentException as {@link #renderPanel}, e.g. when the image is too small
	 */
	public BufferedImage panelImage(String title, List<DepositPicture> pictures, DepositView view, int width,
			int height) {
		return image(DepositFigure.panel(title, pictures, view), width, height);
	}

	/**
	 * Draws what {@link #renderSequence} writes into a file into memory instead: the pixels of the PNG of the same
	 * size.
	 *
	 * @param snapshots the snapshots, in time order
	 * @param view      what every picture shows
	 * @param width     width in pixels
	 * @param height    height in pixels
	 * @return the image
	 * @throws IllegalArgumentException as {@link #renderSequence}, e.g. when the image is too small
	 */
	public BufferedImage sequenceImage(List<DepositPicture> snapshots, DepositView view, int width, int height) {
		return image(DepositFigure.sequence(snapshots, view), width, height);
	}

	private static BufferedImage image(DepositFigure figure, int width, int height) {
		// fails before drawing when the picture does not fit, as for a file
		DepositLayout.of(figure, width, height);
		return ImageWriters.image(drawing(figure), width, height);
	}

	private static ImageWriters.Drawing drawing(DepositFigure figure) {
		return (g, width, height) -> DepositPainter.paint(g, figure, width, height);
	}

	private static void write(DepositFigure figure, ImageFile target) throws IOException {
		ImageWriters.Drawing drawing = drawing(figure);
		// lay out before opening the file, so a picture that does not fit fails without touching it
		DepositLayout.of(figure, target.width(), target.height());
		switch (target.format()) {
		case PNG -> AtomicFiles.write(target.path(),
				out -> ImageWriters.png(drawing, target.width(), target.height(), out));
		case SVG -> AtomicFiles.write(target.path(),
				out -> ImageWriters.svg(drawing, target.width(), target.height(), out));
		default -> throw new IllegalArgumentException("unsupported format " + target.format());
		}
	}
}
