package org.lithos.charts.jfree.internal;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import org.lithos.charts.DepositPicture;
import org.lithos.charts.DepositView;

/**
 * Where everything of a {@link DepositFigure} goes in an image of a given size. All pictures share one scale (pixels
 * per metre) and stand on a common base line, so heights compare across them. Cross-sections are cut a little above
 * the highest occupied site of any of them, so a tall, mostly empty lattice does not squeeze the deposit.
 * <p>
 * A deposit is usually far thinner than the lattice is wide (50 nm of Li on 640 nm): drawn at one scale, its
 * section would be a strip across an image of white. So a cross-section's heights are stretched by a whole factor
 * ({@link #exaggeration()}, at most {@link #MAX_EXAGGERATION}) until the pictures fill the room under the title, and
 * a vertical scale bar at their left ({@link #heightBar()}) and the factor in the bottom row keep the picture honest.
 * Views from above show two horizontal directions and keep one scale.
 *
 * @param cells          the pixel rectangle of each picture
 * @param rows           the rows of sites each cross-section shows (for the top view: ny)
 * @param pixelsPerMetre the common scale across the pictures (horizontal)
 * @param exaggeration   how much more a cross-section's heights are drawn than its widths: 1 for true proportions
 *                       (and for views from above), else a whole number
 * @param titleBaseline  baseline of the title
 * @param bottomRow      top of the row with scale bar and legend
 * @param colourBar      the colour bar's rectangle, null for the material view
 * @param scaleBar       the scale bar (horizontal lengths)
 * @param heightBar      the vertical scale bar of cross-sections (heights), null for views from above
 * @param maxValue       SI value at the top of the colour map (s or m), NaN for the material view
 */
