package org.lithos.charts.render;

import java.io.IOException;
import java.util.List;

import org.lithos.charts.DepositPicture;
import org.lithos.charts.DepositView;

/**
 * Draws pictures of Li deposits (morphology images from a kinetic Monte Carlo lattice) into image files. Every image
 * has a title, a scale bar and a legend of the materials; colour-mapped views add a colour bar. Implementations keep
 * their toolkit to themselves and write each file to a temporary sibling before moving it into place.
 */
public interface DepositRenderer {

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
	void render(DepositPicture picture, DepositView view, ImageFile target) throws IOException;

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
	void renderPanel(String title, List<DepositPicture> pictures, DepositView view, ImageFile target)
			throws IOException;

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
	void renderSequence(List<DepositPicture> snapshots, DepositView view, ImageFile target) throws IOException;
}
