package org.lithos.charts.jfree.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * The expectations' labels of a plot, placed when the chart is drawn, in pixels, where the whole of each is inside
 * the data area and clear of the labels placed before it. Data coordinates cannot say that: how wide a label is
 * against the plot depends on the font and on the size the chart is drawn at (a small studio view, the report's
 * PNG).
 *
 * <p>A label goes beside its anchor: on the side with more room first (right when equal, where the text reads away
 * from the point), above it before below; a label that would cover an earlier one slides on away from its anchor past
 * it. Where no side has room it is pushed in from the edges, and a label wider than the whole data area loses its
 * middle to an ellipsis. Each label leaves a chart entity whose tooltip is the whole text.
 *
 * <p>An anchor is a point, or a line's end: an {@code x} of NaN stands for the data area's left edge (the label of a
 * horizontal line), a {@code y} of NaN for its top (the label of a vertical line). Line labels are placed first, as
 * they have the fewest places to go.
 */
final class MarkerLabels extends AbstractXYAnnotation {

	private static final long serialVersionUID = 1L;
	/** Between the anchor and the label across: clears a point's diamond (4.5 px) and a line. */
	static final double GAP_X = 6;
	/** Between the anchor and the label up or down. */
	static final double GAP_Y = 2;
	/** Between a label and the edge it is pushed in from. */
	static final double MARGIN = 2;
	private static final String ELLIPSIS = "\u2026";

	/**
	 * One label.
	 *
	 * @param text       the label
	 * @param x          the anchor's x in data, NaN for the data area's left edge
	 * @param y          the anchor's y in data, NaN for the data area's top
	 * @param paint      its colour
	 * @param background filled behind it, null for none (a point's label sits among the data and must not hide it)
	 */
	record Label(String text, double x, double y, Color paint, Color background) {
		Label {
			Objects.requireNonNull(text);
		}

		boolean isLine() {
			return Double.isNaN(x) || Double.isNaN(y);
		}
	}

	private final Font font;
	private final transient List<Label> labels = new ArrayList<>();

	/** @param font the labels' font */
	MarkerLabels(Font font) {
		this.font = font;
	}

	/** @param label one more label; a line's goes before every point's */
	void add(Label label) {
		if (label.isLine()) {
			int firstPoint = 0;
			while (firstPoint < labels.size() && labels.get(firstPoint).isLine()) {
				firstPoint++;
			}
			labels.add(firstPoint, label);
		} else {
			labels.add(label);
		}
	}

	/** @return the labels, in the order they are placed */
	List<Label> labels() {
		return List.copyOf(labels);
	}

