package org.lithos.charts.jfree.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.GridArrangement;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.xy.XYDataset;

/**
 * The key drawn inside the plot when the chart has no room for it outside (a view sharing the screen): the same
 * entries in a smaller font, in as few columns as fit, long names shortened in the middle (the whole name in the
 * entry's tooltip), on a translucent white ground in the corner of the data area with the fewest points, so it
 * hides as little data as it can. A key that would take more than {@link #MAX_WIDTH} of the data area's width,
 * {@link #MAX_HEIGHT} of its height or {@link #MAX_AREA} of its area is not drawn: the plot matters more.
 */
public final class InsetLegend {

	/** The most of the data area's width and height the key may cover, and of its area. */
	static final double MAX_WIDTH = 0.75;
	static final double MAX_HEIGHT = 0.6;
	static final double MAX_AREA = 0.35;
	/** The most columns tried: more would read as a table, not a key. */
	static final int MAX_COLUMNS = 3;
	/** Longest label kept whole, characters; longer ones keep their start and end around an ellipsis. */
	static final int MAX_LABEL = 24;
	/** Length of an entry's line sample, Java 2D units: shorter than the full key's, still a dash and a gap or two. */
	private static final double SAMPLE = 16;
	/** Room between the key and the data area's edges, Java 2D units. */
	private static final double GAP = 4;
	/** Corners in the order preferred when they hold as many points: where papers put keys. */
	private static final List<RectangleAnchor> CORNERS = List.of(RectangleAnchor.TOP_RIGHT, RectangleAnchor.TOP_LEFT,
			RectangleAnchor.BOTTOM_RIGHT, RectangleAnchor.BOTTOM_LEFT);

	private InsetLegend() {
	}

	/**
	 * Puts a compact key into the plot if one fits.
	 *
	 * @param chart    a chart with a legend (its entries are the key's) and an XY plot, drawn at least once so the
	 *                 axes have their ranges
	 * @param g        for text metrics
	 * @param dataArea the plot's data area, Java 2D units, as the chart is drawn without its legend outside
	 * @return the annotation added to the plot (remove it to take the key out), null when none fits
	 */
	public static XYTitleAnnotation place(JFreeChart chart, Graphics2D g, Rectangle2D dataArea) {
		if (chart.getLegend() == null || !(chart.getPlot() instanceof XYPlot plot)) {
			return null;
		}
		LegendItemSource shortened = shortened(chart.getLegend().getSources());
		int count = shortened.getLegendItems().getItemCount();
		LegendTitle key = null;
		Size2D size = null;
		// of the column counts that fit, the one covering the least
		for (int columns = 1; columns <= Math.min(MAX_COLUMNS, count); columns++) {
			int rows = (count + columns - 1) / columns;
			LegendTitle candidate = key(shortened, rows, columns);
			Size2D need = candidate.arrange(g, RectangleConstraint.NONE);
			boolean fits = need.width <= MAX_WIDTH * dataArea.getWidth()
					&& need.height <= MAX_HEIGHT * dataArea.getHeight()
					&& need.width * need.height <= MAX_AREA * dataArea.getWidth() * dataArea.getHeight();
			if (fits && (size == null || need.width * need.height < size.width * size.height)) {
				key = candidate;
				size = need;
			}
		}
		if (key == null) {
			return null;
		}
		RectangleAnchor corner = emptiestCorner(plot, dataArea, size);
		double dx = GAP / dataArea.getWidth();
		double dy = GAP / dataArea.getHeight();
		boolean right = corner == RectangleAnchor.TOP_RIGHT || corner == RectangleAnchor.BOTTOM_RIGHT;
		boolean top = corner == RectangleAnchor.TOP_RIGHT || corner == RectangleAnchor.TOP_LEFT;
		XYTitleAnnotation annotation = new XYTitleAnnotation(right ? 1 - dx : dx, top ? 1 - dy : dy, key, corner);
		plot.addAnnotation(annotation, false);
		return annotation;
	}

	/**
	 * The compact key for below the plot, where even the plot's inside has no room for it (a narrow view): as many
	 * columns as fit the width.
	 *
	 * @param chart    a chart with a legend
	 * @param g        for text metrics
	 * @param maxWidth the width it may take, Java 2D units
	 * @return the key, to add as a subtitle at the bottom; null when one column is already too wide
	 */
	public static LegendTitle below(JFreeChart chart, Graphics2D g, double maxWidth) {
		if (chart.getLegend() == null) {
			return null;
		}
		LegendItemSource shortened = shortened(chart.getLegend().getSources());
		int count = shortened.getLegendItems().getItemCount();
		LegendTitle best = null;
		for (int columns = 1; columns <= Math.min(MAX_COLUMNS, count); columns++) {
			LegendTitle candidate = key(shortened, (count + columns - 1) / columns, columns);
			if (candidate.arrange(g, RectangleConstraint.NONE).width <= maxWidth) {
				best = candidate;
			}
		}
		if (best != null) {
			best.setPosition(RectangleEdge.BOTTOM);
			best.setFrame(BlockBorder.NONE);
			best.setBackgroundPaint(java.awt.Color.WHITE);
		}
		return best;
	}

