package org.lithos.charts.jfree.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.junit.jupiter.api.Test;
import org.lithos.charts.Axis;
import org.lithos.charts.Channel;
import org.lithos.charts.ChartKind;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;

/** The chart's key: one entry per look, runs and members apart, and its compact copy inside the plot. */
class LegendKeyTest {

	private static final String[] RUNS = { "Half@j=0.5mA_cm2", "Half@j=1mA_cm2" };
	private static final String[] MEMBERS = { "cycle 1 plating", "cycle 1 stripping", "cycle 4 plating",
			"cycle 4 stripping" };

	/** Two runs' voltage curves of cycles 1 and 4, as the studio overlays them: "run: member", keyed. */
	private static ChartModel twoRunsTwoCycles() {
		List<DataSeries> series = new ArrayList<>();
		for (int r = 0; r < RUNS.length; r++) {
			for (int m = 0; m < MEMBERS.length; m++) {
				double level = (m % 2 == 0 ? -1 : 1) * (0.03 + 0.03 * r);
				series.add(new DataSeries(RUNS[r] + ": " + MEMBERS[m], null, new double[] { 0, 0.1, 0.2, 0.3, 0.4 },
						new double[] { level, level, level, level, 0.2 }, new DataSeries.Key(RUNS[r], MEMBERS[m])));
			}
		}
		return ChartModel.of("voltage_vs_capacity", "Voltage against capacity", "2 runs", ChartKind.LINE,
				Axis.of("Capacity", "mAh/cm2"), Axis.of("Voltage", "V"), series);
	}

