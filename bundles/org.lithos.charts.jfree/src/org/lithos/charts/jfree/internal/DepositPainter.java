package org.lithos.charts.jfree.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lithos.charts.DepositPicture;
import org.lithos.charts.DepositView;
import org.lithos.charts.SectionCut;

/**
 * Draws a {@link DepositFigure} with plain Graphics2D calls, so the same code makes PNG (into a BufferedImage) and SVG
 * (into an SVGGraphics2D): title, pictures as site rasters, captions, a scale bar (and for cross-sections a vertical
 * one with how much their heights are stretched), the material legend, for colour-mapped views a colour bar, and where the picture says where its section cuts, that cut (lines across the
 * views from above, a marker over the chosen column on the section). Stateless; every call works on its own Graphics2D.
 */
public final class DepositPainter {

	static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
	static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
	static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
	static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
	/** How text is measured before there is a Graphics: anti-aliased, whole-pixel advances, as {@link #paint} draws. */
	static final FontRenderContext TEXT_MEASURE = new FontRenderContext(null, true, false);
	private static final int SWATCH = 11;
	private static final int COLOUR_BAR_STEPS = 128;
	/** Radius of the ring around a cut's column on a map, and half-width of the marker above a section, in px. */
	static final int CUT_RING = 5;
	/** Mostly opaque white behind cut labels, so they read over any colour of the map. */
	private static final Color CUT_LABEL_BACKGROUND = new Color(255, 255, 255, 215);

	private DepositPainter() {
	}

	/**
	 * Draws the figure over a white background.
	 *
	 * @param g      where to draw; its state (colour, font, hints) is changed
	 * @param figure what to draw
	 * @param width  image width in px
	 * @param height image height in px
	 */
	public static void paint(Graphics2D g, DepositFigure figure, int width, int height) {
		DepositLayout layout = DepositLayout.of(figure, width, height);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(DepositColours.INK);
		centred(g, TITLE, figure.title(), width / 2, layout.titleBaseline());
		if (!figure.subtitle().isEmpty()) {
			g.setColor(DepositColours.MUTED);
			centred(g, SUBTITLE, figure.subtitle(), width / 2, layout.titleBaseline() + DepositLayout.SUBTITLE_LINE);
		}
		List<DepositFigure.Cell> cells = figure.cells();
		for (int i = 0; i < cells.size(); i++) {
			cell(g, figure.view(), cells.get(i), layout.cells().get(i), layout.rows(i), layout.maxValue(),
					layout.below().get(i));
		}
		int x = scaleBar(g, layout);
		x = legend(g, figure, x + 24, layout.bottomRow());
		if (layout.heightBar() != null) {
			heightBar(g, layout, x);
		}
		if (layout.colourBar() != null) {
			colourBar(g, figure.view(), layout.colourBar(), layout.maxValue(), width);
		}
	}

	private static void cell(Graphics2D g, DepositView view, DepositFigure.Cell cell, Rectangle r, int rows,
			double maxValue, List<String> below) {
		DepositPicture p = cell.picture();
		int[] argb;
		int rasterHeight;
		if (view.fromAbove()) {
			argb = view == DepositView.SURFACE ? SiteRaster.relief(p, maxValue) : SiteRaster.top(p, maxValue);
			rasterHeight = p.ny();
		} else {
			argb = SiteRaster.section(p, rows, view == DepositView.DEPOSITION_TIME ? maxValue : Double.NaN);
			rasterHeight = rows;
		}
		BufferedImage image = SiteRaster.image(argb, p.nx(), rasterHeight, r.width, r.height);
		g.drawImage(image, r.x, r.y, r.width, r.height, null);
		g.setColor(DepositColours.FRAME);
		g.setStroke(new BasicStroke(1f));
		g.drawRect(r.x, r.y, r.width, r.height);
		if (view.fromAbove() && DepositFigure.marksCut(p)) {
			cutLines(g, p, r);
		} else if (DepositLayout.marksColumn(view, cell)) {
			cutColumn(g, p, r);
		}
		g.setColor(DepositColours.INK);
		if (!cell.above().isEmpty()) {
			centred(g, CAPTION, cell.above(), r.x + r.width / 2, r.y - 5);
		}
		int baseline = r.y + r.height + DepositLayout.CAPTION_LINE;
		for (String line : below) {
			centred(g, CAPTION, line, r.x + r.width / 2, baseline);
			baseline += DepositLayout.CAPTION_LINE;
		}
	}

