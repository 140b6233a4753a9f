package org.lithos.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lithos.charts.jfree.JFreeImageRenderer;
import org.lithos.cli.api.UsageException;
import org.lithos.cli.internal.RunCommand;
import org.lithos.dsl.tests.Cells;
import org.lithos.model.LithosFactory;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.sim.tests.testing.StandInSolver;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.api.internal.SolverCatalog;

/** {@code lithos run} end to end with a stand-in solver: files per run, a failing sweep point isolated. */
class RunCommandTest {

	/** Echoes the first step's current density as the discharge capacity; fails at 2 mA/cm2. */
	private static final class Echo extends StandInSolver {
		Echo() {
			super("echo");
		}

		@Override
		public SimulationResult solve(SimulationInput input, ProgressMonitor monitor) throws SolverException {
			CALLS.incrementAndGet();
			double j = input.getProtocol().getSteps().get(0).getCurrentDensity();
			if (j == 20.0) {
				throw new SolverException(SolverException.Kind.DIVERGED, "diverged", input.getId(), 0, 1, null);
			}
			if (j == 30.0) {
				// 3 mA/cm2 holds the run until the test lets it go, so another run can try the same folder
				STARTED.countDown();
				try {
					RELEASE.await(30, java.util.concurrent.TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			SimulationResult result = LithosFactory.eINSTANCE.createSimulationResult();
			result.setStatus(RunStatus.COMPLETED);
			var summary = LithosFactory.eINSTANCE.createSummary();
			summary.setFirstCycleEfficiency(0.9); // fixed "prediction" to compare with
			summary.setCapacityRetention(1.12); // what lithos.cell reported for half cells (issue 14, defect 11)
			result.setSummary(summary);
			return result;
		}
	}

	private static final java.util.concurrent.atomic.AtomicInteger CALLS = new java.util.concurrent.atomic.AtomicInteger();
	private static volatile java.util.concurrent.CountDownLatch STARTED = new java.util.concurrent.CountDownLatch(1);
	private static volatile java.util.concurrent.CountDownLatch RELEASE = new java.util.concurrent.CountDownLatch(0);

	private record Output(int code, String out, String err) {
	}

	private static Output run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new RunCommand(() -> Optional.of(new SolverCatalog(List.of(new Echo()))),
				() -> Optional.of(new JFreeImageRenderer())).run(List.of(args),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void writesFinishedRunsAndListsTheOthers() throws IOException {
		Path folder = Files.createTempDirectory("run");
		Path file = folder.resolve("sweep.cell");
		Files.writeString(file, Cells.BASE + "study S { vary j in [1, 2] mA/cm2  run Half with Cycle(j = j) }\n");
		Path out = folder.resolve("out");
		Output result = run(file.toString(), "--out", out.toString(), "--jobs", "2");
		assertEquals(1, result.code(), result.out() + result.err());
		assertTrue(Files.exists(out.resolve("S/Half@j=1mA_cm2/result.json")), result.out());
		assertTrue(result.out().contains("Half@j=2mA_cm2") && result.out().contains("failed"), result.out());
		assertTrue(result.out().contains("1 of 2 runs did not finish"), result.out());
		assertTrue(result.err().contains("[2/2]"), "plain progress lines when not on a terminal: " + result.err());
		String report = Files.readString(out.resolve("S/report.html"));
		assertTrue(report.contains("Half@j=1mA_cm2") && report.contains("failed"), report);
	}

	@Test
	void unknownStudyIsAUsageError() throws IOException {
		Path file = Files.createTempDirectory("run").resolve("s.cell");
		Files.writeString(file, Cells.BASE + "study Sweep { run Half with Cycle }\n");
		UsageException error = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
				() -> run(file.toString(), "--study", "Swep"));
		assertTrue(error.getMessage().contains("did you mean 'Sweep'?"), error.getMessage());
		assertTrue(!Files.exists(Path.of("lithos-out", "s")), "a run that never started leaves no output folder");
	}

	@Test
	void validateCountsPassesAndFailuresAndAppliesTheTarget() throws IOException {
		Path examples = Files.createTempDirectory("refs");
		Files.writeString(examples.resolve("ref.cell"), Cells.BASE + """
				study Ref {
				    run Half with Cycle
				    expect first cycle efficiency of Half = 91 % +- 3 % source "doi:x"
				    expect first cycle efficiency of Half = 80 % +- 3 % source "doi:y"
				    expect sei thickness of Half = 60 nm +- 35 % source "doi:z"
				}
				""");
		Files.writeString(examples.resolve("tour.cell"), "package notref\n// the tour is not a reference\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = new org.lithos.cli.internal.ValidateCommand(() -> Optional.of(new SolverCatalog(List.of(new Echo()))))
				.run(List.of("--examples", examples.toString(), "--out", examples.resolve("out").toString()),
						new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		String text = out.toString(StandardCharsets.UTF_8);
		assertEquals(1, code, "50 % is below the fidelity target: " + text);
		assertTrue(text.strip().endsWith("1 passed, 1 failed"), text);
		assertTrue(text.contains("not addressed"), text);
		assertTrue(Files.exists(examples.resolve("out/validate/test_Ref/report.html")));
	}

	/** Defect 1 of issue 14: {@code run} loads the other files of the folder, as {@code check} does. */
	@Test
	void runsAStudyThatImportsCellsFromAnotherFile() throws IOException {
		Path folder = Files.createTempDirectory("project");
		Files.writeString(folder.resolve("cells.cell"), Cells.BASE.replace("package test", "package proj.cells"));
		Path study = folder.resolve("main.cell");
		Files.writeString(study, "package proj.main\nimport proj.cells.*\nstudy S { run Half with Cycle }\n");
		Output result = run(study.toString(), "--out", folder.resolve("out").toString());
		assertEquals(0, result.code(), result.out() + result.err());
		assertTrue(Files.exists(folder.resolve("out/S/Half/result.json")), result.out());
	}

	private static Path sweep(Path folder, String values) throws IOException {
		Path file = folder.resolve("sweep.cell");
		Files.writeString(file, Cells.BASE + "study S { vary j in [" + values + "] mA/cm2  run Half with Cycle(j = j) }\n");
		return file;
	}

	private static java.util.Set<String> listing(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			return files.map(p -> folder.relativize(p).toString()).filter(p -> !p.isEmpty())
					.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
		}
	}

	/** Defect 2 of issue 14: a rerun leaves exactly the new results, nothing of the old run or of a killed one. */
	@Test
	void aRerunLeavesExactlyTheNewResults() throws IOException {
		Path folder = Files.createTempDirectory("rerun");
		Path out = folder.resolve("out");
		assertEquals(0, run(sweep(folder, "1, 4").toString(), "--out", out.toString()).code());
		assertTrue(Files.exists(out.resolve("S/Half@j=4mA_cm2/result.json")));
		Files.writeString(out.resolve("S/Half@j=1mA_cm2/.series.csv.123.part"), "left by a killed run");
		Files.createDirectories(out.resolve("S/Half@j=1mA_cm2/charts"));
		Files.writeString(out.resolve("S/Half@j=1mA_cm2/charts/old-chart.png"), "a chart of the old run");
		Output rerun = run(sweep(folder, "1").toString(), "--out", out.toString());
		assertEquals(0, rerun.code(), rerun.out() + rerun.err());
		java.util.Set<String> files = listing(out.resolve("S"));
		assertTrue(files.stream().noneMatch(f -> f.contains("j=4")), "the run that no longer exists is gone: " + files);
		assertTrue(files.stream().noneMatch(f -> f.endsWith(".part") || f.contains("old-chart")), "no stale file: " + files);
		assertTrue(files.contains("Half@j=1mA_cm2/result.json") && files.contains("study.json"), files.toString());
		try (var siblings = Files.list(out)) {
			assertTrue(siblings.map(p -> p.getFileName().toString()).noneMatch(n -> n.contains("staging")),
					"no staging folder left");
		}
	}

	/** Defect 3: a second run into a folder in use is refused before it simulates; the first one is unharmed. */
	@Test
	void aSecondRunIntoTheSameFolderIsRefused() throws Exception {
		Path folder = Files.createTempDirectory("concurrent");
		Path out = folder.resolve("out");
		STARTED = new java.util.concurrent.CountDownLatch(1);
		RELEASE = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CompletableFuture<Output> first = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> {
					try {
						return run(sweep(folder, "3").toString(), "--out", out.toString());
					} catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				});
		try {
			assertTrue(STARTED.await(30, java.util.concurrent.TimeUnit.SECONDS), "the first run started");
			Path other = Files.createDirectory(folder.resolve("other"));
			int before = CALLS.get();
			Output second = run(sweep(other, "1, 4").toString(), "--out", out.toString());
			assertEquals(1, second.code(), second.out() + second.err());
			assertTrue(second.err().contains("another Lithos run is writing to " + out), second.err());
			assertEquals(before, CALLS.get(), "nothing simulated");
		} finally {
			RELEASE.countDown();
		}
		Output result = first.get(60, java.util.concurrent.TimeUnit.SECONDS);
		assertEquals(0, result.code(), result.out() + result.err());
		assertEquals(java.util.Set.of("Half@j=3mA_cm2", "Half@j=3mA_cm2/cycles.csv", "Half@j=3mA_cm2/result.json",
				"Half@j=3mA_cm2/series.csv", "report.html", "study.json"),
				listing(out.resolve("S")).stream().filter(f -> !f.contains("charts")).collect(java.util.stream.Collectors.toSet()));
	}

	/** Defect 6: an output folder that cannot take results is refused before anything is simulated. */
	@Test
	void anUnusableOutputFolderIsRefusedBeforeSimulating() throws IOException {
		Path folder = Files.createTempDirectory("unusable");
		Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
		int before = CALLS.get();
		Output result = run(sweep(folder, "1").toString(), "--out", file.toString());
		assertEquals(1, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("is a file, not a folder"), result.err());
		assertEquals(before, CALLS.get(), "nothing simulated");
		assertTrue(!result.out().contains("results in"), result.out());
		Output proc = run(sweep(folder, "1").toString(), "--out", "/proc/lithos-results");
		assertEquals(1, proc.code(), proc.out() + proc.err());
		assertTrue(proc.err().contains("/proc"), proc.err());
		assertEquals(before, CALLS.get(), "nothing simulated");
	}

	/** Defect 4: every study folder says how it ended, run by run, in study.json. */
	@Test
	void studyJsonSaysHowEveryRunEnded() throws IOException {
		Path folder = Files.createTempDirectory("status");
		Path out = folder.resolve("out");
		Output result = run(sweep(folder, "1, 2").toString(), "--out", out.toString());
		assertEquals(1, result.code(), result.out() + result.err());
		String status = Files.readString(out.resolve("S/study.json"));
		assertTrue(status.contains("\"status\": \"incomplete\""), status);
		assertTrue(status.replaceAll("\\s+", " ").contains("\"run\": \"Half@j=2mA_cm2\", \"state\": \"failed\","
				+ " \"message\": \"run Half@j=2mA_cm2, step 1, cycle 1: diverged\", \"folder\": null"), status);
		assertTrue(status.replaceAll("\\s+", " ").contains("\"folder\": \"Half@j=1mA_cm2\""), status);
		assertTrue(!Files.exists(out.resolve("S/Half@j=2mA_cm2")), "a failed run leaves no folder");
	}

	/**
	 * Defects 8 and 11: an override is in the run's id (safe in links) and in result.json; a half cell has no
	 * capacity retention and a run without a short no short-circuit cycle.
	 */
	@Test
	void overridesAreInTheIdAndInResultJson() throws IOException {
		Path folder = Files.createTempDirectory("override");
		Path file = folder.resolve("o.cell");
		Files.writeString(file, Cells.BASE + "study S { run Half, Half(pressure = 50 MPa), Half with Cycle }\n");
		Path out = folder.resolve("out");
		Output result = run(file.toString(), "--out", out.toString());
		assertEquals(0, result.code(), result.out() + result.err());
		assertEquals(java.util.Set.of("Half", "Half+pressure=50MPa", "Half-2"),
				listing(out.resolve("S")).stream().filter(f -> !f.contains("/") && !f.contains(".") && !f.equals("charts"))
						.collect(java.util.stream.Collectors.toSet()));
		String json = Files.readString(out.resolve("S/Half+pressure=50MPa/result.json")).replaceAll("\\s+", " ");
		assertTrue(json.contains("\"overrides\": { \"pressure\": { \"value\": 5.0E7, \"unit\": \"Pa\", \"display\": \"50 MPa\" } }"),
				json);
		assertTrue(json.contains("\"capacityRetention\": null") && json.contains("\"shortCircuitCycle\": null"), json);
		String report = Files.readString(out.resolve("S/report.html"));
		assertTrue(!report.contains("#") || !report.replaceAll("#[0-9a-fA-F]{3,6}", "").contains("#"),
				"no '#' in links");
		assertTrue(report.contains("href=\"Half+pressure=50MPa/"), report);
	}

	/** Issue 14: --calibration names a fit to use instead of the shipped one; a file that is not there is refused. */
	@Test
	void aMissingCalibrationFileIsRefusedBeforeRunning() throws IOException {
		Path folder = Files.createTempDirectory("calibration");
		int before = CALLS.get();
		Output result = run(sweep(folder, "1").toString(), "--out", folder.resolve("out").toString(), "--calibration",
				folder.resolve("no-fit.properties").toString());
		assertEquals(1, result.code(), result.out() + result.err());
		assertTrue(result.err().contains("no-fit.properties: no such readable calibration file"), result.err());
		assertEquals(before, CALLS.get(), "nothing simulated");
		assertTrue(System.getProperty(org.lithos.solver.api.CalibrationFile.PROPERTY) == null, "nothing installed");
	}

	/**
	 * Issue 14, large sweeps: above 50 runs the console prints counts and the runs that did not finish, runs get no
	 * charts of their own unless asked (--charts all), and the report still lists every run in its table.
	 */
	@Test
	void aLargeSweepKeepsTheConsoleQuietAndTheReportUsable() throws IOException {
		Path folder = Files.createTempDirectory("large");
		String values = java.util.stream.IntStream.rangeClosed(1, 60).mapToObj(i -> Integer.toString(100 + i))
				.collect(java.util.stream.Collectors.joining(", "));
		Files.writeString(folder.resolve("large.cell"), Cells.BASE
				+ "study S { vary j in [" + values + "] uA/cm2  run Half with Cycle(j = j) }\n");
		Path out = folder.resolve("out");
		Output result = run(folder.resolve("large.cell").toString(), "--out", out.toString());
		assertEquals(0, result.code(), result.err());
		assertTrue(result.out().lines().count() < 10, "counts, not 60 lines:\n" + result.out());
		assertTrue(result.out().contains("60 runs: 60 finished"), result.out());
		assertTrue(result.err().lines().count() < 20, "progress every tenth of the way:\n" + result.err());
		try (var runs = Files.list(out.resolve("S"))) {
			assertTrue(runs.filter(Files::isDirectory).noneMatch(r -> Files.exists(r.resolve("charts"))
					&& !r.getFileName().toString().equals("charts")), "no per-run charts above 50 runs");
		}
		String report = Files.readString(out.resolve("S/report.html"));
		assertEquals(60, report.split("/result.json\">", -1).length - 1, "every run in the table, with its link");
	}
}
