package org.lithos.charts.jfree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lithos.charts.Axis;
import org.lithos.charts.Channel;
import org.lithos.charts.ChartKind;
import org.lithos.charts.ChartModel;
import org.lithos.charts.ChartModels;
import org.lithos.charts.DataSeries;
import org.lithos.model.Comparison;
import org.lithos.model.Expectation;
import org.lithos.model.SimulationResult;
import org.lithos.charts.fixtures.Fixtures;
import org.lithos.charts.render.ImageFile;
import org.w3c.dom.Document;

class JFreeChartRendererTest {

	@TempDir
	Path folder;

	private final JFreeChartRenderer renderer = new JFreeChartRenderer();
	private final SimulationResult result = Fixtures.withTrace(Fixtures.threeCycles(), 20_000);

	@Test
	void runsHeadless() {
		assertTrue(GraphicsEnvironment.isHeadless(), "run the tests with -Djava.awt.headless=true");
	}

	@Test
	void pngHasTheRequestedSize() throws IOException {
		Path png = folder.resolve("capacity.png");
		renderer.render(ChartModels.capacityVsCycle(result), ImageFile.of(png, 640, 420));
		BufferedImage image = ImageIO.read(png.toFile());
		assertNotNull(image, "ImageIO reads it back");
		assertEquals(640, image.getWidth());
		assertEquals(420, image.getHeight());
		assertEquals(0xFFFFFFFF, image.getRGB(2, 2), "white background");
		assertEquals(Set.of("capacity.png"), RenderedFiles.names(folder));
	}

