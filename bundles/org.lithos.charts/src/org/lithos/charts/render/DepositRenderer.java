package org.lithos.charts.render;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.lithos.charts.DepositPicture;
import org.lithos.charts.DepositView;
import org.lithos.charts.render.internal.DepositFigure;
import org.lithos.charts.render.internal.DepositLayout;
import org.lithos.charts.render.internal.DepositPainter;
import org.lithos.charts.render.internal.ImageWriters;
import org.lithos.model.io.AtomicFiles;

/**
 * Renders pictures of Li deposits (morphology images from a kinetic Monte Carlo lattice) headless into PNG or SVG
 * files, each written to a temporary sibling and moved into place. PNG and SVG come from the same Graphics2D
 * drawing; the sites are drawn as one raster per picture (in SVG an embedded PNG shown without smoothing), so large
 * lattices stay fast and files small. Every image has a title, a scale bar (a round length of about a quarter of the
 * width, in nm or µm) and a legend of the materials; colour-mapped views add a colour bar. Thread-safe and without
 * state: run with {@code -Djava.awt.headless=true} on servers.
 */
public final class DepositRenderer {

	/**
	 * Draws one deposit: its title, the time and deposited charge under it.
	 *
	 * @param picture the deposit
	 * @param view    cross-section by material or deposition time, or the top view by height
	 * @param target  the image file
	 * @throws IOException              when the file cannot be written
	 * @throws IllegalArgumentException when the view needs data the picture lacks (deposition times) or the image
	 *                                  is too small
	 */
	public void render(DepositPicture picture, DepositView view, ImageFile target) throws IOException {
		Objects.requireNonNull(picture, "picture");
		write(DepositFigure.single(picture, view), target);
	}

	/**
	 * Draws several deposits side by side at one scale, standing on a common base line so their heights compare,
	 * with one colour range for all; e.g. Cu, Li2Te-Cu and Mg/W-Cu at the same deposited charge.
	 *
	 * @param title    the image's title, e.g. "0.05 mAh/cm2 at 1 mA/cm2"
	 * @param pictures the deposits, left to right, each captioned with its own title
	 * @param view     what every picture shows
	 * @param target   the image file
	 * @throws IOException              when the file cannot be written
	 * @throws IllegalArgumentException when there are no pictures, a view needs data a picture lacks, or the
	 *                                  image is too small
	 */
	public void renderPanel(String title, List<DepositPicture> pictures, DepositView view, ImageFile target)
			throws IOException {
		write(DepositFigure.panel(title, pictures, view), target);
	}

	/**
	 * Draws the snapshots of one run left to right at one scale and colour range, each with its time and
	 * deposited charge under it, titled with the first snapshot's title.
	 *
	 * @param snapshots the snapshots, in time order
	 * @param view      what every picture shows
	 * @param target    the image file
	 * @throws IOException              when the file cannot be written
	 * @throws IllegalArgumentException when there are no snapshots, a view needs data a snapshot lacks, or the
	 *                                  image is too small
	 */
	public void renderSequence(List<DepositPicture> snapshots, DepositView view, ImageFile target)
			throws IOException {
		write(DepositFigure.sequence(snapshots, view), target);
	}

	private static void write(DepositFigure figure, ImageFile target) throws IOException {
		ImageWriters.Drawing drawing = (g, width, height) -> DepositPainter.paint(g, figure, width, height);
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