	private static List<String> labels(LegendItemCollection items) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < items.getItemCount(); i++) {
			out.add(items.get(i).getLabel());
		}
		return out;
	}

	@Test
	void severalRunsWithSeveralCurvesGetAColourPerRunAndALineStylePerMember() {
		ChartModel model = twoRunsTwoCycles();
		JFreeChart chart = ChartAssembler.assemble(model);
		XYPlot plot = (XYPlot) chart.getPlot();
		XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
		for (int i = 0; i < 8; i++) {
			int run = i / 4;
			int member = i % 4;
			// the same run: the same colour; the same member in another run: the same line
			assertEquals(renderer.getSeriesPaint(run * 4), renderer.getSeriesPaint(i), model.series().get(i).name());
			assertEquals(renderer.getSeriesStroke(member), renderer.getSeriesStroke(i), model.series().get(i).name());
		}
		assertNotEquals(renderer.getSeriesPaint(0), renderer.getSeriesPaint(4), "the runs' colours");
		for (int m = 1; m < 4; m++) {
			assertNotEquals(renderer.getSeriesStroke(0), renderer.getSeriesStroke(m), MEMBERS[m]);
		}
		// the key: runs, then members; 2 + 4 entries, not 8
		LegendItemCollection key = chart.getLegend().getSources()[0].getLegendItems();
		List<String> expected = new ArrayList<>(List.of(RUNS));
		expected.addAll(List.of(MEMBERS));
		assertEquals(expected, labels(key));
		assertEquals(renderer.getSeriesPaint(4), key.get(1).getLinePaint(), "a run's entry in its colour");
		assertEquals(renderer.getSeriesStroke(2), key.get(4).getLineStroke(), "a member's entry in its line");
	}

	@Test
	void seriesDrawnAlikeShareOneEntryNamedByWhatTheyShare() {
		List<DataSeries> series = new ArrayList<>();
		double[] x = { 0, 1 };
		for (int c = 1; c <= 4; c++) {
			series.add(new DataSeries("cycle " + c + " plating, measured", Channel.MEASURED, x, x));
			series.add(new DataSeries("cycle " + c + " stripping, measured", Channel.MEASURED, x, x));
		}
		for (int c = 1; c <= 4; c++) {
			series.add(new DataSeries("cycle " + c + " plating", Channel.CHARGE, x, x));
			series.add(new DataSeries("cycle " + c + " stripping", Channel.DISCHARGE, x, x));
		}
		ChartModel model = ChartModel.of("measured_voltage", "Voltage", "", ChartKind.LINE, Axis.of("Capacity", "mAh/cm2"),
				Axis.of("Voltage", "V"), series);
		LegendItemCollection key = ChartAssembler.assemble(model).getLegend().getSources()[0].getLegendItems();
		assertEquals(List.of("cycle 1\u20134 measured", "cycle 1\u20134 plating", "cycle 1\u20134 stripping"),
				labels(key));
		assertEquals("cycle 1 plating\ncycle 2 plating\ncycle 3 plating\ncycle 4 plating", key.get(1).getToolTipText());
	}

	@Test
	void aMergedLabelKeepsSharedWordsAndListsDifferingNumbers() {
		assertEquals("cycle 1, 4 charge", LegendKey.label(List.of("cycle 1 charge", "cycle 4 charge")));
		assertEquals("cycle 1, 2, 10 charge",
				LegendKey.label(List.of("cycle 1 charge", "cycle 2 charge", "cycle 10 charge")));
		assertEquals("Dead Li", LegendKey.label(List.of("Dead Li")));
		assertEquals("a \u2026 end", LegendKey.label(List.of("a b end", "a c d end")));
	}

	@Test
	void aSingleRunOrOneCurvePerRunIsNotGrouped() {
		double[] x = { 0, 1 };
		assertEquals(null, RunGrouping.of(List.of(new DataSeries("a", null, x, x, new DataSeries.Key("r1", "v")),
				new DataSeries("b", null, x, x, new DataSeries.Key("r2", "v")))));
		assertEquals(null, RunGrouping.of(List.of(new DataSeries("a", null, x, x), new DataSeries("b", null, x, x))));
	}

	/** SWT's graphics (the studio's chart composite) refuse dashes that round to 0 px: the view would not draw. */
	@Test
	void everyMembersDashesAreWholePixels() {
		List<String> members = List.of("a", "b", "c", "d", "e", "f");
		RunGrouping runs = new RunGrouping(List.of("r1", "r2"), members);
		for (String m : members) {
			float[] dashes = runs.memberStroke(m).getDashArray();
			for (int i = 0; dashes != null && i < dashes.length; i++) {
				assertTrue(dashes[i] >= 1 && dashes[i] == Math.round(dashes[i]), m + ": " + dashes[i]);
			}
		}
	}

	@Test
	void longLabelsAreShortenedInTheMiddle() {
		String shortened = InsetLegend.shorten("Half_with_a_long_name@j=0.5mA_cm2: cycle 1 plating", 24);
		assertEquals(24, shortened.length());
		assertTrue(shortened.startsWith("Half_with_a") && shortened.endsWith("cycle 1 plating".substring(3)),
				shortened);
		assertEquals("short", InsetLegend.shorten("short", 24));
	}

	@Test
	void aChartShortOfRoomGetsACompactKeyInItsEmptiestCorner() {
		JFreeChart chart = ChartAssembler.assemble(twoRunsTwoCycles());
		BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			chart.getLegend().setVisible(false);
			ChartRenderingInfo info = new ChartRenderingInfo();
			chart.draw(g, new Rectangle2D.Double(0, 0, 300, 260), info);
			Rectangle2D data = info.getPlotInfo().getDataArea();
			XYTitleAnnotation key = InsetLegend.place(chart, g, data);
			assertTrue(key != null, "a compact key in " + data);
			assertTrue(((XYPlot) chart.getPlot()).getAnnotations().contains(key));
			// every curve runs at the bottom and top right: the key goes top left, its entries the chart's
			assertEquals(RectangleAnchor.TOP_LEFT, key.getTitleAnchor());
			LegendItemCollection items = ((LegendTitle) key.getTitle()).getSources()[0].getLegendItems();
			assertEquals(6, items.getItemCount());
			LegendItem run = items.get(0);
			assertEquals(RUNS[0], run.getToolTipText());
			// drawn, it lies inside the data area
			ChartRenderingInfo drawn = new ChartRenderingInfo();
			chart.draw(g, new Rectangle2D.Double(0, 0, 300, 260), drawn);
			int entries = 0;
			for (Object e : drawn.getEntityCollection().getEntities()) {
				if (e instanceof org.jfree.chart.entity.LegendItemEntity entity) {
					entries++;
					assertTrue(drawn.getPlotInfo().getDataArea().contains(entity.getArea().getBounds2D()),
							entity.getArea().getBounds2D() + " outside " + drawn.getPlotInfo().getDataArea());
				}
			}
			assertEquals(6, entries, "every entry drawn");
			// a narrow chart: the compact key below it, in as many columns as fit
			LegendTitle below = InsetLegend.below(chart, g, 267);
			assertTrue(below != null, "no compact key");
			var need = below.arrange(g, org.jfree.chart.block.RectangleConstraint.NONE);
			assertTrue(need.width <= 267 && need.height <= 45, "compact key of " + need);
			// a chart far too small: no key rather than a plot hidden under it
			assertEquals(null, InsetLegend.place(chart, g, new Rectangle2D.Double(0, 0, 60, 40)));
		} finally {
			g.dispose();
		}
	}
}