	/**
	 * Marks on a view from above the rows the picture's sections cut: a line across the map, dark under white so it
	 * shows on every colour of the map, a ring around the column each section was chosen for, and the reason at the
	 * right end of the line (one label for cuts that share a row).
	 */
	private static void cutLines(Graphics2D g, DepositPicture p, Rectangle r) {
		Map<Integer, List<SectionCut>> byRow = new LinkedHashMap<>();
		for (SectionCut cut : p.cuts()) {
			byRow.computeIfAbsent(cut.y(), y -> new ArrayList<>()).add(cut);
		}
		g.setFont(SMALL);
		FontMetrics metrics = g.getFontMetrics();
		for (Map.Entry<Integer, List<SectionCut>> row : byRow.entrySet()) {
			int y = r.y + (int) Math.round((row.getKey() + 0.5) * r.height / p.ny());
			outlined(g, new Line2D.Double(r.x, y, r.x + r.width, y));
			List<String> reasons = new ArrayList<>();
			for (SectionCut cut : row.getValue()) {
				double x = r.x + (cut.x() + 0.5) * r.width / p.nx();
				outlined(g, new Ellipse2D.Double(x - CUT_RING, y - CUT_RING, 2 * CUT_RING, 2 * CUT_RING));
				reasons.add(cut.reason());
			}
			String label = String.join(", ", reasons);
			int w = metrics.stringWidth(label);
			int left = r.x + r.width - w - 6;
			// above the line, or below it when the row is near the top edge
			int baseline = y - 4 - metrics.getAscent() < r.y ? y + 4 + metrics.getAscent() : y - 4;
			g.setColor(CUT_LABEL_BACKGROUND);
			g.fillRect(left - 2, baseline - metrics.getAscent(), w + 4, metrics.getAscent() + metrics.getDescent());
			g.setColor(DepositColours.INK);
			g.drawString(label, left, baseline);
		}
	}

