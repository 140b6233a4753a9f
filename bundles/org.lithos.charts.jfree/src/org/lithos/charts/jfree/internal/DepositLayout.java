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
 * @param below          the caption lines under each picture: the figure's, a line split at its last space where the
 *                       captions would not fit side by side ("0.00025 mAh/cm2" under a narrow snapshot)
 * @param noteBelow      whether the note of how much heights are stretched goes on a line of its own under the bottom
 *                       row, which has no room left for it
 */
public record DepositLayout(List<Rectangle> cells, int[] rows, double pixelsPerMetre, double exaggeration,
		int titleBaseline, int bottomRow, Rectangle colourBar, ScaleBar scaleBar, ScaleBar heightBar,
		double maxValue, List<List<String>> below, boolean noteBelow) {

	static final int PAD = 12;
	static final int TITLE_LINE = 22;
	static final int SUBTITLE_LINE = 16;
	static final int CAPTION_LINE = 15;
	static final int GAP = 16;
	/** The least room between the captions of neighbouring pictures. */
	static final int CAPTION_GAP = 10;
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
		DepositLayout oneRow = of(figure, width, height, false);
		if (oneRow.exaggeration() > 1 && DepositPainter.bottomRowEnd(figure, oneRow) > width - PAD / 2) {
			return of(figure, width, height, true);
		}
		return oneRow;
	}

	private static DepositLayout of(DepositFigure figure, int width, int height, boolean noteBelow) {
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
		int top = y + (above ? CAPTION_LINE + 3 : 0);
		int colourArea = figure.view() == DepositView.MATERIAL ? 0 : COLOUR_BAR_AREA;
		int left = PAD + (section ? HEIGHT_BAR_AREA : 0);
		int right = width - PAD - colourArea;
		List<List<String>> lines = captionLines(cells, left, right);
		int below = lines.stream().mapToInt(List::size).max().orElse(0);
		int bottom = height - PAD - BOTTOM_ROW - (below > 0 ? below * CAPTION_LINE + 4 : 0) - 6
				- (noteBelow ? CAPTION_LINE : 0);
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
		double[] captions = captionWidths(cells, lines);
		// captions wider than their pictures ("0.00025 mAh/cm2" under a narrow snapshot) need room between pictures:
		// the largest scale whose row of pictures and captions fits the width, unless even the captions alone do not
		if (rowEnd(w, captions, scale, left) > right && rowEnd(w, captions, 0, left) <= right) {
			double fits = 0;
			double over = scale;
			for (int i = 0; i < 40; i++) {
				double mid = (fits + over) / 2;
				if (rowEnd(w, captions, mid, left) <= right) {
					fits = mid;
				} else {
					over = mid;
				}
			}
			scale = fits;
		}
		double exaggeration = section ? Math.max(1, Math.min(MAX_EXAGGERATION,
				Math.floor(availableHeight / (maxHeight * scale) + 1e-9))) : 1;
		double vertical = scale * exaggeration;
		int[] pw = new int[n];
		for (int i = 0; i < n; i++) {
			pw[i] = Math.max(1, (int) Math.round(w[i] * scale));
		}
		int[] gaps = new int[n];
		int total = overhang(captions[0], pw[0]);
		for (int i = 0; i < n; i++) {
			total += pw[i];
			if (i + 1 < n) {
				gaps[i] = gap(captions[i], pw[i], captions[i + 1], pw[i + 1]);
				total += gaps[i];
			}
		}
		total += overhang(captions[n - 1], pw[n - 1]);
		// centre the pictures with their captions and the bottom row in the room left under the title
		int cellsHeight = (int) Math.round(maxHeight * vertical);
		top += Math.max(0, (availableHeight - cellsHeight) / 2);
		int base = top + cellsHeight;
		int x = rowStart(overhang(captions[0], pw[0]), left, left + (right - left - total) / 2)
				+ overhang(captions[0], pw[0]);
		List<Rectangle> rects = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int ph = Math.max(1, (int) Math.round(h[i] * vertical));
			rects.add(new Rectangle(x, base - ph, pw[i], ph));
			x += pw[i] + gaps[i];
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
				ScaleBar.forWidth(narrowest), section ? ScaleBar.forHeight(maxHeight) : null, maxValue,
				lines.stream().map(List::copyOf).toList(), noteBelow);
	}

	/**
	 * The lines under each picture: the figure's captions, or, where they would not fit side by side even under
	 * pictures of no width, each line wider than a picture's share of the row split at its last space ("0.00025",
	 * "mAh/cm2").
	 */
	private static List<List<String>> captionLines(List<DepositFigure.Cell> cells, int left, int right) {
		List<List<String>> lines = cells.stream().map(DepositFigure.Cell::below).toList();
		double[] zero = new double[cells.size()];
		if (rowEnd(zero, captionWidths(cells, lines), 0, left) <= right) {
			return lines;
		}
		double share = (right - left) / (double) cells.size() - CAPTION_GAP;
		List<List<String>> split = new ArrayList<>();
		for (List<String> cell : lines) {
			List<String> out = new ArrayList<>();
			for (String line : cell) {
				int space = line.lastIndexOf(' ');
				if (width(line) > share && space > 0) {
					out.add(line.substring(0, space));
					out.add(line.substring(space + 1));
				} else {
					out.add(line);
				}
			}
			split.add(out);
		}
		return split;
	}

	/** The widest caption line above or under each cell, in px, as {@link DepositPainter} draws them. */
	private static double[] captionWidths(List<DepositFigure.Cell> cells, List<List<String>> below) {
		double[] widths = new double[cells.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = width(cells.get(i).above());
			for (String line : below.get(i)) {
				widths[i] = Math.max(widths[i], width(line));
			}
		}
		return widths;
	}

	private static double width(String caption) {
		return Math.ceil(DepositPainter.CAPTION.getStringBounds(caption, DepositPainter.TEXT_MEASURE).getWidth());
	}

	/**
	 * Where a row of pictures with captions starts: centred, but the first picture right of the room kept for the
	 * vertical scale bar and its caption inside the image (it may reach under the bar, which stands above the base).
	 */
	private static int rowStart(int firstOverhang, int left, int centred) {
		return Math.max(Math.max(PAD, left - firstOverhang), centred);
	}

	/** @return where the row of pictures and captions ends at a scale when it starts as far left as it may */
	private static double rowEnd(double[] widths, double[] captions, double scale, int left) {
		return rowStart(overhang(captions[0], widths[0] * scale), left, Integer.MIN_VALUE)
				+ rowWidth(widths, captions, scale);
	}

	/** @return the width of the row of pictures at a scale, with the room their captions need */
	private static double rowWidth(double[] widths, double[] captions, double scale) {
		int n = widths.length;
		double total = overhang(captions[0], widths[0] * scale) + overhang(captions[n - 1], widths[n - 1] * scale);
		for (int i = 0; i < n; i++) {
			total += widths[i] * scale;
			if (i + 1 < n) {
				total += gap(captions[i], widths[i] * scale, captions[i + 1], widths[i + 1] * scale);
			}
		}
		return total;
	}

	/** How far a caption centred under a picture reaches past its side. */
	private static int overhang(double caption, double picture) {
		return (int) Math.ceil(Math.max(0, (caption - picture) / 2));
	}

	/** Between two pictures: {@link #GAP}, or more where their captions would come closer than {@link #CAPTION_GAP}. */
	private static int gap(double leftCaption, double leftPicture, double rightCaption, double rightPicture) {
		return Math.max(GAP, overhang(leftCaption, leftPicture) + overhang(rightCaption, rightPicture) + CAPTION_GAP);
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