	@Override
	public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
			int rendererIndex, PlotRenderingInfo info) {
		boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
		g2.setFont(font);
		FontMetrics metrics = g2.getFontMetrics(font);
		ToDoubleFunction<String> width = s -> TextUtils.getTextBounds(s, g2, metrics).getWidth();
		List<Rectangle2D> placed = new ArrayList<>();
		for (Label label : labels) {
			double ax = Double.isNaN(label.x()) ? Double.NaN
					: domainAxis.valueToJava2D(label.x(), dataArea, plot.getDomainAxisEdge());
			double ay = Double.isNaN(label.y()) ? Double.NaN
					: rangeAxis.valueToJava2D(label.y(), dataArea, plot.getRangeAxisEdge());
			String shown = fit(label.text(), dataArea.getWidth() - 2 * MARGIN, width);
			Rectangle2D size = TextUtils.getTextBounds(shown, g2, metrics);
			Rectangle2D box = place(size.getWidth(), size.getHeight(), vertical ? ax : ay, vertical ? ay : ax,
					dataArea, placed);
			placed.add(box);
			if (label.background() != null) {
				g2.setPaint(label.background());
				g2.fill(box);
			}
			g2.setPaint(label.paint());
			TextUtils.drawAlignedString(shown, g2, (float) box.getX(), (float) box.getY(), TextAnchor.TOP_LEFT);
			addEntity(info, box, rendererIndex, label.text(), null);
		}
	}

	/**
	 * Where a label of a size goes for an anchor, all in pixels.
	 *
	 * @param width  the label's width
	 * @param height its height
	 * @param px     the anchor's x, NaN for the area's left edge
	 * @param py     the anchor's y, NaN for the area's top
	 * @param area   the data area
	 * @param taken  the boxes of the labels placed before
	 * @return the label's box: inside the area whenever the label is no larger than it, clear of the taken boxes
	 *         where there is a place for that
	 */
	static Rectangle2D place(double width, double height, double px, double py, Rectangle2D area,
			List<Rectangle2D> taken) {
		List<Double> lefts = new ArrayList<>();
		if (Double.isNaN(px)) {
			lefts.add(area.getMinX() + GAP_X);
		} else {
			double right = px + GAP_X;
			double left = px - GAP_X - width;
			boolean rightFirst = area.getMaxX() - px >= px - area.getMinX();
			lefts.add(rightFirst ? right : left);
			lefts.add(rightFirst ? left : right);
		}
		// a step of +1 goes down from the anchor, -1 up
		List<double[]> tops = new ArrayList<>();
		if (Double.isNaN(py)) {
			tops.add(new double[] { area.getMinY() + GAP_Y, 1 });
		} else {
			tops.add(new double[] { py - GAP_Y - height, -1 });
			tops.add(new double[] { py + GAP_Y, 1 });
		}
		for (double[] top : tops) {
			for (double left : lefts) {
				Rectangle2D box = slide(new Rectangle2D.Double(left, top[0], width, height), top[1], taken);
				if (inside(box, area)) {
					return box;
				}
			}
		}
		// no side has room: pushed in from the edges, beside the anchor as far as it can be
		double left = Double.isNaN(px) ? area.getMinX() + GAP_X : px - width / 2;
		double top = tops.get(0)[0];
		return new Rectangle2D.Double(clamp(left, area.getMinX() + MARGIN, area.getMaxX() - MARGIN - width),
				clamp(top, area.getMinY(), area.getMaxY() - height), width, height);
	}

	/** Moves a box up or down past every taken box it covers. */
	private static Rectangle2D slide(Rectangle2D box, double step, List<Rectangle2D> taken) {
		Rectangle2D moved = box;
		for (int guard = 0; guard <= taken.size(); guard++) {
			Rectangle2D covered = null;
			for (Rectangle2D t : taken) {
				if (t.intersects(moved)) {
					covered = t;
					break;
				}
			}
			if (covered == null) {
				return moved;
			}
			double top = step > 0 ? covered.getMaxY() + 1 : covered.getMinY() - 1 - moved.getHeight();
			moved = new Rectangle2D.Double(moved.getX(), top, moved.getWidth(), moved.getHeight());
		}
		return moved;
	}

	private static boolean inside(Rectangle2D box, Rectangle2D area) {
		return box.getMinX() >= area.getMinX() && box.getMaxX() <= area.getMaxX() && box.getMinY() >= area.getMinY()
				&& box.getMaxY() <= area.getMaxY();
	}

	private static double clamp(double value, double low, double high) {
		return high < low ? low : Math.max(low, Math.min(high, value));
	}

	/**
	 * @param text    a label
	 * @param room    the width there is
	 * @param measure a text's width
	 * @return the label when it fits, else its start and end around an ellipsis, as long as fits ("expected first
	 *         cycle…71 % ± 3 %": the value is at the end)
	 */
	static String fit(String text, double room, ToDoubleFunction<String> measure) {
		if (measure.applyAsDouble(text) <= room) {
			return text;
		}
		for (int keep = text.length() - 1; keep > 0; keep--) {
			int head = (keep + 1) / 2;
			String shortened = text.substring(0, head) + ELLIPSIS + text.substring(text.length() - (keep - head));
			if (measure.applyAsDouble(shortened) <= room) {
				return shortened;
			}
		}
		return ELLIPSIS;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof MarkerLabels other && Objects.equals(font, other.font) && labels.equals(other.labels)
				&& super.equals(obj);
	}

	@Override
	public int hashCode() {
		return Objects.hash(font, labels);
	}
}