	/** A shape drawn in white over a wider dark stroke. */
	private static void outlined(Graphics2D g, Shape shape) {
		g.setColor(DepositColours.INK);
		g.setStroke(new BasicStroke(3f));
		g.draw(shape);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(1.4f));
		g.draw(shape);
		g.setStroke(new BasicStroke(1f));
	}

	/**
	 * Marks on a cross-section the column it was chosen for: a small triangle above the frame pointing down at it, in
	 * the room {@link DepositLayout} leaves for it.
	 */
	private static void cutColumn(Graphics2D g, DepositPicture p, Rectangle r) {
		double x = r.x + (p.cut().x() + 0.5) * r.width / p.nx();
		Path2D.Double triangle = new Path2D.Double();
		triangle.moveTo(x - CUT_RING, r.y - CUT_RING - 2);
		triangle.lineTo(x + CUT_RING, r.y - CUT_RING - 2);
		triangle.lineTo(x, r.y - 1);
		triangle.closePath();
		g.setColor(DepositColours.INK);
		g.fill(triangle);
	}

	/** Draws the bar under the first picture; returns the x where the legend may start. */
	private static int scaleBar(Graphics2D g, DepositLayout layout) {
		ScaleBar bar = layout.scaleBar();
		int length = Math.max(1, (int) Math.round(bar.length() * layout.pixelsPerMetre()));
		int x = layout.cells().get(0).x;
		int y = layout.bottomRow() + 7;
		g.setColor(DepositColours.INK);
		g.fillRect(x, y, length, 4);
		g.setFont(CAPTION);
		g.drawString(bar.label(), x + length + 6, y + 6);
		return x + length + 6 + g.getFontMetrics().stringWidth(bar.label());
	}

	/**
	 * Draws the vertical scale bar left of the first cross-section, standing on the common base line, and, where the
	 * heights are stretched, says by how much at the end of the bottom row.
	 */
	private static void heightBar(Graphics2D g, DepositLayout layout, int x) {
		ScaleBar bar = layout.heightBar();
		Rectangle first = layout.cells().get(0);
		int length = Math.max(1, (int) Math.round(bar.length() * layout.verticalPixelsPerMetre()));
		int right = first.x - 8;
		int base = first.y + first.height;
		g.setColor(DepositColours.INK);
		g.fillRect(right - 4, base - length, 4, length);
		g.setFont(CAPTION);
		FontMetrics metrics = g.getFontMetrics();
		g.drawString(bar.label(), right - 8 - metrics.stringWidth(bar.label()),
				base - length / 2 + metrics.getAscent() / 2 - 1);
		if (layout.exaggeration() > 1) {
			g.setColor(DepositColours.MUTED);
			if (layout.noteBelow()) {
				g.drawString(exaggerationNote(layout.exaggeration()), first.x,
						layout.bottomRow() + 3 + SWATCH - 1 + DepositLayout.CAPTION_LINE);
			} else {
				g.drawString(exaggerationNote(layout.exaggeration()), x, layout.bottomRow() + 3 + SWATCH - 1);
			}
		}
	}

	/**
	 * Where the bottom row (scale bar, legend, note of stretched heights) ends when drawn on one line, measured as
	 * {@link #paint} draws it.
	 *
	 * @param figure what is drawn
	 * @param layout where
	 * @return the x after the row's last text
	 */
	static double bottomRowEnd(DepositFigure figure, DepositLayout layout) {
		double x = layout.cells().get(0).x + Math.max(1, Math.round(layout.scaleBar().length() * layout.pixelsPerMetre()))
				+ 6 + width(layout.scaleBar().label()) + 24;
		for (String label : legendLabels(figure).values()) {
			x += SWATCH + 5 + width(label) + 16;
		}
		return x + (layout.exaggeration() > 1 ? width(exaggerationNote(layout.exaggeration())) : 0);
	}

	private static double width(String text) {
		return CAPTION.getStringBounds(text, TEXT_MEASURE).getWidth();
	}

	/**
	 * @param exaggeration how much more heights are drawn than widths
	 * @return e.g. "heights drawn 5 x widths"
	 */
	static String exaggerationNote(double exaggeration) {
		return "heights drawn " + NiceNumbers.format(exaggeration) + " \u00d7 widths";
	}

	/** Draws the material legend from x; returns the x after its last entry. */
	private static int legend(Graphics2D g, DepositFigure figure, int x, int top) {
		g.setFont(CAPTION);
		int y = top + 3;
		for (Map.Entry<Color, String> entry : legendLabels(figure).entrySet()) {
			x = swatch(g, entry.getKey(), entry.getValue(), x, y);
		}
		return x;
	}

	/** The legend's entries: each colour and what it stands for, in order. */
	private static Map<Color, String> legendLabels(DepositFigure figure) {
		Set<String> collectors = new LinkedHashSet<>();
		Set<String> coatings = new LinkedHashSet<>();
		for (DepositFigure.Cell cell : figure.cells()) {
			collectors.add(cell.picture().collector());
			if (!cell.picture().coating().isEmpty()) {
				coatings.add(cell.picture().coating());
			}
		}
		Map<Color, String> entries = new LinkedHashMap<>();
		// seen from above, collector and coating show only where no Li covers them
		String bare = figure.view().fromAbove() ? " (bare)" : "";
		entries.put(DepositColours.COLLECTOR, String.join(", ", collectors) + bare);
		if (!coatings.isEmpty()) {
			entries.put(DepositColours.COATING, String.join(", ", coatings) + bare);
		}
		if (figure.view() == DepositView.MATERIAL) {
			entries.put(DepositColours.LITHIUM, "Li");
		}
		if (!figure.view().fromAbove()) {
			entries.put(DepositColours.ELECTROLYTE, "electrolyte");
		}
		return entries;
	}

	private static int swatch(Graphics2D g, Color colour, String label, int x, int y) {
		g.setColor(colour);
		g.fillRect(x, y, SWATCH, SWATCH);
		g.setColor(DepositColours.FRAME);
		g.drawRect(x, y, SWATCH, SWATCH);
		g.setColor(DepositColours.INK);
		g.drawString(label, x + SWATCH + 5, y + SWATCH - 1);
		return x + SWATCH + 5 + g.getFontMetrics().stringWidth(label) + 16;
	}

	private static void colourBar(Graphics2D g, DepositView view, Rectangle r, double max, int width) {
		DisplayScale unit = view.fromAbove() ? DisplayScale.length(max) : DisplayScale.time(max);
		String title = (view.fromAbove() ? "Li height (" : "Deposited at (") + unit.unit() + ")";
		g.setColor(DepositColours.INK);
		g.setFont(CAPTION);
		int titleWidth = g.getFontMetrics().stringWidth(title);
		g.drawString(title, Math.min(r.x - 8, width - DepositLayout.PAD / 2 - titleWidth), r.y - 8);
		int[] argb = new int[COLOUR_BAR_STEPS];
		for (int i = 0; i < argb.length; i++) {
			argb[i] = Viridis.argb(1 - (i + 0.5) / argb.length);
		}
		BufferedImage image = SiteRaster.image(argb, 1, argb.length, 1, argb.length);
		g.drawImage(image, r.x, r.y, r.width, r.height, null);
		g.setColor(DepositColours.FRAME);
		g.drawRect(r.x, r.y, r.width, r.height);
		g.setFont(SMALL);
		g.setColor(DepositColours.INK);
		FontMetrics metrics = g.getFontMetrics();
		double top = unit.fromSi(max);
		for (double tick : NiceNumbers.ticks(top, 4)) {
			int y = r.y + r.height - (int) Math.round(tick / top * r.height);
			g.drawLine(r.x + r.width, y, r.x + r.width + 4, y);
			g.drawString(NiceNumbers.format(tick), r.x + r.width + 6, y + metrics.getAscent() / 2 - 1);
		}
	}

	private static void centred(Graphics2D g, Font font, String text, int centre, int baseline) {
		g.setFont(font);
		int w = g.getFontMetrics().stringWidth(text);
		g.drawString(text, centre - w / 2, baseline);
	}
}
