package org.lithos.ui.internal.charts;

import java.text.DecimalFormat;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.swt.ChartComposite;
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

	private final ChartComposite composite;
	private ChartModel model;
	private Point panFrom;

	/** @param parent where the chart goes */
	public ChartCanvas(Composite parent) {
		composite = new ChartComposite(parent, SWT.NONE, null, 680, 420, 200, 150, 4000, 3000, true,
				false /* properties */, false /* save: the 1.0 bridge's path is broken on JFreeChart 1.5 */,
				false /* print */, true /* zoom */, true /* tooltips */);
		composite.setDisplayToolTips(true);
		Control canvas = composite.getChildren()[0];
		canvas.addMouseWheelListener(this::wheel);
		canvas.addMouseListener(new org.eclipse.swt.events.MouseAdapter() {
			@Override
			public void mouseDown(MouseEvent e) {
				if (isPan(e)) {
					panFrom = new Point(e.x, e.y);
				}
			}

			@Override
			public void mouseUp(MouseEvent e) {
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
			String format = "{0}: {1} " + chart.xAxis().unit() + ", {2} " + chart.yAxis().unit();
			for (int i = 0; i < plot.getRendererCount(); i++) {
				XYItemRenderer renderer = plot.getRenderer(i);
				if (renderer != null) {
					renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(format,
							new DecimalFormat("0.####"), new DecimalFormat("0.####")));
				}
			}
			plot.setDomainPannable(true);
			plot.setRangePannable(true);
		}
		composite.setChart(drawn);
		composite.forceRedraw();
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
	 * @param x canvas x
	 * @param y canvas y
	 * @return the tooltip the chart shows there, null where there is no point
	 */
	public String toolTipAt(int x, int y) {
		Control canvas = composite.getChildren()[0];
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.widget = canvas;
		event.x = x;
		event.y = y;
		return composite.getToolTipText(new MouseEvent(event));
	}
}