	private static LegendTitle key(LegendItemSource source, int rows, int columns) {
		LegendTitle key = new LegendTitle(source, new GridArrangement(rows, columns),
				new GridArrangement(rows, columns));
		key.setPosition(RectangleEdge.TOP);
		key.setItemFont(ChartStyle.INSET_LEGEND);
		key.setItemPaint(ChartStyle.TEXT);
		key.setBackgroundPaint(ChartStyle.INSET_LEGEND_GROUND);
		key.setFrame(new BlockBorder(ChartStyle.AXIS_LINE));
		key.setPadding(new RectangleInsets(2, 4, 2, 6));
		// room after a label: SWT draws text up to a tenth wider than Java 2D measures it, and the grid packs columns
		key.setItemLabelPadding(new RectangleInsets(0, 2, 0, 10));
		key.setLegendItemGraphicPadding(new RectangleInsets(1, 1, 1, 1));
		return key;
	}

	/**
	 * @param plot     the plot, its axes ranged
	 * @param dataArea its data area
	 * @param size     the key's size
	 * @return the corner whose key-sized rectangle covers the fewest data points; by {@link #CORNERS} on ties
	 */
	static RectangleAnchor emptiestCorner(XYPlot plot, Rectangle2D dataArea, Size2D size) {
		RectangleAnchor best = CORNERS.get(0);
		int fewest = Integer.MAX_VALUE;
		for (RectangleAnchor corner : CORNERS) {
			boolean right = corner == RectangleAnchor.TOP_RIGHT || corner == RectangleAnchor.BOTTOM_RIGHT;
			boolean top = corner == RectangleAnchor.TOP_RIGHT || corner == RectangleAnchor.TOP_LEFT;
			double x = right ? dataArea.getMaxX() - GAP - size.width : dataArea.getMinX() + GAP;
			double y = top ? dataArea.getMinY() + GAP : dataArea.getMaxY() - GAP - size.height;
			int points = pointsIn(plot, dataArea, new Rectangle2D.Double(x, y, size.width, size.height));
			if (points < fewest) {
				fewest = points;
				best = corner;
			}
		}
		return best;
	}

	private static int pointsIn(XYPlot plot, Rectangle2D dataArea, Rectangle2D cover) {
		int points = 0;
		for (int d = 0; d < plot.getDatasetCount(); d++) {
			XYDataset dataset = plot.getDataset(d);
			for (int s = 0; dataset != null && s < dataset.getSeriesCount(); s++) {
				for (int i = 0; i < dataset.getItemCount(s); i++) {
					double x = plot.getDomainAxis().valueToJava2D(dataset.getXValue(s, i), dataArea,
							plot.getDomainAxisEdge());
					double y = plot.getRangeAxis().valueToJava2D(dataset.getYValue(s, i), dataArea,
							plot.getRangeAxisEdge());
					if (cover.contains(x, y)) {
						points++;
					}
				}
			}
		}
		return points;
	}

	/** @return the sources' entries with long labels shortened in the middle, the whole in the tooltip */
	private static LegendItemSource shortened(LegendItemSource[] sources) {
		LegendItemCollection out = new LegendItemCollection();
		for (LegendItemSource source : sources) {
			LegendItemCollection items = source.getLegendItems();
			for (int i = 0; i < items.getItemCount(); i++) {
				LegendItem item = items.get(i);
				String label = shorten(item.getLabel(), MAX_LABEL);
				String tip = item.getToolTipText() != null ? item.getToolTipText() : item.getLabel();
				out.add(new LegendItem(label, null, tip, null, item.isShapeVisible(), item.getShape(),
						item.isShapeFilled(), item.getFillPaint(), item.isShapeOutlineVisible(),
						item.getOutlinePaint(), item.getOutlineStroke(), item.isLineVisible(),
						new java.awt.geom.Line2D.Double(-SAMPLE / 2, 0, SAMPLE / 2, 0), item.getLineStroke(),
						item.getLinePaint()));
			}
		}
		return () -> out;
	}

	/**
	 * @param text a label
	 * @param most the most characters
	 * @return the label, or its start and end around an ellipsis in {@code most} characters (the end is where run
	 *         names differ: the sweep point)
	 */
	static String shorten(String text, int most) {
		if (text.length() <= most) {
			return text;
		}
		int head = (most - 1) / 2;
		int tail = most - 1 - head;
		return text.substring(0, head) + "\u2026" + text.substring(text.length() - tail);
	}
}
