package org.lithos.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Morphology;
import org.lithos.model.SeparatorSpec;
import org.lithos.model.Series;
import org.lithos.model.SimulationInput;

class ModelIoTest {

	private static SimulationInput sample() {
		LithosFactory f = LithosFactory.eINSTANCE;
		SimulationInput input = f.createSimulationInput();
		input.setId("Cu_half");
		CellSpec cell = f.createCellSpec();
		cell.setName("examples.Cu_half");
		cell.setFormat(CellFormat.HALF);
		cell.setArea(1.131e-4);
		input.setCell(cell);
		MaterialSpec lpscl = f.createMaterialSpec();
		lpscl.setName("lithos.materials.Li6PS5Cl");
		input.getMaterials().add(lpscl);
		SeparatorSpec separator = f.createSeparatorSpec();
		separator.setMaterial(lpscl);
		separator.setThickness(600e-6);
		cell.setSeparator(separator);
		return input;
	}

	@Test
	void xmiRoundTripKeepsEveryValue() throws IOException {
		Path dir = Files.createTempDirectory("lithos-model");
		Path file = dir.resolve("input.xmi");
		SimulationInput input = sample();
		ModelXmi.save(input, file);
		SimulationInput loaded = (SimulationInput) ModelXmi.load(file);
		assertTrue(EcoreUtil.equals(input, loaded), "reloaded model differs");
		assertEquals(600e-6, loaded.getCell().getSeparator().getThickness(), 0);
		assertEquals("lithos.materials.Li6PS5Cl", loaded.getCell().getSeparator().getMaterial().getName());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file may be left behind");
		}
		assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
				"results are readable like any file, not private like the temporary file");
	}

	@Test
	void unsetQuantitiesAreNaNAndBecomeJsonNull() {
		SimulationInput input = sample();
		assertTrue(Double.isNaN(input.getCell().getPressure()), "unset quantities default to NaN");
		String json = ModelJson.toJson(input);
		assertTrue(json.contains("\"area\": 1.131E-4"), json);
		assertTrue(json.contains("\"pressure\": null"), json);
		assertTrue(json.contains("\"material\": \"lithos.materials.Li6PS5Cl\""), "references by name: " + json);
	}

	@Test
	void seriesAreWrittenAsArrays() {
		Series series = LithosFactory.eINSTANCE.createSeries();
		series.setName("voltage");
		series.setValues(new double[] { 0.1, Double.NaN, -0.02 });
		String json = ModelJson.toJson(series).replaceAll("\\s+", "");
		assertTrue(json.contains("\"values\":[0.1,null,-0.02]"), json);
	}

	@Test
	void morphologyArraysAreWrittenAsNumbers() {
		Morphology m = LithosFactory.eINSTANCE.createMorphology();
		m.setLabel("end");
		m.setWidth(2);
		m.setDepth(1);
		m.setHeight(2);
		m.setSection(new byte[] { 1, 1, 3, 0 });
		m.setSectionTime(new double[] { Double.NaN, Double.NaN, 0.5, Double.NaN });
		m.setHeights(new int[] { 1, 0 });
		m.setTop(new byte[] { 3, 1 });
		String json = ModelJson.toJson(m).replaceAll("\\s+", "");
		assertTrue(json.contains("\"section\":[1,1,3,0]"), json);
		assertTrue(json.contains("\"sectionTime\":[null,null,0.5,null]"), json);
		assertTrue(json.contains("\"heights\":[1,0]"), json);
		assertTrue(json.contains("\"top\":[3,1]"), json);
		assertTrue(json.contains("\"time\":null"), "unset time is null: " + json);
	}

	@Test
	void failedWriteLeavesPreviousFileIntact() throws IOException {
		Path dir = Files.createTempDirectory("lithos-atomic");
		Path file = dir.resolve("result.json");
		Files.writeString(file, "previous");
		assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("previous", Files.readString(file));
		try (Stream<Path> files = Files.list(dir)) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "temporary file left");
		}
	}

	@Test
	void loadingGarbageIsAClearError() throws IOException {
		Path file = Files.createTempFile("garbage", ".xmi");
		Files.writeString(file, "\u0000\u0001 not xml");
		IOException error = assertThrows(IOException.class, () -> ModelXmi.load(file));
		assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
	}
}
