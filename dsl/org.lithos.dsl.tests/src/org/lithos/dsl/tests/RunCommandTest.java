package org.lithos.dsl.tests;

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
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lithos.cli.api.UsageException;
import org.lithos.cli.internal.RunCommand;
import org.lithos.model.LithosFactory;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.Capability;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.Solver;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.api.internal.SolverCatalog;

/** {@code lithos run} end to end with a stand-in solver: files per run, a failing sweep point isolated. */
class RunCommandTest {

	/** Echoes the first step's current density as the discharge capacity; fails at 2 mA/cm2. */
	private static final class Echo implements Solver {
		@Override
		public String id() {
			return "echo";
		}

		@Override
		public String name() {
			return "echo";
		}

		@Override
		public Set<Capability> capabilities() {
			return Set.of(Capability.HALF_CELL);
		}

		@Override
		public OptionalInt suitability(SimulationInput input) {
			return OptionalInt.of(1);
		}

		@Override
		public SimulationResult solve(SimulationInput input, ProgressMonitor monitor) throws SolverException {
			double j = input.getProtocol().getSteps().get(0).getCurrentDensity();
			if (j == 20.0) {
				throw new SolverException(SolverException.Kind.DIVERGED, "diverged", input.getId(), 0, 1, null);
			}
			SimulationResult result = LithosFactory.eINSTANCE.createSimulationResult();
			result.setStatus(RunStatus.COMPLETED);
			var summary = LithosFactory.eINSTANCE.createSummary();
			summary.setFirstCycleEfficiency(0.9); // fixed "prediction" to compare with
			result.setSummary(summary);
			return result;
		}
	}

	private record Output(int code, String out, String err) {
	}

	private static Output run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new RunCommand(() -> Optional.of(new SolverCatalog(List.of(new Echo())))).run(List.of(args),
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
}
