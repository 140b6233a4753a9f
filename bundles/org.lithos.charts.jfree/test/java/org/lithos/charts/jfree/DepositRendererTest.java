package org.lithos.charts.jfree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lithos.charts.DepositPicture;
import org.lithos.charts.DepositView;
import org.lithos.charts.SectionCut;
import org.lithos.charts.jfree.internal.DepositColours;
import org.lithos.charts.jfree.internal.DepositFigure;
import org.lithos.charts.jfree.internal.DepositLayout;
import org.lithos.charts.jfree.internal.Viridis;
import org.lithos.charts.fixtures.DepositFixtures;
import org.lithos.charts.render.DepositRenderer;
import org.lithos.charts.render.ImageFile;
import org.w3c.dom.Document;

class DepositRendererTest {

	private static final double SITE = 0.35e-9;
	private static final int NX = 64;
	private static final int NZ = 32;

	@TempDir
	Path folder;

	private final DepositRenderer renderer = new Java2DDepositRenderer();

	/** Collector rows 0..3, coating rows 4..5, a Li block in columns 10..20 up to z = 15 deposited over 100 s. */
	private static DepositPicture block() {
		byte[] section = new byte[NX * NZ];
		float[] times = new float[NX * NZ];
		Arrays.fill(times, Float.NaN);
		int[] heights = new int[NX];
		byte[] top = new byte[NX];
		for (int x = 0; x < NX; x++) {
			for (int z = 0; z < 6; z++) {
				section[z * NX + x] = z < 4 ? DepositPicture.COLLECTOR : DepositPicture.COATING;
			}
			boolean li = x >= 10 && x <= 20;
			heights[x] = li ? 16 : 6;
			top[x] = li ? DepositPicture.LITHIUM : DepositPicture.COATING;
			if (li) {
				for (int z = 6; z < 16; z++) {
					section[z * NX + x] = DepositPicture.LITHIUM;
					times[z * NX + x] = 10f * (z - 5);
				}
			}
		}
		return new DepositPicture("Li2Te-Cu, 1 mA/cm2, 0.05 mAh/cm2", SITE, NX, 1, NZ, section, times, heights, top,
				100, 1800, "Cu", "Li2Te");
	}

	/** A PNG of one picture and the layout the renderer drew it with. */
	private record Png(BufferedImage image, DepositLayout layout) {
	}

	private Png png(DepositPicture p, DepositView view, String name, int width, int height) throws IOException {
		Path file = folder.resolve(name);
		renderer.render(p, view, ImageFile.of(file, width, height));
		return new Png(ImageIO.read(file.toFile()), DepositLayout.of(DepositFigure.single(p, view), width, height));
	}

	@Test
	void pngHasTheRequestedSizeAndMaterialColours() throws IOException {
		Png png = png(block(), DepositView.MATERIAL, "section.png", 800, 400);
		BufferedImage image = png.image();
		assertNotNull(image);
		assertEquals(800, image.getWidth());
		assertEquals(400, image.getHeight());
		DepositLayout layout = png.layout();
		assertTrue(layout.cells().get(0).width >= NX, "sites are at least a pixel: colours are exact");
		assertEquals(DepositColours.COLLECTOR.getRGB(), site(image, layout, 30, 1), "collector");
		assertEquals(DepositColours.COATING.getRGB(), site(image, layout, 30, 5), "coating");
		assertEquals(DepositColours.LITHIUM.getRGB(), site(image, layout, 15, 10), "Li");
		assertEquals(DepositColours.ELECTROLYTE.getRGB(), site(image, layout, 15, 17), "empty above the deposit");
		assertEquals(DepositColours.ELECTROLYTE.getRGB(), site(image, layout, 40, 6), "empty beside it");
		assertEquals(0xFFFFFFFF, image.getRGB(2, 2), "white background");
		assertEquals(Set.of("section.png"), RenderedFiles.names(folder), "no temporary files left");
	}

	@Test
	void depositionTimeIsViridis() throws IOException {
		Png png = png(block(), DepositView.DEPOSITION_TIME, "time.png", 800, 400);
		BufferedImage image = png.image();
		DepositLayout layout = png.layout();
		assertEquals(100, layout.maxValue(), 1e-9, "colour range up to the latest site");
		assertEquals(Viridis.argb(1), site(image, layout, 15, 15), "latest Li is yellow");
		assertEquals(Viridis.argb(0.1), site(image, layout, 15, 6), "first Li is dark");
		assertEquals(DepositColours.COLLECTOR.getRGB(), site(image, layout, 30, 1));
		assertNotNull(layout.colourBar());
	}