public record DepositLayout(List<Rectangle> cells, int[] rows, double pixelsPerMetre, double exaggeration,
		int titleBaseline, int bottomRow, Rectangle colourBar, ScaleBar scaleBar, ScaleBar heightBar,
		double maxValue) {

	static final int PAD = 12;
	static final int TITLE_LINE = 22;
	static final int SUBTITLE_LINE = 16;
	static final int CAPTION_LINE = 15;
	static final int GAP = 16;
	static final int BOTTOM_ROW = 22;
	static final int COLOUR_BAR_AREA = 112;
	static final int COLOUR_BAR_WIDTH = 14;
	/** Room above the pictures for the marker over a section's chosen column. */
	static final int COLUMN_MARK = 2 * DepositPainter.CUT_RING + 2;
	/** Headroom above the highest occupied site: a quarter of its height, at least this many sites. */
	static final int MIN_HEADROOM = 3;
	/** A two-dimensional lattice's top view is a strip this fraction of its width deep. */
	static final double STRIP = 0.08;
	/**
	 * Most a cross-section's heights are stretched: beyond it a site would be drawn over 20 times taller than wide and
	 * the picture would read as bars rather than a deposit.
	 */
	static final int MAX_EXAGGERATION = 20;
	/** Room left of the pictures for the vertical scale bar of cross-sections and its label. */
	static final int HEIGHT_BAR_AREA = 56;

	/**
	 * @param figure what to draw
	 * @param width  image width in px
	 * @param height image height in px
	 * @return the layout
	 * @throws IllegalArgumentException when the image is too small for the pictures
	 */
	public static DepositLayout of(DepositFigure figure, int width, int height) {
		List<DepositFigure.Cell> cells = figure.cells();
		int n = cells.size();
		boolean section = !figure.view().fromAbove();
		int[] rows = new int[n];
		double[] w = new double[n];
		double[] h = new double[n];
		double tallest = 0;
		for (int i = 0; i < n; i++) {
			DepositPicture p = cells.get(i).picture();
			w[i] = p.width();
			if (section) {
				int top = p.occupiedTop();
				tallest = Math.max(tallest, Math.min(p.nz(), top + Math.max(MIN_HEADROOM, (top + 3) / 4))
						* p.siteSize());
			} else {
				tallest = Math.max(tallest, depth(p));
			}
		}
		for (int i = 0; i < n; i++) {
			DepositPicture p = cells.get(i).picture();
			if (section) {
				rows[i] = (int) Math.max(1, Math.min(p.nz(), Math.ceil(tallest / p.siteSize() - 1e-9)));
				h[i] = rows[i] * p.siteSize();
			} else {
				rows[i] = p.ny();
				h[i] = depth(p);
			}
		}
		int y = PAD + TITLE_LINE;
		int titleBaseline = PAD + 15;
		if (!figure.subtitle().isEmpty()) {
			y += SUBTITLE_LINE;
		}
		y += 6;
		if (cells.stream().anyMatch(c -> marksColumn(figure.view(), c))) {
			y += COLUMN_MARK;
		}
		boolean above = cells.stream().anyMatch(c -> !c.above().isEmpty());
		int below = cells.stream().mapToInt(c -> c.below().size()).max().orElse(0);
		int top = y + (above ? CAPTION_LINE + 3 : 0);
		int colourArea = figure.view() == DepositView.MATERIAL ? 0 : COLOUR_BAR_AREA;
		int left = PAD + (section ? HEIGHT_BAR_AREA : 0);
		int right = width - PAD - colourArea;
		int bottom = height - PAD - BOTTOM_ROW - (below > 0 ? below * CAPTION_LINE + 4 : 0) - 6;
		int availableWidth = right - left - GAP * (n - 1);
		int availableHeight = bottom - top;
		double sumWidth = 0;
		double maxHeight = 0;
		for (int i = 0; i < n; i++) {
			sumWidth += w[i];
			maxHeight = Math.max(maxHeight, h[i]);
		}
		if (availableWidth < n * 2 || availableHeight < 4) {
			throw new IllegalArgumentException("a " + width + " x " + height + " px image is too small for " + n
					+ " picture(s)");
		}
		double scale = Math.min(availableWidth / sumWidth, availableHeight / maxHeight);
		double exaggeration = section ? Math.max(1, Math.min(MAX_EXAGGERATION,
				Math.floor(availableHeight / (maxHeight * scale) + 1e-9))) : 1;
		double vertical = scale * exaggeration;
		int[] pw = new int[n];
		int total = GAP * (n - 1);
		for (int i = 0; i < n; i++) {
			pw[i] = Math.max(1, (int) Math.round(w[i] * scale));
			total += pw[i];
		}
		// centre the pictures with their captions and the bottom row in the room left under the title
		int cellsHeight = (int) Math.round(maxHeight * vertical);
		top += Math.max(0, (availableHeight - cellsHeight) / 2);
		int base = top + cellsHeight;
		int x = left + Math.max(0, (right - left - total) / 2);
		List<Rectangle> rects = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int ph = Math.max(1, (int) Math.round(h[i] * vertical));
			rects.add(new Rectangle(x, base - ph, pw[i], ph));
			x += pw[i] + GAP;
		}
		int bottomRow = base + (below > 0 ? below * CAPTION_LINE + 4 : 0) + 8;
		Rectangle colourBar = null;
		double maxValue = Double.NaN;
		if (colourArea > 0) {
			int barTop = top + 18;
			int barHeight = Math.max(24, Math.min(220, base - barTop));
			colourBar = new Rectangle(right + 14, barTop, COLOUR_BAR_WIDTH, barHeight);
			maxValue = figure.view().fromAbove() ? maxHeightAboveSubstrate(cells) : maxTime(cells);
		}
		double narrowest = Double.POSITIVE_INFINITY;
		for (double cellWidth : w) {
			narrowest = Math.min(narrowest, cellWidth);
		}
		return new DepositLayout(List.copyOf(rects), rows, scale, exaggeration, titleBaseline, bottomRow, colourBar,
				ScaleBar.forWidth(narrowest), section ? ScaleBar.forHeight(maxHeight) : null, maxValue);
	}

	/**
	 * Whether a cell's cross-section gets the marker over the column its section was chosen for: a section of a
	 * three-dimensional lattice that says where it cuts, without a caption above it (the marker would cover it; a
	 * panel of runs names each run there).
	 *
	 * @param view what the figure shows
	 * @param cell one of its cells
	 * @return true to draw the marker
	 */
	static boolean marksColumn(DepositView view, DepositFigure.Cell cell) {
		return !view.fromAbove() && DepositFigure.marksCut(cell.picture()) && cell.above().isEmpty();
	}

	/** The depth a top view is drawn with: the lattice's, or a strip for a two-dimensional lattice. */
	private static double depth(DepositPicture p) {
		return p.isTwoDimensional() ? Math.max(p.siteSize(), STRIP * p.width()) : p.ny() * p.siteSize();
	}

	private static double maxTime(List<DepositFigure.Cell> cells) {
		double max = 0;
		for (DepositFigure.Cell cell : cells) {
			double t = SiteRaster.maxDepositionTime(cell.picture());
			max = Math.max(max, Double.isNaN(t) ? cell.picture().time() : t);
		}
		return max > 0 ? max : 1;
	}

	private static double maxHeightAboveSubstrate(List<DepositFigure.Cell> cells) {
		double max = 0;
		double site = Double.POSITIVE_INFINITY;
		for (DepositFigure.Cell cell : cells) {
			max = Math.max(max, SiteRaster.maxHeightAboveSubstrate(cell.picture()));
			site = Math.min(site, cell.picture().siteSize());
		}
		return max > 0 ? max : site;
	}

	/** @return pixels per metre of height on a cross-section (of depth on a view from above) */
	public double verticalPixelsPerMetre() {
		return pixelsPerMetre * exaggeration;
	}

	/**
	 * The rows of sites a cell shows.
	 *
	 * @param index a cell's index
	 * @return its number of rows
	 */
	public int rows(int index) {
		return rows[index];
	}

	/**
	 * @return a copy of the rows per cell
	 */
	@Override
	public int[] rows() {
		return rows.clone();
	}
}
