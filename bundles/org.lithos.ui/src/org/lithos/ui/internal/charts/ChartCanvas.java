package org.lithos.ui.internal.charts;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;
import org.lithos.charts.Axis;
import org.lithos.charts.ChartModel;
import org.lithos.charts.jfree.JFreeCharts;

/**
 * A chart model drawn natively in SWT with JFreeChart's chart composite: the same styled chart the command line
 * renders to files. Drag a rectangle to zoom in (back to the left to zoom out), the mouse wheel zooms around the
 * pointer, dragging with the middle button or the arrow keys pan, and hovering a point shows its values with their
 * units. The
 * composite's own "Save as" (which calls a JFreeChart 1.0 class that 1.5 renamed), properties and print entries
 * are switched off: export goes through Lithos' own PNG/SVG rendering.
 */
public final class ChartCanvas {

	private static final double WHEEL_ZOOM = 0.8;
	/** The most of the chart's height (legend below) or width (legend beside) the legend may take. */
	private static final double LEGEND_SHARE = 0.35;
	/** Where legends are measured (text metrics only; nothing is drawn). */
	private static final BufferedImage SCRATCH = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);

	private final TextTitle legendHidden = new TextTitle("(too small for a key: enlarge the view to see it)");
	/** The compact key inside the plot, while the chart has no room for its key outside; else null. */
	private XYTitleAnnotation inset;
	/** The compact key below the plot, while the plot has no room for the key inside either; else null. */
	private LegendTitle compact;

	private final ChartComposite composite;
	private ChartModel model;
	private Point panFrom;

	/** @param parent where the chart goes */
	public ChartCanvas(Composite parent) {
		composite = new ChartComposite(parent, SWT.NONE, null, 680, 420, 200, 150, 4000, 3000, true,
				false /* properties */, false /* save: the 1.0 bridge's path is broken on JFreeChart 1.5 */,
				false /* print */, true /* zoom */, true /* tooltips */);
		composite.setDisplayToolTips(true);
		legendHidden.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.ITALIC, 11));
		legendHidden.setPosition(RectangleEdge.BOTTOM);
		composite.addListener(SWT.Resize, e -> {
			placeLegend();
			composite.forceRedraw();
		});
		Control canvas = composite.getChildren()[0];
		canvas.addMouseWheelListener(this::wheel);
		canvas.addMouseListener(new org.eclipse.swt.events.MouseAdapter() {
			@Override
			public void mouseDown(MouseEvent e) {
				if (isPan(e)) {
					panFrom = new Point(e.x, e.y);
					// the composite draws a zoom rectangle on a drag with any button and zooms to it on release:
					// not while the middle button pans
					composite.setDomainZoomable(false);
					composite.setRangeZoomable(false);
				}
			}

			@Override
			public void mouseUp(MouseEvent e) {
				if (panFrom != null) {
					composite.setDomainZoomable(true);
					composite.setRangeZoomable(true);
				}
				panFrom = null;
			}
		});
		canvas.addMouseMoveListener(this::drag);
		canvas.addKeyListener(org.eclipse.swt.events.KeyListener.keyPressedAdapter(e -> {
			Rectangle area = composite.getScreenDataArea();
			int stepX = Math.max(1, area.width / 10);
			int stepY = Math.max(1, area.height / 10);
			switch (e.keyCode) {
			case SWT.ARROW_LEFT -> pan(stepX, 0);
			case SWT.ARROW_RIGHT -> pan(-stepX, 0);
			case SWT.ARROW_UP -> pan(0, stepY);
			case SWT.ARROW_DOWN -> pan(0, -stepY);
			default -> {
				// other keys are the composite's
			}
			}
		}));
	}

	private static boolean isPan(MouseEvent e) {
		return e.button == 2;
	}

	/** @return the SWT control, for layouts */
	public Control control() {
		return composite;
	}

	/** @return the JFreeChart on show, null before the first model */
	public JFreeChart chart() {
		return composite.getChart();
	}

	/** @return the model on show, null before the first */
	public ChartModel model() {
		return model;
	}

	/** @param chart the chart to show, with tooltips naming values and units */
	public void show(ChartModel chart) {
		this.model = chart;
		JFreeChart drawn = JFreeCharts.create(chart);
		if (drawn.getPlot() instanceof XYPlot plot) {
			XYToolTipGenerator tips = toolTips(chart);
			for (int i = 0; i < plot.getRendererCount(); i++) {
				XYItemRenderer renderer = plot.getRenderer(i);
				if (renderer != null) {
					renderer.setDefaultToolTipGenerator(tips);
				}
			}
			plot.setDomainPannable(true);
			plot.setRangePannable(true);
		}
		inset = null;
		compact = null;
		composite.setChart(drawn);
		placeLegend();
		composite.forceRedraw();
	}

	/**
	 * The tooltip of a point: its series (unless that only repeats the y axis's name, as a lone run's does), then each
	 * axis's name, value and unit on a line of its own, e.g. "Half@j=1mA_cm2", "Cycle: 2", "Coulombic efficiency:
	 * 97.31 %" (an axis without a unit, such as the cycle, gets no trailing space). Numbers with a point whatever the
	 * locale, as the CSV and the result files have them.
	 *
	 * @param chart the chart model, for its axes
	 * @return the generator for every renderer of the chart
	 */
	static XYToolTipGenerator toolTips(ChartModel chart) {
		DecimalFormat x = number(chart.xAxis());
		DecimalFormat y = number(chart.yAxis());
		return (dataset, series, item) -> {
			String name = String.valueOf(dataset.getSeriesKey(series));
			String point = line(chart.xAxis(), x.format(dataset.getXValue(series, item))) + "\n"
					+ line(chart.yAxis(), y.format(dataset.getYValue(series, item)));
			return name.equals(chart.yAxis().label()) ? point : name + "\n" + point;
		};
	}

	private static String line(Axis axis, String value) {
		return axis.label() + ": " + value + (axis.unit().isEmpty() ? "" : " " + axis.printedUnit());
	}

	private static DecimalFormat number(Axis axis) {
		return new DecimalFormat(axis.integer() ? "0" : "0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
	}

	/** Shows no chart: the canvas stays blank (the view says why above it). */
	public void clear() {
		model = null;
		composite.setChart(null);
		// nor the earlier chart's tooltips
		if (composite.getChartRenderingInfo() != null) {
			composite.getChartRenderingInfo().clear();
		}
		mouseTarget().setToolTipText(null);
		composite.forceRedraw();
	}

	/**
	 * Puts the key where it leaves the plot the most room at the canvas's size: below the plot (as in the report)
	 * while it takes at most {@link #LEGEND_SHARE} of the height, else beside it in a column; else (a view sharing
	 * the screen, many runs) a compact copy inside the plot, in its emptiest corner
	 * ({@link JFreeCharts#insetLegend}); else (a narrow view) that compact key below the plot, in as many columns as
	 * fit; only when even that would take too much of the chart (a tiny view), a subtitle saying so, and enlarging the
	 * view brings the key back. Measured with the key's own layout, so long
	 * series names count.
	 */
	private void placeLegend() {
		JFreeChart chart = composite.getChart();
		LegendTitle legend = chart == null ? null : chart.getLegend();
		Rectangle size = composite.getClientArea();
		if (legend == null || size.width <= 0 || size.height <= 0) {
			return;
		}
		chart.removeSubtitle(legendHidden);
		if (inset != null && chart.getPlot() instanceof XYPlot plot) {
			plot.removeAnnotation(inset, false);
		}
		inset = null;
		if (compact != null) {
			chart.removeSubtitle(compact);
		}
		compact = null;
		Graphics2D g = SCRATCH.createGraphics();
		try {
			// measured in Java 2D, where a font of n points is n units high; SWT draws it n points high on the
			// screen, so the canvas is width / scale units wide with scale the screen's dots per inch over 72
			double scale = composite.getDisplay().getDPI().y / 72.0;
			double width = size.width / scale;
			double height = size.height / scale;
			// the constraint JFreeChart itself arranges titles with: any size up to the chart's
			RectangleConstraint room = new RectangleConstraint(0, new Range(0, width), LengthConstraintType.RANGE, 0,
					new Range(0, height), LengthConstraintType.RANGE);
			legend.setPosition(RectangleEdge.BOTTOM);
			Size2D below = legend.arrange(g, room);
			boolean fitsBelow = below.height <= LEGEND_SHARE * height;
			legend.setPosition(RectangleEdge.RIGHT);
			Size2D beside = legend.arrange(g, room);
			boolean fitsBeside = beside.width <= LEGEND_SHARE * width && beside.height <= height;
			double roomBelow = fitsBelow ? width * (height - below.height) : 0;
			double roomBeside = fitsBeside ? (width - beside.width) * height : 0;
			legend.setPosition(roomBeside > roomBelow ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
			legend.setVisible(fitsBelow || fitsBeside);
			if (legend.isVisible()) {
				return;
			}
			// the data area the plot gets without the key outside, and the axes' ranges: the chart drawn once
			// where nothing shows
			ChartRenderingInfo drawn = new ChartRenderingInfo();
			chart.draw(g, new Rectangle2D.Double(0, 0, width, height), drawn);
			inset = JFreeCharts.insetLegend(chart, g, drawn.getPlotInfo().getDataArea());
			if (inset != null) {
				return;
			}
			// a narrow view: the compact key in columns below the plot, if it leaves the plot its share
			compact = JFreeCharts.compactLegend(chart, g, width);
			if (compact != null && compact.arrange(g, room).height <= LEGEND_SHARE * height) {
				chart.addSubtitle(compact);
			} else {
				compact = null;
				chart.addSubtitle(legendHidden);
			}
		} finally {
			g.dispose();
		}
	}

	/** @return whether the key is drawn inside the plot, for want of room outside */
	public boolean legendInside() {
		return inset != null;
	}

	/** @return whether the compact key is drawn below the plot, for want of room inside it */
	public boolean legendCompact() {
		return compact != null;
	}

	/**
	 * One entry of the key as last drawn.
	 *
	 * @param label   what it says (a long name shortened inside the plot)
	 * @param tooltip what the mouse over it shows: the whole names of the series it stands for
	 * @param bounds  where it is on the canvas ({@link #mouseTarget()}'s coordinates)
	 */
	public record KeyEntry(String label, String tooltip, Rectangle bounds) {
	}

	/** @return the key's entries as last drawn, in order; empty without a key on show */
	public java.util.List<KeyEntry> keyEntries() {
		java.util.List<KeyEntry> out = new java.util.ArrayList<>();
		JFreeChart chart = composite.getChart();
		ChartRenderingInfo info = composite.getChartRenderingInfo();
		LegendTitle legend = inset != null ? (LegendTitle) inset.getTitle()
				: compact != null ? compact : chart == null ? null : chart.getLegend();
		if (legend == null || info == null || info.getEntityCollection() == null || !legend.isVisible()) {
			return out;
		}
		java.util.List<String> labels = new java.util.ArrayList<>();
		for (var source : legend.getSources()) {
			var items = source.getLegendItems();
			for (int i = 0; i < items.getItemCount(); i++) {
				labels.add(items.get(i).getLabel());
			}
		}
		int i = 0;
		for (Object entity : info.getEntityCollection().getEntities()) {
			if (entity instanceof LegendItemEntity item && i < labels.size()) {
				out.add(new KeyEntry(labels.get(i++), item.getToolTipText(), screen(item.getArea().getBounds2D())));
			}
		}
		return out;
	}

	/** @return the plot's area with its axes (tick labels and axis titles) on the canvas, as last drawn */
	public Rectangle plotWithAxes() {
		ChartRenderingInfo info = composite.getChartRenderingInfo();
		return info == null || info.getPlotInfo().getPlotArea() == null ? new Rectangle(0, 0, 0, 0)
				: screen(info.getPlotInfo().getPlotArea());
	}

	private Rectangle screen(Rectangle2D area) {
		java.awt.Point from = composite.translateJava2DToScreen(new Point2D.Double(area.getMinX(), area.getMinY()));
		java.awt.Point to = composite.translateJava2DToScreen(new Point2D.Double(area.getMaxX(), area.getMaxY()));
		return new Rectangle(from.x, from.y, to.x - from.x, to.y - from.y);
	}

	/** @return the plot's data area on the canvas, as last drawn (empty before the first drawing) */
	public Rectangle plotArea() {
		return composite.getScreenDataArea();
	}

	/** @return where the legend is drawn, null when the chart has none or it is hidden for want of room */
	public RectangleEdge legendPosition() {
		JFreeChart chart = composite.getChart();
		LegendTitle legend = chart == null ? null : chart.getLegend();
		return legend == null || !legend.isVisible() ? null : legend.getPosition();
	}

	/** Shows the whole chart again after zooming or panning. */
	public void resetZoom() {
		composite.restoreAutoBounds();
	}

	/**
	 * Zooms around a point of the canvas.
	 *
	 * @param x      canvas x
	 * @param y      canvas y
	 * @param factor below 1 zooms in, above 1 out
	 */
	public void zoom(int x, int y, double factor) {
		XYPlot plot = plot();
		Rectangle area = composite.getScreenDataArea();
		if (plot == null || area.width <= 0 || area.height <= 0) {
			return;
		}
		double fx = (x - area.x) / (double) area.width;
		double fy = 1 - (y - area.y) / (double) area.height;
		resize(plot.getDomainAxis(), fx, factor);
		resize(plot.getRangeAxis(), fy, factor);
	}

	/**
	 * Pans by a distance on the canvas.
	 *
	 * @param dx pixels to the right the content moves
	 * @param dy pixels down the content moves
	 */
	public void pan(int dx, int dy) {
		XYPlot plot = plot();
		Rectangle area = composite.getScreenDataArea();
		if (plot == null || area.width <= 0 || area.height <= 0) {
			return;
		}
		plot.getDomainAxis().pan(-dx / (double) area.width);
		plot.getRangeAxis().pan(dy / (double) area.height);
	}

	private static void resize(ValueAxis axis, double fraction, double factor) {
		double lower = axis.getLowerBound();
		double upper = axis.getUpperBound();
		double anchor = lower + fraction * (upper - lower);
		axis.setRange(anchor - (anchor - lower) * factor, anchor + (upper - anchor) * factor);
	}

	private XYPlot plot() {
		JFreeChart chart = composite.getChart();
		return chart != null && chart.getPlot() instanceof XYPlot plot ? plot : null;
	}

	private void wheel(MouseEvent e) {
		zoom(e.x, e.y, e.count > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM);
	}

	private void drag(MouseEvent e) {
		if (panFrom == null) {
			return;
		}
		pan(e.x - panFrom.x, e.y - panFrom.y);
		panFrom = new Point(e.x, e.y);
	}

	/**
	 * Where a value is drawn, as last painted: what a user points the mouse at.
	 *
	 * @param x a value on the x axis, in its display unit
	 * @param y a value on the y axis
	 * @return the point on the canvas that receives the mouse ({@link #mouseTarget()}), in its coordinates
	 * @throws IllegalStateException before the chart was painted
	 */
	public Point pointOf(double x, double y) {
		XYPlot plot = plot();
		if (plot == null || composite.getChartRenderingInfo() == null) {
			throw new IllegalStateException("no chart painted yet");
		}
		Rectangle2D area = composite.getChartRenderingInfo().getPlotInfo().getDataArea();
		double java2dX = plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge());
		double java2dY = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
		java.awt.Point point = composite.translateJava2DToScreen(new Point2D.Double(java2dX, java2dY));
		return new Point(point.x, point.y);
	}

	/**
	 * @return the colour each series is drawn in, by series name, in the order drawn; empty without a chart (series
	 *         drawn in a paint that is not a plain colour are left out)
	 */
	public java.util.Map<String, java.awt.Color> seriesColours() {
		java.util.Map<String, java.awt.Color> colours = new java.util.LinkedHashMap<>();
		XYPlot plot = model == null ? null : plot();
		if (plot == null) {
			return colours;
		}
		for (int d = 0; d < plot.getDatasetCount(); d++) {
			var dataset = plot.getDataset(d);
			XYItemRenderer renderer = dataset == null ? null : plot.getRendererForDataset(dataset);
			for (int s = 0; renderer != null && s < dataset.getSeriesCount(); s++) {
				// the paint its items are drawn with (a series without one set gets the plot's next colour)
				if (renderer.getItemPaint(s, 0) instanceof java.awt.Color colour) {
					colours.putIfAbsent(String.valueOf(dataset.getSeriesKey(s)), colour);
				}
			}
		}
		return colours;
	}

	/** @return the control that gets the mouse and keys and shows the tooltips (the composite's canvas) */
	public Control mouseTarget() {
		return composite.getChildren()[0];
	}
}