	@Test
	void topViewShowsTheSubstrateWhereNoLiCoversIt() throws IOException {
		Png png = png(block(), DepositView.HEIGHT, "top.png", 800, 300);
		BufferedImage image = png.image();
		DepositLayout layout = png.layout();
		Rectangle r = layout.cells().get(0);
		int y = r.y + r.height / 2;
		assertEquals(DepositColours.COATING.getRGB(), image.getRGB(pixelX(r, 40), y), "bare coating");
		assertEquals(Viridis.argb(1), image.getRGB(pixelX(r, 15), y), "the tallest column");
		assertEquals(10 * SITE, layout.maxValue(), 1e-20, "10 sites of Li above the coating");
	}

	@Test
	void surfaceIsTheTopViewShadedByItsSlopes() throws IOException {
		Png png = png(block(), DepositView.SURFACE, "surface.png", 800, 300);
		BufferedImage image = png.image();
		Rectangle r = png.layout().cells().get(0);
		int y = r.y + r.height / 2;
		assertEquals(Viridis.argb(1), image.getRGB(pixelX(r, 15), y), "a flat top keeps its height colour");
		assertEquals(DepositColours.COATING.getRGB(), image.getRGB(pixelX(r, 40), y), "flat bare coating too");
		int lit = brightness(image.getRGB(pixelX(r, 10), y));
		int flat = brightness(Viridis.argb(1));
		int shaded = brightness(image.getRGB(pixelX(r, 20), y));
		assertTrue(lit > flat, "the flank facing the light (upper left) is brighter: " + lit + " vs " + flat);
		assertTrue(shaded < flat / 2, "the flank facing away is darker: " + shaded + " vs " + flat);
		assertNotNull(png.layout().colourBar(), "colour bar of the heights");
	}

	/**
	 * 40 x 20 columns of two Li sites on the collector, and a pillar of seven at (30, 5); the section cuts row 10
	 * through a typical column (20, 10), the other through the pillar.
	 */
	private static DepositPicture pillar() {
		int nx = 40;
		int ny = 20;
		int nz = 12;
		int[] heights = new int[nx * ny];
		Arrays.fill(heights, 3);
		heights[5 * nx + 30] = 8;
		byte[] top = new byte[nx * ny];
		Arrays.fill(top, DepositPicture.LITHIUM);
		SectionCut typical = new SectionCut(SectionCut.TYPICAL, 20, 10);
		SectionCut tallest = new SectionCut(SectionCut.TALLEST, 30, 5);
		return new DepositPicture("Cu, 0.01 mAh/cm2", SITE, nx, ny, nz, row(nx, nz, -1), null, heights, top, 100,
				360, "Cu", "", typical, List.of(tallest)).withSection(tallest, row(nx, nz, 30), null);
	}

	/** A section: collector at z = 0, Li at z = 1 and 2, and up to z = 7 in the column of a pillar (-1 for none). */
	private static byte[] row(int nx, int nz, int pillar) {
		byte[] codes = new byte[nx * nz];
		for (int x = 0; x < nx; x++) {
			codes[x] = DepositPicture.COLLECTOR;
			for (int z = 1; z <= (x == pillar ? 7 : 2); z++) {
				codes[z * nx + x] = DepositPicture.LITHIUM;
			}
		}
		return codes;
	}

	@Test
	void viewsFromAboveMarkTheRowsTheSectionsCut() throws IOException {
		DepositPicture p = pillar();
		for (DepositView view : List.of(DepositView.HEIGHT, DepositView.SURFACE)) {
			Png png = png(p, view, view + ".png", 800, 500);
			BufferedImage image = png.image();
			Rectangle r = png.layout().cells().get(0);
			int x = column(r, 8, p.nx());
			for (SectionCut cut : p.cuts()) {
				int onLine = r.y + (int) Math.round((cut.y() + 0.5) * r.height / p.ny());
				int rgb = image.getRGB(x, onLine);
				int red = (rgb >> 16) & 0xff;
				int green = (rgb >> 8) & 0xff;
				int blue = rgb & 0xff;
				assertTrue(Math.abs(red - green) < 24 && Math.abs(green - blue) < 24,
						view + ": grey line (white over dark) across row " + cut.y() + ", not the map's colour: "
								+ Integer.toHexString(rgb));
			}
			int offLine = r.y + (int) Math.round(15.5 * r.height / p.ny());
			assertEquals(Viridis.argb(2.0 / 7), image.getRGB(x, offLine), view + ": the map elsewhere");
		}
		Path svg = folder.resolve("top.svg");
		renderer.render(p, DepositView.HEIGHT, ImageFile.of(svg, 800, 500));
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		assertTrue(text.contains(">tallest column<") && text.contains(">typical column<"), "the cuts are labelled");
	}