	@Test
	void svgIsWellFormedAndCarriesTheTitle() throws Exception {
		Path svg = folder.resolve("ce.svg");
		renderer.render(ChartModels.coulombicEfficiencyVsCycle(result), ImageFile.of(svg, 800, 500));
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		Document document = RenderedFiles.parse(svg);
		assertEquals("svg", document.getDocumentElement().getLocalName());
		assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());
		assertEquals(800, Double.parseDouble(document.getDocumentElement().getAttribute("width")));
		assertTrue(text.contains("Coulombic efficiency"), "title is text in the SVG");
		assertTrue(text.contains("sans-serif"), "sans-serif fonts");
		assertEquals(Set.of("ce.svg"), RenderedFiles.names(folder));
	}

	@Test
	void everyChartRendersInBothFormatsWithExpectations() throws Exception {
		List<Expectation> expectations = expectations();
		List<String> written = new ArrayList<>();
		for (ChartModel chart : ChartModels.all(result)) {
			ChartModel marked = ChartModels.withExpectations(chart, expectations);
			for (String extension : List.of("png", "svg")) {
				Path file = folder.resolve(chart.id() + "." + extension);
				renderer.render(marked, ImageFile.of(file, 600, 400));
				written.add(file.getFileName().toString());
			}
			RenderedFiles.parse(folder.resolve(chart.id() + ".svg"));
			assertNotNull(ImageIO.read(folder.resolve(chart.id() + ".png").toFile()));
		}
		assertEquals(new TreeSet<>(written), RenderedFiles.names(folder), "no temporary files left behind");
	}

	@Test
	void aSeriesThatNeverChangesGetsAReadableRange() {
		// a porosity that stays 0 and a coverage that stays 100 % (a dense deposit on a lithiophilic coating)
		for (double value : new double[] { 0, 100 }) {
			ChartModel flat = ChartModel.of("flat", "Flat", "", ChartKind.LINE, Axis.of("Deposited charge", "mAh/cm2"),
					Axis.of("Porosity", "%"), List.of(new DataSeries("Porosity", Channel.OTHER,
							new double[] { 0, 0.1, 0.2 }, new double[] { value, value, value })));
			Range range = JFreeCharts.create(flat).getXYPlot().getRangeAxis().getRange();
			assertEquals(value == 0 ? 0 : 90, range.getLowerBound(), 1e-9, "lower bound for " + value);
			assertEquals(value == 0 ? 1 : 110, range.getUpperBound(), 1e-9, "upper bound for " + value);
		}
		Range varying = JFreeCharts.create(ChartModels.coulombicEfficiencyVsCycle(result)).getXYPlot()
				.getRangeAxis().getRange();
		assertTrue(varying.getLength() < 100, "a chart whose values vary keeps its own range: " + varying);
	}

	@Test
	void rewritingReplacesTheFileAndLeavesNothingElse() throws IOException {
		Path png = folder.resolve("v.png");
		renderer.render(ChartModels.voltageVsTime(result), ImageFile.of(png, 300, 200));
		renderer.render(ChartModels.voltageVsTime(result), ImageFile.of(png, 320, 240));
		assertEquals(320, ImageIO.read(png.toFile()).getWidth());
		assertEquals(Set.of("v.png"), RenderedFiles.names(folder));
	}

	@Test
	void aFailedRenderLeavesNoTemporaryFile() throws IOException {
		// a non-empty folder where the image should go: drawing succeeds, moving into place fails
		Path occupied = folder.resolve("occupied.png");
		Files.createDirectories(occupied.resolve("child"));
		assertThrows(IOException.class,
				() -> renderer.render(ChartModels.capacityVsCycle(result), ImageFile.of(occupied, 200, 100)));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(occupied), files.toList());
		}
	}

	@Test
	void equalChartsGiveEqualSvgFiles() throws IOException {
		Path first = folder.resolve("a.svg");
		Path second = folder.resolve("b.svg");
		renderer.render(ChartModels.overpotentialVsCycle(result), ImageFile.of(first, 500, 300));
		renderer.render(ChartModels.overpotentialVsCycle(result), ImageFile.of(second, 500, 300));
		assertEquals(Files.readString(first), Files.readString(second));
	}

	@Test
	void emptyChartsStillRender() throws Exception {
		Path svg = folder.resolve("sub/empty.svg");
		renderer.render(ChartModels.retentionVsCycle(result, 99), ImageFile.of(svg, 400, 300));
		assertTrue(Files.readString(svg).contains("No data"));
	}

	@Test
	void legendOnlyForSeveralSeries() {
		JFreeChart single = JFreeCharts.create(ChartModels.coulombicEfficiencyVsCycle(result));
		JFreeChart several = JFreeCharts.create(ChartModels.liInventoryVsCycle(result));
		assertNull(single.getLegend());
		assertNotNull(several.getLegend());
	}

	/**
	 * The items of a legend stand apart: each label ends well before the next item's line begins, on the chart as the
	 * report's PNG draws it (JFreeChart's own legend put them 2 px apart, "Mean height" running into "Tip height").
	 */
	@Test
	void legendItemsStandApart() {
		JFreeChart chart = JFreeCharts.create(ChartModels.liInventoryVsCycle(result));
		org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
		BufferedImage image = chart.createBufferedImage(900, 550, info);
		assertNotNull(image);
		List<java.awt.Rectangle> items = new ArrayList<>();
		for (Object entity : info.getEntityCollection().getEntities()) {
			if (entity instanceof org.jfree.chart.entity.LegendItemEntity legend) {
				items.add(legend.getArea().getBounds());
			}
		}
		assertTrue(items.size() >= 3, "a legend of several items: " + items.size());
		items.sort(java.util.Comparator.comparingInt((java.awt.Rectangle r) -> r.y).thenComparingInt(r -> r.x));
		int pairs = 0;
		for (int i = 1; i < items.size(); i++) {
			java.awt.Rectangle before = items.get(i - 1);
			java.awt.Rectangle item = items.get(i);
			if (Math.abs(item.y - before.y) > 2) {
				continue; // the next row of a wrapped legend
			}
			pairs++;
			int gap = item.x - (before.x + before.width);
			assertTrue(gap >= 12, "item " + i + " starts " + gap + " px after the previous one ends: " + items);
		}
		assertTrue(pairs >= 2, "items side by side: " + items);
	}

	@Test
	void openEndedMarkersStayInsideTheAxis() {
		Expectation life = Fixtures.expect("cycle life", 10, "", "10 cycles");
		life.setComparison(Comparison.GE);
		JFreeChart chart = JFreeCharts.create(
				ChartModels.withExpectations(ChartModels.capacityVsCycle(result), List.of(life)));
		XYPlot plot = chart.getXYPlot();
		assertTrue(plot.getDomainAxis().getRange().contains(10), "expected value is visible");
		assertTrue(Double.isFinite(plot.getDomainAxis().getUpperBound()));
	}

	@Test
	void unknownExtensionsAndSizesAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> ImageFile.of(folder.resolve("x.jpg"), 10, 10));
		assertThrows(IllegalArgumentException.class, () -> ImageFile.of(folder.resolve("x.png"), 0, 10));
	}

	private static List<Expectation> expectations() {
		Expectation fce = Fixtures.expect("first cycle efficiency", 0.93, "", "93 %");
		fce.setToleranceAbsolute(0.03);
		Expectation average = Fixtures.expect("average efficiency", 0.97, "", "97 %");
		average.setToleranceRelative(0.01);
		Expectation nucleation = Fixtures.expect("nucleation overpotential", 0.005, "V", "5 mV");
		nucleation.setComparison(Comparison.LT);
		nucleation.setCycle(2);
		Expectation life = Fixtures.expect("cycle life", 5, "", "5 cycles");
		life.setComparison(Comparison.GE);
		Expectation dead = Fixtures.expect("dead Li", 0.2 * Fixtures.MAH_PER_CM2, "A·s/m2", "0.2 mAh/cm2");
		dead.setToleranceRelative(0.5);
		return List.of(fce, average, nucleation, life, dead);
	}
}
