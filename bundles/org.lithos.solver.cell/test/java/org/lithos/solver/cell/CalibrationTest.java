package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/** The public calibration API: shipped defaults, bounds, immutable copies and their effect on the solver. */
class CalibrationTest {

	@Test
	void defaultsRoundTripThroughWith() {
		Calibration d = Calibration.defaults();
		assertFalse(d.names().isEmpty());
		assertEquals(d.names().size(), d.values().size());
		Calibration copy = d;
		for (String n : d.names()) {
			copy = copy.with(n, d.value(n));
		}
		assertEquals(d, copy);
		assertEquals(d.values(), copy.values());
		Calibration changed = d.with("sei.rate", 2 * d.value("sei.rate"));
		assertEquals(2 * d.value("sei.rate"), changed.value("sei.rate"), 0);
		assertNotEquals(d, changed);
		// immutable: the original is untouched
		assertEquals(Calibration.defaults().value("sei.rate"), d.value("sei.rate"), 0);
	}

	@Test
	void defaultsReproducibleFromTheFileFormat() throws Exception {
		Calibration d = Calibration.defaults();
		StringBuilder sb = new StringBuilder();
		for (Map.Entry<String, Double> e : d.values().entrySet()) {
			sb.append("# ").append(d.description(e.getKey())).append('\n');
			sb.append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
		}
		Calibration read = Calibration.read(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)));
		assertEquals(d, read);
	}

	@Test
	void boundsContainDefaults() {
		Calibration d = Calibration.defaults();
		for (String n : d.names()) {
			assertTrue(d.lower(n) <= d.value(n) && d.value(n) <= d.upper(n), n);
			assertTrue(d.lower(n) < d.upper(n), n);
			assertFalse(d.description(n).isBlank(), n);
			assertTrue(n.matches("[a-z0-9]+\\.[A-Za-z0-9]+"), n);
		}
	}

	@Test
	void unknownNameThrows() {
		Calibration d = Calibration.defaults();
		assertThrows(IllegalArgumentException.class, () -> d.with("no.suchConstant", 1));
		assertThrows(IllegalArgumentException.class, () -> d.value("no.suchConstant"));
		assertThrows(IllegalArgumentException.class, () -> d.lower(null));
		assertThrows(IllegalArgumentException.class, () -> d.with("sei.rate", Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> Calibration
				.read(new ByteArrayInputStream("no.such = 1\n".getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void fasterSeiGrowthLowersAverageEfficiency() throws Exception {
		Calibration d = Calibration.defaults();
		SimulationResult base = new CellSolver(d).solve(TestCells.half("MgW_cal", "W:30e-9", "Mg:140e-9")
				.halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 20).build(), ProgressMonitor.NULL);
		SimulationResult fast = new CellSolver(d.with("sei.rate", 10 * d.value("sei.rate")))
				.solve(TestCells.half("MgW_cal", "W:30e-9", "Mg:140e-9")
						.halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 20).build(), ProgressMonitor.NULL);
		Checks.assertConserved(fast, Checks.liFoil100um());
		double ceBase = base.getSummary().getAverageEfficiency();
		double ceFast = fast.getSummary().getAverageEfficiency();
		assertTrue(ceFast < ceBase - 1e-4, ceFast + " vs " + ceBase);
		// and the no-argument solver uses the shipped defaults
		SimulationResult plain = new CellSolver().solve(TestCells.half("MgW_cal", "W:30e-9", "Mg:140e-9")
				.halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 20).build(), ProgressMonitor.NULL);
		assertEquals(ceBase, plain.getSummary().getAverageEfficiency(), 0);
	}

	@Test
	void higherNucleationEnergyRaisesNucleationOverpotential() throws Exception {
		Calibration d = Calibration.defaults();
		double eta0 = new CellSolver(d).solve(TestCells.half("Cu_cal").halfCycling(TestCells.MA_CM2,
				TestCells.MAH_CM2, 0.2, 1).build(), ProgressMonitor.NULL).getCycles().get(0).getNucleationOverpotential();
		double eta1 = new CellSolver(d.with("nucleation.surfaceEnergy", 2 * d.value("nucleation.surfaceEnergy")))
				.solve(TestCells.half("Cu_cal").halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 1).build(),
						ProgressMonitor.NULL)
				.getCycles().get(0).getNucleationOverpotential();
		assertTrue(eta1 > eta0, eta1 + " vs " + eta0);
	}

	@Test
	void everyConstantIsDeclaredOnceWithUnitBoundsSourceAndMeaning() {
		Calibration declared = Calibration.declared();
		assertEquals(72, declared.names().size(), "one declaration per constant");
		assertEquals(declared.names().size(), new java.util.HashSet<>(declared.names()).size(), "no name twice");
		for (String n : declared.names()) {
			double v = declared.value(n);
			assertTrue(declared.lower(n) <= v && v <= declared.upper(n), n + ": default within its bounds");
			assertFalse(declared.unit(n).isBlank(), n + ": unit");
			assertTrue(declared.description(n).length() > 20, n + ": meaning");
		}
	}

	@Test
	void documentationTableIsGeneratedFromTheDeclarations() throws Exception {
		// the bundle's tests run in the bundle folder
		java.nio.file.Path doc = java.nio.file.Path.of("../../docs/calibration-constants.md");
		String committed = java.nio.file.Files.readString(doc);
		if (!committed.equals(Calibration.documentationTable())) {
			java.nio.file.Path fresh = java.nio.file.Path.of("target/calibration-constants.md");
			java.nio.file.Files.writeString(fresh, Calibration.documentationTable());
			throw new AssertionError(doc + " is out of date with the declarations; the generated table is in "
					+ fresh.toAbsolutePath());
		}
	}

	@Test
	void handSetStartFileHoldsTheDeclaredDefaults() throws Exception {
		try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("calibration/hand-set.properties"))) {
			assertEquals(Calibration.declared(), Calibration.read(in));
		}
	}

	/** Issue 14: a calibration file (lithos run --calibration FILE) is read whole, and a broken one is named. */
	@Test
	void aCalibrationFileIsReadOrNamedInTheError() throws Exception {
		Calibration d = Calibration.defaults();
		String first = d.names().get(0);
		StringBuilder sb = new StringBuilder();
		for (Map.Entry<String, Double> e : d.with(first, d.value(first) * 1.5).values().entrySet()) {
			sb.append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
		}
		java.nio.file.Path file = java.nio.file.Files.createTempFile("fit", ".properties");
		java.nio.file.Files.writeString(file, sb);
		assertEquals(d.value(first) * 1.5, Calibration.fromFile(file).value(first), 0);
		java.nio.file.Files.writeString(file, first + " = 1\n");
		IllegalArgumentException broken = assertThrows(IllegalArgumentException.class, () -> Calibration.fromFile(file));
		org.junit.jupiter.api.Assertions.assertTrue(broken.getMessage().startsWith("calibration file " + file + ": ")
				&& broken.getMessage().contains("missing"), broken.getMessage());
	}

	/**
	 * Issue 14: {@code lithos run --calibration FILE} names the file after the framework may already have built the
	 * solver service, so a solver built without constants must use the file named at the time of each run (it used
	 * the shipped constants whatever the file said, because the service was built first).
	 */
	@Test
	void aSolverBuiltBeforeTheFileIsNamedUsesTheFile() throws Exception {
		CellSolver solver = new CellSolver();
		org.lithos.model.SimulationInput input = TestCells.half("Cu_half")
				.halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 2).build();
		double shipped = solver.solve(input, org.lithos.solver.api.ProgressMonitor.NULL).getCycles().get(0)
				.getNucleationOverpotential();
		Calibration d = Calibration.defaults();
		StringBuilder sb = new StringBuilder();
		d.with("nucleation.surfaceEnergy", d.value("nucleation.surfaceEnergy") * 1.5).values()
				.forEach((name, value) -> sb.append(name).append(" = ").append(value).append('\n'));
		java.nio.file.Path file = java.nio.file.Files.createTempFile("fit", ".properties");
		java.nio.file.Files.writeString(file, sb);
		org.lithos.model.SimulationResult fitted;
		System.setProperty(Calibration.FILE_PROPERTY, file.toString());
		try {
			assertEquals(d.value("nucleation.surfaceEnergy") * 1.5, solver.calibration().value("nucleation.surfaceEnergy"),
					0);
			fitted = solver.solve(input, org.lithos.solver.api.ProgressMonitor.NULL);
		} finally {
			System.clearProperty(Calibration.FILE_PROPERTY);
		}
		Checks.assertConserved(fitted, Checks.liFoil100um());
		double withFile = fitted.getCycles().get(0).getNucleationOverpotential();
		// a higher Li-collector surface energy raises the nucleation barrier
		org.junit.jupiter.api.Assertions.assertTrue(withFile > shipped * 1.05, withFile + " vs shipped " + shipped);
		assertEquals(shipped, solver.solve(input, org.lithos.solver.api.ProgressMonitor.NULL).getCycles().get(0)
				.getNucleationOverpotential(), 0, "back to the shipped constants once no file is named");
	}
}