	@Test
	void aSectionSaysWhereItCutsAndMarksItsColumn() throws IOException {
		DepositPicture p = pillar();
		Png png = png(p, DepositView.MATERIAL, "tallest.png", 800, 400);
		Rectangle r = png.layout().cells().get(0);
		int pillarTop = r.y + r.height - 1 - (int) (7.5 * r.height / png.layout().rows(0));
		assertEquals(DepositColours.LITHIUM.getRGB(), png.image().getRGB(column(r, 30, p.nx()), pillarTop),
				"the pillar's top");
		assertEquals(0xFF222222, png.image().getRGB(column(r, 30, p.nx()), r.y - 4), "a marker over its column");
		assertEquals(0xFFFFFFFF, png.image().getRGB(column(r, 10, p.nx()), r.y - 4), "none elsewhere");
		Path svg = folder.resolve("tallest.svg");
		renderer.render(p, DepositView.MATERIAL, ImageFile.of(svg, 800, 400));
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		// 0.35 nm sites: row 5 at 1.75 nm, column 30 at 10.5 nm, seven sites (2.45 nm) of Li
		assertTrue(text.contains("section at y = 1.75 nm through the tallest column (x = 10.5 nm, 2.45 nm of Li)"),
				"the subtitle says where the section cuts");
	}

