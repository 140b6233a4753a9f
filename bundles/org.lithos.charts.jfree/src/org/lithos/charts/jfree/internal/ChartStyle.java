package org.lithos.charts.jfree.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.block.FlowArrangement;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.Range;
import org.lithos.charts.Axis;

/** The house style: what makes every Lithos chart look alike and print cleanly. */
public final class ChartStyle {

	static final String FAMILY = Font.SANS_SERIF;
	static final Font TITLE = new Font(FAMILY, Font.BOLD, 15);
	static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 11);
	static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 12);
	static final Font TICK_LABEL = new Font(FAMILY, Font.PLAIN, 11);
	static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 11);
	/** The key drawn inside a plot short of room: smaller, but no smaller than the tick labels' neighbours. */
	static final Font INSET_LEGEND = new Font(FAMILY, Font.PLAIN, 9);
	/** Its ground: white enough to read on, translucent enough to see the grid and any curve under it. */
	static final Color INSET_LEGEND_GROUND = new Color(255, 255, 255, 215);
	/** Room between two items of a legend, px: about two spaces of its font, so each label stays with its line. */
	public static final double LEGEND_ITEM_GAP = 18;
	static final Font MARKER_LABEL = new Font(FAMILY, Font.PLAIN, 10);
	static final Color TEXT = new Color(0x222222);
	static final Color MUTED_TEXT = new Color(0x666666);
	static final Color GRID = new Color(0xE3E3E3);
	static final Color AXIS_LINE = new Color(0x888888);
	static final BasicStroke SERIES_STROKE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
	static final BasicStroke MARKER_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
			10f, new float[] { 6f, 4f }, 0f);

	/** A range this narrow relative to its values (JFreeChart's minimum is 1e-8) holds a single value. */
	private static final double FLAT = 1e-6;

	private ChartStyle() {
	}

	/**
	 * A numeric axis in the house style.
	 *
	 * @param axis the model's axis
	 * @return an axis with its title, locale-independent tick labels (no digit grouping), and whole-number ticks for
	 *         integer axes
	 */
	public static NumberAxis axis(Axis axis) {
		NumberAxis out = new SparseTickAxis(axis.printedTitle());
		out.setAutoRangeIncludesZero(false);
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(6);
		out.setStandardTickUnits(new NumberTickUnitSource(axis.integer(), format));
		out.setLabelFont(AXIS_LABEL);
		out.setLabelPaint(TEXT);
		out.setTickLabelFont(TICK_LABEL);
		out.setTickLabelPaint(TEXT);
		out.setAxisLinePaint(AXIS_LINE);
		out.setTickMarkPaint(AXIS_LINE);
		return out;
	}

	/**
	 * Opens the range of an axis whose values are all the same (a porosity that stays 0, a coverage that stays
	 * 100 %): JFreeChart would zoom into a span of 1e-8 around the value and label every tick alike ("0", "-0").
	 * A value of 0 gets 0 to 1, any other value 10 % of itself either side, so the line sits in a readable frame.
	 *
	 * @param axis an auto-ranged axis of a plot
	 */
	public static void openFlatRange(ValueAxis axis) {
		Range range = axis.getRange();
		double centre = range.getCentralValue();
		if (range.getLength() > FLAT * Math.max(1, Math.abs(centre))) {
			return;
		}
		axis.setRange(centre == 0 ? new Range(0, 1)
				: new Range(centre - 0.1 * Math.abs(centre), centre + 0.1 * Math.abs(centre)));
	}

	/**
	 * Styles a plot: white, light solid grid, no outline.
	 *
	 * @param plot the plot
	 */
	public static void plot(XYPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setDomainGridlinePaint(GRID);
		plot.setRangeGridlinePaint(GRID);
		plot.setDomainGridlineStroke(new BasicStroke(0.8f));
		plot.setRangeGridlineStroke(new BasicStroke(0.8f));
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		plot.setNoDataMessage("No data");
		plot.setNoDataMessageFont(AXIS_LABEL);
		plot.setNoDataMessagePaint(MUTED_TEXT);
	}

	/**
	 * Styles the chart around the plot: title, optional subtitle, legend at the bottom without a frame, its items
	 * {@link #LEGEND_ITEM_GAP} apart.
	 *
	 * @param chart    the chart
	 * @param subtitle second line, "" for none
	 */
	public static void chart(JFreeChart chart, String subtitle) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setPadding(new RectangleInsets(8, 8, 8, 12));
		TextTitle title = chart.getTitle();
		title.setFont(TITLE);
		title.setPaint(TEXT);
		if (!subtitle.isEmpty()) {
			TextTitle second = new TextTitle(subtitle, SUBTITLE);
			second.setPaint(MUTED_TEXT);
			chart.addSubtitle(second);
		}
		if (chart.getLegend() != null) {
			// JFreeChart's own legend flows its items 2 px apart, so "Mean height" runs into the next item's line;
			// the same legend with room between the items
			chart.removeLegend();
			LegendTitle legend = new LegendTitle(chart.getPlot(), new FlowArrangement(HorizontalAlignment.CENTER,
					VerticalAlignment.CENTER, LEGEND_ITEM_GAP, 2), new ColumnArrangement());
			chart.addLegend(legend);
			legend.setItemFont(LEGEND);
			legend.setItemPaint(TEXT);
			legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
			legend.setBackgroundPaint(Color.WHITE);
			legend.setPosition(RectangleEdge.BOTTOM);
		}
	}

	/** Most tick intervals an axis shows: JFreeChart packs as many as its labels allow (0.995, 0.99, ... on 0.9-1). */
	static final int MAX_TICK_INTERVALS = 8;

	/** A number axis that keeps its ticks readable: at most {@link #MAX_TICK_INTERVALS} intervals. */
	static final class SparseTickAxis extends NumberAxis {

		private static final long serialVersionUID = 1L;

		SparseTickAxis(String label) {
			super(label);
		}

		@Override
		protected void selectAutoTickUnit(java.awt.Graphics2D g2, java.awt.geom.Rectangle2D dataArea,
				org.jfree.chart.ui.RectangleEdge edge) {
			super.selectAutoTickUnit(g2, dataArea, edge);
			double least = getRange().getLength() / MAX_TICK_INTERVALS;
			if (getTickUnit().getSize() < least) {
				setTickUnit((org.jfree.chart.axis.NumberTickUnit) getStandardTickUnits().getCeilingTickUnit(least), false,
						false);
			}
		}
	}
}
