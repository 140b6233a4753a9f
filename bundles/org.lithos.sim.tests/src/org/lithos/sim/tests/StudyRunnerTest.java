package org.lithos.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lithos.charts.jfree.JFreeImageRenderer;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CycleRecord;
import org.lithos.model.LiInventory;
import org.lithos.model.LithosFactory;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.model.Summary;
import org.lithos.sim.ChartLevel;
import org.lithos.sim.OutputFolderException;
import org.lithos.sim.RunListener;
import org.lithos.sim.RunOptions;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.RunOutcome.State;
import org.lithos.sim.StudyRunner;
import org.lithos.sim.tests.testing.StandInSolver;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.api.internal.SolverCatalog;

/** The runner with a scripted solver: parallel runs, failures isolated, files complete, limits honoured. */
class StudyRunnerTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;
	/** The renderer the command line registers: the runner writes real PNG and SVG charts. */
	private static final JFreeImageRenderer IMAGES = new JFreeImageRenderer();

	/** Succeeds, except for ids containing "fail" (throws) or "slow" (spins until cancelled). */
	private static final class Scripted extends StandInSolver {
		Scripted() {
			super("scripted");
		}

		@Override
		public SimulationResult solve(SimulationInput input, ProgressMonitor monitor) throws SolverException {
			if (input.getId().contains("fail")) {
				throw new SolverException(SolverException.Kind.DIVERGED, "voltage became NaN", input.getId(), 3, 2, null);
			}
			monitor.begin("run", 10);
			while (input.getId().contains("slow")) {
				if (monitor.isCancelled()) {
					throw new SolverException(SolverException.Kind.CANCELLED, "cancelled", input.getId(), 0, 1, null);
				}
				Thread.onSpinWait();
			}
			SimulationResult result = F.createSimulationResult();
			result.setStatus(RunStatus.COMPLETED);
			CycleRecord cycle = F.createCycleRecord();
			cycle.setIndex(1);
			cycle.setChargeCapacity(36_000);
			cycle.setDischargeCapacity(34_200);
			cycle.setCoulombicEfficiency(0.95);
			cycle.setPlatingOverpotential(0.055);
			LiInventory inventory = F.createLiInventory();
			inventory.setPlated(0);
			inventory.setDead(1800);
			cycle.setInventory(inventory);
			result.getCycles().add(cycle);
			Summary summary = F.createSummary();
			summary.setFirstCycleEfficiency(0.95);
			summary.setCycleLife(1);
			result.setSummary(summary);
			return result;
		}
	}

	private static StudyInput study(String... ids) {
		StudyInput study = F.createStudyInput();
		study.setName("test.S");
		for (String id : ids) {
			SimulationInput input = F.createSimulationInput();
			input.setId(id);
			CellSpec cell = F.createCellSpec();
			cell.setName("test.C");
			cell.setFormat(CellFormat.HALF);
			cell.setArea(1e-4);
			input.setCell(cell);
			study.getRuns().add(input);
		}
		return study;
	}

	private static RunOptions options(Path out, Duration timeout) {
		return new RunOptions(out, 2, timeout, null);
	}

	@Test
	void failuresAreIsolatedAndNamed() throws IOException {
		Path out = Files.createTempDirectory("runs");
		List<RunOutcome> outcomes = new StudyRunner(new SolverCatalog(List.of(new Scripted())), IMAGES)
				.run(study("a", "b-fail", "c@j=1mA/cm2"), options(out, null), RunListener.NONE);
		assertEquals(List.of(State.FINISHED, State.FAILED, State.FINISHED), outcomes.stream().map(RunOutcome::state).toList());
		assertEquals("run b-fail, step 4, cycle 2: voltage became NaN", outcomes.get(1).message());
		assertFalse(Files.exists(out.resolve("b-fail")), "a failed run leaves no folder");
		Path folder = out.resolve("c@j=1mA_cm2");
		assertTrue(Files.exists(folder.resolve("result.json")) && Files.exists(folder.resolve("cycles.csv"))
				&& Files.exists(folder.resolve("series.csv")));
		assertTrue(Files.size(folder.resolve("charts/coulombic-efficiency-vs-cycle.png")) > 1000, "PNG chart");
		assertTrue(Files.readString(folder.resolve("charts/coulombic-efficiency-vs-cycle.svg")).contains("<svg"), "SVG chart");
		String json = Files.readString(folder.resolve("result.json"));
		assertTrue(json.contains("\"chargeCapacity\": 1.0"), "36000 A s/m2 = 1 mAh/cm2: " + json);
		assertTrue(json.contains("\"coulombicEfficiency\": 95.0"), json);
		assertTrue(json.contains("\"platingOverpotential\": 55.0"), json);
		assertTrue(json.contains("\"schema\": \"lithos-result/2\""), json);
		List<String> cycles = Files.readAllLines(folder.resolve("cycles.csv"));
		assertEquals(2, cycles.size());
		assertTrue(cycles.get(1).startsWith("1,1,0.95,"), "six significant digits, no trailing zeros: " + cycles.get(1));
		try (Stream<Path> files = Files.walk(out)) {
			assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")), "no temporary files");
		}
	}

	@Test
	void timeoutStopsARunAndTheOthersFinish() throws IOException {
		Path out = Files.createTempDirectory("runs");
		// "slow" spins until it is stopped, so without the timeout this would never return; the bound is generous
		// because a loaded CI machine can take seconds to start the runs (a fixed 5 s bound failed under load)
		List<RunOutcome> outcomes = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> new StudyRunner(new SolverCatalog(List.of(new Scripted())), IMAGES).run(study("slow", "quick"),
						new RunOptions(out, 2, Duration.ofMillis(300), null, ChartLevel.NONE), RunListener.NONE),
				"no hang");
		assertEquals(State.TIMED_OUT, outcomes.get(0).state());
		assertEquals(State.FINISHED, outcomes.get(1).state());
	}

	@Test
	void cancelStopsRunsInFlightAndQueued() throws Exception {
		Path out = Files.createTempDirectory("runs");
		StudyRunner runner = new StudyRunner(new SolverCatalog(List.of(new Scripted())), IMAGES);
		Thread canceller = new Thread(() -> {
			try {
				Thread.sleep(200);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			runner.cancel();
		});
		canceller.start();
		List<RunOutcome> outcomes = runner.run(study("slow1", "slow2", "later"), new RunOptions(out, 2, null, null),
				RunListener.NONE);
		canceller.join();
		assertEquals(List.of(State.CANCELLED, State.CANCELLED, State.CANCELLED),
				outcomes.stream().map(RunOutcome::state).toList());
	}

	@Test
	void noSolverIsAFailureWithTheReason() throws IOException {
		Path out = Files.createTempDirectory("runs");
		RunOutcome outcome = new StudyRunner(new SolverCatalog(), IMAGES).run(study("a"), options(out, null), RunListener.NONE)
				.get(0);
		assertEquals(State.FAILED, outcome.state());
		assertTrue(outcome.message().contains("no installed solver"), outcome.message());
	}

	private static String studyJson(Path folder) throws IOException {
		return Files.readString(folder.resolve("study.json")).replaceAll("\\s+", " ");
	}

	/**
	 * Issue 14, defect 4: a study cancelled mid-sweep keeps its finished runs, lists the others as cancelled in
	 * study.json, and leaves no folder for a run that did not finish.
	 */
	@Test
	void aCancelledStudyIsRecordedAsCancelled() throws Exception {
		Path out = Files.createTempDirectory("cancel").resolve("S");
		StudyRunner runner = new StudyRunner(new SolverCatalog(List.of(new Scripted())), IMAGES);
		RunListener ctrlC = new RunListener() {
			@Override
			public void runEnded(RunOutcome outcome) {
				if (outcome.runId().equals("quick")) {
					runner.cancel(); // Ctrl-C as the first run ends, the second about to start or running
				}
			}
		};
		List<RunOutcome> outcomes = runner.run(study("quick", "slow", "later1", "later2"), new RunOptions(out, 1, null,
				null), ctrlC);
		assertEquals(List.of(State.FINISHED, State.CANCELLED, State.CANCELLED, State.CANCELLED),
				outcomes.stream().map(RunOutcome::state).toList());
		String status = studyJson(out);
		assertTrue(status.contains("\"status\": \"cancelled\""), status);
		assertTrue(status.contains("\"run\": \"slow\", \"state\": \"cancelled\""), status);
		assertTrue(status.contains("\"finished\": 1,") && status.contains("\"cancelled\": 3,"), status);
		assertTrue(Files.exists(out.resolve("quick/result.json")));
		assertFalse(Files.exists(out.resolve("slow")), "no folder for a run that did not finish");
		assertTrue(Files.exists(out.resolve("report.html")));
		try (Stream<Path> siblings = Files.list(out.getParent())) {
			assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("staging")), "staging published");
		}
	}

	/** A run whose files cannot be written is failed, and leaves nothing that looks finished. */
	@Test
	void aRunThatCannotBeWrittenLeavesNoFolder() throws IOException {
		Path out = Files.createTempDirectory("write").resolve("S");
		StudyInput study = study("good", "broken");
		study.getRuns().get(1).setCell(null); // result.json cannot be written without its cell
		List<RunOutcome> outcomes = new StudyRunner(new SolverCatalog(List.of(new Scripted())), IMAGES)
				.run(study, options(out, null), RunListener.NONE);
		assertEquals(List.of(State.FINISHED, State.FAILED), outcomes.stream().map(RunOutcome::state).toList());
		assertTrue(outcomes.get(1).message().startsWith("cannot write the results of run broken"), outcomes.get(1).message());
		assertFalse(Files.exists(out.resolve("broken")), "nothing half-written");
		assertTrue(studyJson(out).contains("\"status\": \"incomplete\""));
	}

	/** A folder another run holds is refused before anything runs; a stale staging folder of a killed run goes. */
	@Test
	void aLockedFolderIsRefusedAndLeftoversAreRemoved() throws IOException {
		Path parent = Files.createTempDirectory("lock");
		Path out = parent.resolve("S");
		Files.createDirectories(parent.resolve(".S.staging-99999/a"));
		Files.writeString(parent.resolve(".S.staging-99999/a/.result.json.part"), "killed mid-write");
		try (org.lithos.sim.store.OutputLock held = org.lithos.sim.store.OutputLock.acquire(parent.resolve(".S.lock"),
				out)) {
			OutputFolderException refused = org.junit.jupiter.api.Assertions.assertThrows(OutputFolderException.class,
					() -> new StudyRunner(new SolverCatalog(List.of(new Scripted())), IMAGES).run(study("a"), options(out, null),
							RunListener.NONE));
			assertTrue(refused.getMessage().contains("another Lithos run is writing to " + out), refused.getMessage());
		}
		assertFalse(Files.exists(out), "nothing written while locked");
		new StudyRunner(new SolverCatalog(List.of(new Scripted())), IMAGES).run(study("a"), options(out, null), RunListener.NONE);
		assertFalse(Files.exists(parent.resolve(".S.staging-99999")), "the killed run's staging folder is gone");
		assertTrue(Files.exists(out.resolve("a/result.json")));
	}
}