	private static int brightness(int argb) {
		return ((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff);
	}

	@Test
	void svgIsWellFormedWithScaleBarAndLegend() throws Exception {
		Path svg = folder.resolve("section.svg");
		renderer.render(block(), DepositView.MATERIAL, ImageFile.of(svg, 800, 400));
		Document document = RenderedFiles.parse(svg);
		assertEquals("svg", document.getDocumentElement().getLocalName());
		assertEquals(800, Double.parseDouble(document.getDocumentElement().getAttribute("width")));
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		assertTrue(text.contains(">5 nm<"), "scale bar: 64 sites of 0.35 nm are 22.4 nm wide");
		assertTrue(text.contains("Li2Te-Cu, 1 mA/cm2, 0.05 mAh/cm2"), "title");
		assertTrue(text.contains(">Li2Te<") && text.contains(">Cu<") && text.contains(">electrolyte<"), "legend");
		assertTrue(text.contains("image-rendering:pixelated"), "sites stay square when zoomed");
		assertEquals(1, document.getElementsByTagName("image").getLength(), "one raster, not a shape per site");
	}

	@Test
	void svgOfA256By64SectionIsSmall() throws Exception {
		DepositPicture p = DepositFixtures.mounds("Li2Te-Cu", 256, 1, 64, 3, 14, 7, 3, 180);
		long material = size(p, DepositView.MATERIAL, "m.svg");
		long time = size(p, DepositView.DEPOSITION_TIME, "t.svg");
		System.out.println("SVG of a 256 x 64 section, 900 x 360 px: " + material + " bytes by material, " + time
				+ " bytes by deposition time");
		assertTrue(material < 20_000, material + " bytes");
		assertTrue(time < 40_000, time + " bytes");
	}

	@Test
	void bigLatticesRenderQuickly() throws IOException {
		DepositPicture big = DepositFixtures.mounds("Cu", 1024, 256, 512, 0, 60, 30, 7, 3600);
		long start = System.nanoTime();
		for (DepositView view : DepositView.values()) {
			renderer.render(big, view, ImageFile.of(folder.resolve(view + ".png"), 1200, 600));
			renderer.render(big, view, ImageFile.of(folder.resolve(view + ".svg"), 1200, 600));
		}
		long ms = (System.nanoTime() - start) / 1_000_000;
		assertTrue(ms < 20_000, 2 * DepositView.values().length + " images of a 1024-wide lattice took " + ms + " ms");
		assertTrue(Files.size(folder.resolve("MATERIAL.svg")) < 100_000);
	}

	/**
	 * A deposit far thinner than its lattice is wide (4 sites of Li on 256 columns, as 50 nm of Li on 640 nm) fills the
	 * image: its heights are stretched by a whole factor, and a vertical scale bar and a note keep the picture honest.
	 * At one scale it was a strip 42 px high across an image two thirds white.
	 */
	@Test
	void aThinDepositFillsThePictureWithItsHeightsStretchedAndSaysSo() throws Exception {
		DepositPicture thin = DepositFixtures.mounds("Cu, 1 mA/cm2", 256, 1, 64, 0, 4, 6, 1, 30);
		Png png = png(thin, DepositView.MATERIAL, "thin.png", 900, 400);
		DepositLayout layout = png.layout();
		double stretch = layout.exaggeration();
		assertTrue(stretch >= 2 && stretch == Math.rint(stretch), "a whole factor above 1: " + stretch);
		Rectangle r = layout.cells().get(0);
		double siteWide = (double) r.width / thin.nx();
		double siteHigh = (double) r.height / layout.rows(0);
		assertEquals(stretch, siteHigh / siteWide, 0.05 * stretch, "a site is drawn 'stretch' times taller than wide");
		assertEquals(layout.pixelsPerMetre() * stretch, layout.verticalPixelsPerMetre(), 1e-6);
		int white = 0;
		BufferedImage image = png.image();
		for (int y = 0; y < image.getHeight(); y++) {
			boolean blank = true;
			for (int x = 0; x < image.getWidth() && blank; x++) {
				blank = image.getRGB(x, y) == 0xFFFFFFFF;
			}
			white += blank ? 1 : 0;
		}
		assertTrue(white < 0.35 * image.getHeight(), white + " of " + image.getHeight() + " rows are white");
		// the vertical bar stands on the base line, its length the bar's at the vertical scale
		assertNotNull(layout.heightBar());
		int length = (int) Math.round(layout.heightBar().length() * layout.verticalPixelsPerMetre());
		int base = r.y + r.height;
		assertTrue(length > 10 && length <= r.height, "bar of " + length + " px beside a picture of " + r.height);
		assertTrue(image.getRGB(r.x - 10, base - 2) != 0xFFFFFFFF, "bar at its foot");
		assertTrue(image.getRGB(r.x - 10, base - length + 1) != 0xFFFFFFFF, "bar at its top");
		assertEquals(0xFFFFFFFF, image.getRGB(r.x - 10, base - length - 3), "nothing above the bar");
		Path svg = folder.resolve("thin.svg");
		renderer.render(thin, DepositView.MATERIAL, ImageFile.of(svg, 900, 400));
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		assertTrue(text.contains(layout.heightBar().label()), "the vertical bar's length is written");
		assertTrue(text.contains("heights drawn " + (int) stretch + " \u00d7 widths"), "the stretch is stated");
	}

	@Test
	void deepDepositsAndViewsFromAboveKeepTrueProportions() throws IOException {
		DepositPicture tall = DepositFixtures.mounds("Cu, 10 mA/cm2", 64, 1, 128, 0, 100, 3, 2, 30);
		DepositLayout section = png(tall, DepositView.MATERIAL, "tall.png", 900, 400).layout();
		assertEquals(1, section.exaggeration(), 0, "taller than wide: one scale");
		assertNotNull(section.heightBar(), "a cross-section always has its vertical bar");
		DepositLayout top = png(block(), DepositView.HEIGHT, "top.png", 800, 300).layout();
		assertEquals(1, top.exaggeration(), 0, "two horizontal directions: one scale");
		assertEquals(null, top.heightBar());
	}

	@Test
	void panelAndSequenceRender() throws Exception {
		DepositPicture cu = DepositFixtures.mounds("Cu", 128, 1, 48, 0, 20, 3, 5, 180);
		DepositPicture li2te = DepositFixtures.mounds("Li2Te-Cu", 128, 1, 48, 3, 8, 6, 3, 180);
		DepositPicture wide = DepositFixtures.mounds("Mg/W-Cu", 256, 1, 32, 2, 6, 8, 9, 180);
		Path panel = folder.resolve("panel.png");
		renderer.renderPanel("0.05 mAh/cm2", List.of(cu, li2te, wide), DepositView.MATERIAL,
				ImageFile.of(panel, 1200, 360));
		assertEquals(1200, ImageIO.read(panel.toFile()).getWidth());
		DepositLayout layout = DepositLayout.of(
				DepositFigure.panel("0.05 mAh/cm2", List.of(cu, li2te, wide), DepositView.MATERIAL), 1200, 360);
		List<Rectangle> cells = layout.cells();
		assertEquals(3, cells.size());
		assertEquals(2 * cells.get(0).width, cells.get(2).width, 2, "one scale: twice the sites, twice the width");
		assertEquals(cells.get(0).y + cells.get(0).height, cells.get(2).y + cells.get(2).height, "common base line");
		assertEquals(cells.get(0).height, cells.get(1).height, "same vertical scale");

		List<DepositPicture> run = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			run.add(DepositFixtures.mounds("Cu, 1 mA/cm2", 128, 1, 64, 0, 8 * i, 4, 11, 45 * i));
		}
		Path sequence = folder.resolve("sequence.svg");
		renderer.renderSequence(run, DepositView.DEPOSITION_TIME, ImageFile.of(sequence, 1400, 360));
		RenderedFiles.parse(sequence);
		String text = Files.readString(sequence);
		assertTrue(text.contains("t = 0.75 min") && text.contains("t = 3 min"), "times in one unit under each");
		assertTrue(text.contains("0.05 mAh/cm²"), "charge under each, its unit typeset");
		assertTrue(text.contains("Deposited at (min)"), "colour bar");
		renderer.renderSequence(run, DepositView.HEIGHT, ImageFile.of(folder.resolve("sequence.png"), 1400, 300));
	}

