package org.lithos.sim.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.charts.DepositPicture;
import org.lithos.charts.SectionCut;
import org.lithos.charts.jfree.JFreeImageRenderer;
import org.lithos.model.CellSpec;
import org.lithos.model.CollectorSpec;
import org.lithos.model.LayerSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Morphology;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.RunStatus;
import org.lithos.sim.store.MorphologyFile;
import org.lithos.sim.store.MorphologyPictures;
import org.lithos.sim.store.ResultStore;
import org.lithos.sim.store.StoredStudy;

/** Snapshots of the deposit become pictures in the picture's frame, per run and side by side per study. */
class MorphologyPicturesTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;
	private static final JFreeImageRenderer IMAGES = new JFreeImageRenderer();

	/** 8 x 1 x 6 lattice: collector at z = 0, a mound of Li two sites high over x = 2..4. */
	private static Morphology mound(double charge) {
		Morphology m = F.createMorphology();
		m.setWidth(8);
		m.setDepth(1);
		m.setHeight(6);
		m.setSiteSize(2e-9);
		m.setTime(10);
		m.setCharge(charge);
		byte[] section = new byte[8 * 6];
		double[] times = new double[8 * 6];
		Arrays.fill(times, Double.NaN);
		int[] heights = new int[8];
		byte[] top = new byte[8];
		for (int x = 0; x < 8; x++) {
			section[x] = 1;
			top[x] = 1;
		}
		for (int x = 2; x <= 4; x++) {
			for (int z = 1; z <= 2; z++) {
				section[z * 8 + x] = 3;
				times[z * 8 + x] = z;
			}
			heights[x] = 2;
			top[x] = 3;
		}
		m.setSection(section);
		m.setSectionTime(times);
		m.setHeights(heights);
		m.setTop(top);
		return m;
	}

	private static SimulationInput input(String cell, String collector, String... layers) {
		SimulationInput input = F.createSimulationInput();
		input.setId(cell);
		CellSpec c = F.createCellSpec();
		c.setName("ref." + cell);
		CollectorSpec cc = F.createCollectorSpec();
		cc.setMaterial(material("lithos.materials." + collector));
		for (String layer : layers) {
			LayerSpec l = F.createLayerSpec();
			l.setMaterial(material("lithos.materials." + layer));
			cc.getLayers().add(l);
		}
		c.setCollector(cc);
		input.setCell(c);
		return input;
	}

	private static MaterialSpec material(String name) {
		MaterialSpec m = F.createMaterialSpec();
		m.setName(name);
		return m;
	}

	@Test
	void heightsMoveToThePicturesFrameAndNamesComeFromTheCollector() {
		SimulationResult result = F.createSimulationResult();
		result.getMorphologies().add(mound(180));
		List<DepositPicture> pictures = MorphologyPictures.pictures(input("MgW_half", "Cu", "W", "Mg"), result);
		assertEquals(1, pictures.size());
		DepositPicture p = pictures.get(0);
		// the model counts the topmost occupied z (0 = bare collector); the picture one above it
		assertEquals(1, p.height(0, 0));
		assertEquals(3, p.height(3, 0));
		assertEquals("Cu", p.collector());
		assertEquals("Mg/W", p.coating(), "coatings are named from the outside in");
		assertTrue(p.title().startsWith("MgW_half, 0.005"), p.title());
	}

	@Test
	void writesRunPicturesAndAStudyPanel() throws IOException {
		Path folder = Files.createTempDirectory("morph");
		SimulationResult result = F.createSimulationResult();
		result.getMorphologies().add(mound(90));
		result.getMorphologies().add(mound(180));
		SimulationInput cu = input("Cu_half", "Cu");
		MorphologyPictures.writeRun(cu, result, folder.resolve("charts"), IMAGES);
		for (String name : List.of("deposit-section", "deposit-time", "deposit-sequence")) {
			assertTrue(Files.size(folder.resolve("charts/" + name + ".png")) > 0, name);
			assertTrue(Files.readString(folder.resolve("charts/" + name + ".svg")).contains("<svg"), name);
		}
		assertFalse(Files.exists(folder.resolve("charts/deposit-top.png")), "a 2D lattice has no top view");
		String sequence = Files.readString(folder.resolve("charts/deposit-sequence.svg"));
		assertTrue(sequence.contains(">Cu_half: cross-section<"), "the sequence is titled with the run, not the "
				+ "first snapshot's charge (each snapshot's is under it)");
		SimulationResult cycling = F.createSimulationResult();
		assertTrue(MorphologyPictures.writePanel("deposits", List.of(cu, input("Cycling", "Cu")),
				Arrays.asList(result, cycling), folder, IMAGES));
		assertTrue(Files.exists(folder.resolve(MorphologyPictures.PANEL + ".png")));
		assertFalse(MorphologyPictures.writePanel("none", List.of(cu), Arrays.asList((SimulationResult) null),
				folder.resolve("none"), IMAGES));
	}

	@Test
	void aRunFolderKeepsTheSnapshotsSoAReopenedRunHasTheSamePictures() throws IOException {
		Path folder = Files.createTempDirectory("morph-store");
		SimulationResult result = F.createSimulationResult();
		result.setStatus(RunStatus.COMPLETED);
		result.getMorphologies().add(mound(90));
		result.getMorphologies().add(mound(180));
		SimulationInput input = input("MgW_half", "Cu", "W", "Mg");
		input.getCell().setArea(1.131e-4);
		ResultStore.write(input, result, folder);
		assertTrue(Files.isRegularFile(folder.resolve(MorphologyFile.FILE)));
		assertEquals(List.of(), leftovers(folder), "written through a temporary file and moved");

		SimulationInput reopened = F.createSimulationInput();
		reopened.setId(input.getId());
		SimulationResult read = StoredStudy.readRun(folder, reopened);
		// every field: title, collector and coating names, site grids, deposition times, heights, top view
		assertEquals(MorphologyPictures.pictures(input, result), MorphologyPictures.pictures(reopened, read));
		assertEquals(180, read.getMorphologies().get(1).getCharge());
	}

	/**
	 * 6 x 4 x 6 lattice: one Li site on every column, a pillar of four at (4, 1); the sections cut row 2 through the
	 * typical column (3, 2) and row 1 through the pillar.
	 */
	private static Morphology pillar() {
		Morphology m = F.createMorphology();
		m.setWidth(6);
		m.setDepth(4);
		m.setHeight(6);
		m.setSiteSize(10e-9);
		m.setTime(20);
		m.setCharge(360);
		int[] heights = new int[24];
		Arrays.fill(heights, 1);
		heights[1 * 6 + 4] = 4;
		byte[] top = new byte[24];
		Arrays.fill(top, (byte) 3);
		m.setHeights(heights);
		m.setTop(top);
		m.setSection(row(-1));
		m.setSectionTime(times(row(-1)));
		m.setSectionX(3);
		m.setSectionY(2);
		m.setTallestSection(row(4));
		m.setTallestSectionTime(times(row(4)));
		m.setTallestX(4);
		m.setTallestY(1);
		return m;
	}

	private static byte[] row(int pillar) {
		byte[] codes = new byte[6 * 6];
		for (int x = 0; x < 6; x++) {
			codes[x] = 1;
			for (int z = 1; z <= (x == pillar ? 4 : 1); z++) {
				codes[z * 6 + x] = 3;
			}
		}
		return codes;
	}

	private static double[] times(byte[] codes) {
		double[] t = new double[codes.length];
		for (int i = 0; i < t.length; i++) {
			t[i] = codes[i] == 3 ? i : Double.NaN;
		}
		return t;
	}

	@Test
	void aThreeDimensionalRunHasItsSectionThroughTheTallestColumnAndKeepsItWhenReopened() throws IOException {
		Path folder = Files.createTempDirectory("morph-3d");
		SimulationResult result = F.createSimulationResult();
		result.setStatus(RunStatus.COMPLETED);
		result.getMorphologies().add(pillar());
		SimulationInput input = input("Cu_half", "Cu");
		DepositPicture typical = MorphologyPictures.pictures(input, result).get(0);
		assertEquals(new SectionCut(SectionCut.TYPICAL, 3, 2), typical.cut());
		assertEquals(List.of(new SectionCut(SectionCut.TALLEST, 4, 1)), typical.otherCuts());
		assertEquals(5, typical.height(4, 1), "the pillar's top is z = 4, the picture counts one above it");
		MorphologyPictures.writeRun(input, result, folder.resolve("charts"), IMAGES);
		for (String name : List.of("deposit-section", "deposit-section-tallest", "deposit-top", "deposit-surface")) {
			assertTrue(Files.size(folder.resolve("charts/" + name + ".png")) > 0, name);
		}
		String tallest = Files.readString(folder.resolve("charts/deposit-section-tallest.svg"));
		assertTrue(tallest.contains("section at y = 10 nm through the tallest column (x = 40 nm, 40 nm of Li)"),
				"the tallest section says where it cuts");
		ResultStore.write(input, result, folder.resolve("run"));
		SimulationInput reopened = F.createSimulationInput();
		reopened.setId(input.getId());
		SimulationResult read = StoredStudy.readRun(folder.resolve("run"), reopened);
		assertEquals(MorphologyPictures.pictures(input, result), MorphologyPictures.pictures(reopened, read));
		Morphology back = read.getMorphologies().get(0);
		assertArrayEquals(row(4), back.getTallestSection());
		assertEquals(4, back.getTallestX());
		assertEquals(1, back.getTallestY());
		assertArrayEquals(times(row(4)), back.getTallestSectionTime());
	}

	@Test
	void aRunWithoutSnapshotsHasNoMorphologyFile() throws IOException {
		Path folder = Files.createTempDirectory("morph-none");
		SimulationResult result = F.createSimulationResult();
		result.setStatus(RunStatus.COMPLETED);
		SimulationInput input = input("Cu_half", "Cu");
		ResultStore.write(input, result, folder);
		assertFalse(Files.exists(folder.resolve(MorphologyFile.FILE)));
		assertTrue(StoredStudy.readRun(folder, F.createSimulationInput()).getMorphologies().isEmpty());
	}

	private static List<String> leftovers(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
		}
	}
}
