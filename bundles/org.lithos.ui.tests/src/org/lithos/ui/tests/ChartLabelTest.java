package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYAnnotationEntity;
import org.jfree.chart.swt.ChartComposite;
import org.junit.jupiter.api.Test;
import org.lithos.charts.Axis;
import org.lithos.charts.Channel;
import org.lithos.charts.ChartKind;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;
import org.lithos.charts.MarkerAxis;
import org.lithos.charts.ReferenceMarker;
import org.lithos.ui.internal.charts.ChartCanvas;

/**
 * The labels of expected values stay whole inside the plot, whatever the size the chart is drawn at: a long label of
 * a point at the far right (it ran out at the left edge: "xpected first cycle efficiency…"), of a point left of the
 * middle (out at the right), of a point and of a line at the top of the plot (out at the top, and on top of each
 * other). The labels' chart entities say where they were drawn, their tooltips the whole text.
 */
class ChartLabelTest {

	private static final String FAR_RIGHT = "expected first cycle efficiency of Cu_half_long_name 71 % \u00b1 3 %";
	private static final String LEFT_OF_MIDDLE = "expected discharge capacity of Cu_half at cycle 4 2.1 mAh/cm\u00b2 \u00b1 10 %";
	private static final String AT_THE_TOP = "expected average efficiency 99.8 %";
	private static final String LINE_AT_THE_TOP = "expected final efficiency at least 99 %";

	@Test
	void everyExpectationLabelIsWholeInsideThePlotAtEverySize() {
		double[] cycles = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		double[] efficiency = { 70, 92, 95, 96, 97, 97.5, 98, 98.5, 99, 99.8 };
		List<ReferenceMarker> markers = List.of(
				new ReferenceMarker(FAR_RIGHT, Channel.EFFICIENCY, MarkerAxis.Y, 80, 77, 83, 10),
				new ReferenceMarker(LEFT_OF_MIDDLE, Channel.EFFICIENCY, MarkerAxis.Y, 90, 85, 95, 4),
				new ReferenceMarker(AT_THE_TOP, Channel.EFFICIENCY, MarkerAxis.Y, 99.8, 99.8, 99.8, 1),
				new ReferenceMarker(LINE_AT_THE_TOP, Channel.EFFICIENCY, MarkerAxis.Y, 99.8, 99.8,
						Double.POSITIVE_INFINITY, Double.NaN));
		ChartModel model = new ChartModel("efficiency", "Coulombic efficiency", "", ChartKind.LINE,
				Axis.of("Cycle", ""), Axis.of("Coulombic efficiency", "%"),
				List.of(new DataSeries("Coulombic efficiency", Channel.EFFICIENCY, cycles, efficiency)), markers);
		Shell shell = Ui.sync(() -> {
			Shell s = new Shell(Ui.window().getShell(), SWT.SHELL_TRIM);
			s.setText("expectation labels");
			s.setLayout(new FillLayout());
			return s;
		});
		try {
			ChartCanvas canvas = Ui.sync(() -> {
				ChartCanvas c = new ChartCanvas(shell);
				c.show(model);
				shell.open();
				return c;
			});
			// a narrow studio view, the default one, a maximised one
			for (int[] size : new int[][] { { 330, 300 }, { 520, 360 }, { 1100, 700 } }) {
				Ui.run(() -> shell.setSize(size[0], size[1]));
				Ui.flush();
				List<String> labels = assertLabelsInside(canvas, size[0] + " x " + size[1]);
				assertEquals(markers.stream().map(ReferenceMarker::label).sorted().toList(),
						labels.stream().sorted().toList(), "every expectation has its label, whole in its tooltip");
				if (size[0] == 330) {
					Ui.screenshot("chart-labels-narrow", shell);
				}
			}
		} finally {
			Ui.run(shell::dispose);
		}
	}

	/**
	 * Asserts that the label of every expectation on a chart, as last drawn, lies inside the plot's data area and
	 * covers no other.
	 *
	 * @param canvas a painted chart
	 * @param where  says which chart, for the messages
	 * @return the labels' tooltips (the whole labels)
	 */
	static List<String> assertLabelsInside(ChartCanvas canvas, String where) {
		return Ui.sync(() -> {
			ChartComposite composite = (ChartComposite) canvas.control();
			composite.forceRedraw();
			composite.redraw();
			composite.update();
			ChartRenderingInfo info = composite.getChartRenderingInfo();
			Rectangle2D area = info.getPlotInfo().getDataArea();
			assertTrue(area.getWidth() > 0 && area.getHeight() > 0, where + ": the plot is drawn");
			List<String> labels = new ArrayList<>();
			List<Rectangle2D> boxes = new ArrayList<>();
			for (Object o : info.getEntityCollection().getEntities()) {
				if (o instanceof XYAnnotationEntity label) {
					Rectangle2D box = ((ChartEntity) label).getArea().getBounds2D();
					assertTrue(box.getMinX() >= area.getMinX() - 0.5 && box.getMaxX() <= area.getMaxX() + 0.5
							&& box.getMinY() >= area.getMinY() - 0.5 && box.getMaxY() <= area.getMaxY() + 0.5,
							where + ": '" + label.getToolTipText() + "' at " + box + " runs out of the plot " + area);
					for (int i = 0; i < boxes.size(); i++) {
						assertTrue(!boxes.get(i).intersects(box), where + ": '" + label.getToolTipText() + "' at " + box
								+ " covers '" + labels.get(i) + "' at " + boxes.get(i));
					}
					labels.add(label.getToolTipText());
					boxes.add(box);
				}
			}
			return labels;
		});
	}
}