	/**
	 * A run's snapshots in a small studio view: narrow pictures whose captions ("0.00025 mAh/cm2") are wider than
	 * they are. The captions of neighbours keep apart and inside the image, and nothing is drawn at its right edge (the
	 * note "heights drawn 2 × widths" ran out there).
	 */
	@Test
	void captionsOfNarrowSnapshotsKeepApartAndTheBottomRowFits() throws Exception {
		List<DepositPicture> run = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			run.add(DepositFixtures.mounds("Half, 0.000250 mAh/cm2", 48, 1, 64, 0, 2 * i, 4, 11, 0.9 * i));
		}
		java.awt.Font caption = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11);
		java.awt.font.FontRenderContext measure = new java.awt.font.FontRenderContext(null, true, false);
		for (int[] size : new int[][] { { 430, 410 }, { 560, 300 } }) {
			DepositFigure figure = DepositFigure.sequence(run, DepositView.MATERIAL);
			DepositLayout layout = DepositLayout.of(figure, size[0], size[1]);
			double previousEnd = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < run.size(); i++) {
				Rectangle cell = layout.cells().get(i);
				double widest = 0;
				for (String line : layout.below().get(i)) {
					widest = Math.max(widest, caption.getStringBounds(line, measure).getWidth());
				}
				double start = cell.x + cell.width / 2.0 - widest / 2;
				assertTrue(start >= previousEnd + 4 && start >= 0 && start + widest <= size[0],
						size[0] + " px: caption " + i + " from " + start + " to " + (start + widest)
								+ " (the one before ends at " + previousEnd + ")");
				previousEnd = start + widest;
				assertEquals(String.join(" ", figure.cells().get(i).below()), String.join(" ", layout.below().get(i)),
						"the captions' words, on as many lines as they need");
			}
			Path png = folder.resolve("narrow-" + size[0] + ".png");
			renderer.renderSequence(run, DepositView.MATERIAL, ImageFile.of(png, size[0], size[1]));
			BufferedImage image = ImageIO.read(png.toFile());
			for (int x = size[0] - 3; x < size[0]; x++) {
				for (int y = 0; y < size[1]; y++) {
					assertEquals(0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, size[0] + " px: ink at the right edge, (" + x
							+ ", " + y + ")");
				}
			}
		}
	}

	/** A view's picture in memory has the pixels of the PNG of the same size, panel and sequence alike. */
	@Test
	void imagesInMemoryAreThePixelsOfThePng() throws IOException {
		Java2DDepositRenderer java2d = new Java2DDepositRenderer();
		DepositPicture cu = DepositFixtures.mounds("Cu", 128, 1, 48, 0, 20, 3, 5, 180);
		DepositPicture li2te = DepositFixtures.mounds("Li2Te-Cu", 128, 1, 48, 3, 8, 6, 3, 180);
		Path panel = folder.resolve("panel.png");
		java2d.renderPanel("Deposits", List.of(cu, li2te), DepositView.MATERIAL, ImageFile.of(panel, 640, 330));
		assertSamePixels(ImageIO.read(panel.toFile()),
				java2d.panelImage("Deposits", List.of(cu, li2te), DepositView.MATERIAL, 640, 330));
		List<DepositPicture> run = List.of(DepositFixtures.mounds("Cu, 1 mA/cm2", 128, 1, 64, 0, 8, 4, 11, 45),
				DepositFixtures.mounds("Cu, 1 mA/cm2", 128, 1, 64, 0, 16, 4, 11, 90));
		Path sequence = folder.resolve("sequence.png");
		java2d.renderSequence(run, DepositView.MATERIAL, ImageFile.of(sequence, 701, 413));
		assertSamePixels(ImageIO.read(sequence.toFile()), java2d.sequenceImage(run, DepositView.MATERIAL, 701, 413));
		assertThrows(IllegalArgumentException.class, () -> java2d.sequenceImage(run, DepositView.MATERIAL, 20, 20),
				"too small for the layout, as for a file");
	}

	private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
		assertEquals(expected.getWidth(), actual.getWidth());
		assertEquals(expected.getHeight(), actual.getHeight());
		for (int y = 0; y < expected.getHeight(); y++) {
			for (int x = 0; x < expected.getWidth(); x++) {
				if (expected.getRGB(x, y) != actual.getRGB(x, y)) {
					throw new AssertionError("pixel " + x + ", " + y + " differs");
				}
			}
		}
	}

	@Test
	void refusesWhatItCannotDraw() {
		DepositPicture noTimes = DepositFixtures.mounds("Cu", 64, 1, 32, 0, 8, 2, 1, 10);
		DepositPicture p = new DepositPicture("no times", SITE, 64, 1, 32, noTimes.section(), null,
				noTimes.heights(), null, 10, 0, "Cu", "");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.render(p,
				DepositView.DEPOSITION_TIME, ImageFile.of(folder.resolve("x.png"), 400, 300)));
		assertEquals("'no times' has no deposition times: draw it by material", e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> renderer.renderPanel("none", List.of(),
				DepositView.MATERIAL, ImageFile.of(folder.resolve("y.png"), 400, 300)));
		assertThrows(IllegalArgumentException.class, () -> renderer.render(p, DepositView.MATERIAL,
				ImageFile.of(folder.resolve("z.png"), 20, 20)));
		assertFalse(Files.exists(folder.resolve("z.png")), "nothing written");
	}

	@Test
	void threadsRenderingAtOnceGiveEqualFiles() throws Exception {
		DepositPicture p = DepositFixtures.mounds("Cu", 256, 32, 64, 2, 14, 7, 3, 180);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> files = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				Path svg = folder.resolve("t" + i + ".svg");
				files.add(pool.submit(() -> {
					renderer.render(p, DepositView.HEIGHT, ImageFile.of(svg, 700, 300));
					return Files.readString(svg);
				}));
			}
			String first = files.get(0).get();
			for (Future<String> file : files) {
				assertEquals(first, file.get());
			}
		} finally {
			pool.shutdown();
		}
	}

	@Test
	void publicSignaturesShowNoJFreeChart() {
		for (Method method : DepositRenderer.class.getMethods()) {
			List<Class<?>> types = new ArrayList<>(List.of(method.getParameterTypes()));
			types.add(method.getReturnType());
			for (Class<?> type : types) {
				assertFalse(type.getName().startsWith("org.jfree"), method + " exposes " + type.getName());
			}
		}
	}

	/** The colour at the centre of a site of the cross-section. */
	private static int site(BufferedImage image, DepositLayout layout, int x, int z) {
		Rectangle r = layout.cells().get(0);
		int rows = layout.rows(0);
		int py = r.y + r.height - 1 - (int) ((z + 0.5) * r.height / rows);
		return image.getRGB(pixelX(r, x), py);
	}

	private static int pixelX(Rectangle r, int x) {
		return column(r, x, NX);
	}

	/** The pixel x at the centre of column x of a picture nx sites wide drawn in r. */
	private static int column(Rectangle r, int x, int nx) {
		return r.x + (int) ((x + 0.5) * r.width / nx);
	}

	private long size(DepositPicture p, DepositView view, String name) throws IOException {
		Path svg = folder.resolve(name);
		renderer.render(p, view, ImageFile.of(svg, 900, 360));
		return Files.size(svg);
	}
}
