package org.lithos.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.cli.internal.DslCellFiles;
import org.lithos.dsl.tests.Cells;
import org.lithos.solver.cell.internal.calibrate.CalibrateCommand;

/**
 * {@code lithos calibrate} with the real cycling solver on a small reference file: the search is deterministic (the
 * shipped constants must be reproducible), never loses observations it started with inside their band, and writes a
 * parameter file the solver can read back.
 */
class CalibrateCommandTest {

	private static final String REFERENCE = Cells.BASE + """
			study Ref {
			    run Half with Cycle
			    expect first cycle efficiency of Half = 91 % +- 3 % source "doi:x"
			    expect first cycle efficiency of Half = 70 % +- 3 % source "doi:y"
			}
			""";

	private record Output(int code, String out, String properties) {
	}

	private static Output calibrate(Path examples, Path out, String... extra) throws IOException {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		List<String> args = new java.util.ArrayList<>(List.of("--examples", examples.toString(), "--out", out.toString(),
				"--params", "dead.fractionDense,dead.fractionIslandLayer", "--evaluations", "24"));
		args.addAll(List.of(extra));
		int code = new CalibrateCommand(new DslCellFiles()).run(args, new PrintStream(text, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		Path file = out.resolve("calibration.properties");
		return new Output(code, text.toString(StandardCharsets.UTF_8), Files.exists(file) ? Files.readString(file) : "");
	}

	@Test
	void sameStartSameResultAndNoPassLost() throws IOException {
		Path examples = Files.createTempDirectory("refs");
		Files.writeString(examples.resolve("ref.cell"), REFERENCE);
		Output first = calibrate(examples, examples.resolve("a"));
		Output second = calibrate(examples, examples.resolve("b"));
		assertEquals(0, first.code(), first.out());
		assertEquals(first.properties(), second.properties(), "calibrate must be deterministic");
		assertTrue(first.properties().contains("# Reproduce: lithos calibrate --params \"dead.fractionDense,"
				+ "dead.fractionIslandLayer\" --evaluations 24"), first.properties());
		// "within band A -> B of N": the count is what the search minimises, so it never gets worse
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("within band (\\d+) -> (\\d+) of 2").matcher(first.out());
		assertTrue(m.find(), first.out());
		assertTrue(Integer.parseInt(m.group(2)) >= Integer.parseInt(m.group(1)), first.out());
	}

	@Test
	void startFileIsRespectedAndRecorded() throws IOException {
		Path examples = Files.createTempDirectory("refs");
		Files.writeString(examples.resolve("ref.cell"), REFERENCE);
		Output shipped = calibrate(examples, examples.resolve("a"));
		Path start = examples.resolve("a/calibration.properties");
		Output again = calibrate(examples, examples.resolve("b"), "--start", start.toString());
		assertEquals(0, again.code(), again.out());
		assertTrue(again.properties().contains("--start " + start), again.properties());
		assertNotEquals("", again.properties());
		assertTrue(shipped.properties().lines().anyMatch(l -> l.startsWith("dead.fractionDense = ")));
	}

	@Test
	void stagesFitOneBlockAfterTheOther() throws IOException {
		Path examples = Files.createTempDirectory("refs");
		Files.writeString(examples.resolve("ref.cell"), REFERENCE);
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		int code = new CalibrateCommand(new DslCellFiles()).run(List.of("--examples", examples.toString(), "--out",
				examples.resolve("s").toString(), "--params", "dead.fractionDense;dead.fractionIslandLayer", "--evaluations", "8"),
				new PrintStream(text, true, StandardCharsets.UTF_8), new PrintStream(log, true, StandardCharsets.UTF_8));
		assertEquals(0, code, text.toString(StandardCharsets.UTF_8));
		String progress = log.toString(StandardCharsets.UTF_8);
		assertTrue(progress.contains("stage 1 of 2") && progress.contains("stage 2 of 2"), progress);
		assertTrue(Files.readString(examples.resolve("s/calibration.properties"))
				.contains("--params \"dead.fractionDense;dead.fractionIslandLayer\""));
	}

	@Test
	void unreadableStartFileIsAClearError() throws IOException {
		Path examples = Files.createTempDirectory("refs");
		Files.writeString(examples.resolve("ref.cell"), REFERENCE);
		Output result = calibrate(examples, examples.resolve("a"), "--start", examples.resolve("missing.properties")
				.toString());
		assertEquals(1, result.code());
	}

	@Test
	void dataFitsTheStudysMeasuredCurveAndWritesAFileRunCanUse() throws IOException {
		Path out = Files.createTempDirectory("calibrate-data");
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int code = new CalibrateCommand(new DslCellFiles()).run(List.of("--data",
				Cells.EXAMPLES.resolve("measured/cu-half.cell").toString(), "--params", "kinetics.j0Li", "--cycles", "1,2",
				"--iterations",
				"4", "--out", out.toString()), new PrintStream(text, true, StandardCharsets.UTF_8),
				new PrintStream(errors, true, StandardCharsets.UTF_8));
		String printed = text.toString(StandardCharsets.UTF_8);
		assertEquals(0, code, printed + errors.toString(StandardCharsets.UTF_8));
		assertTrue(printed.matches("(?s).*kinetics\\.j0Li +\\S+ +\\S+ +\\[\\S+, \\S+\\].*"), printed);
		assertTrue(printed.contains("voltage residual (RMS over 160 points of cycles [1, 2])"), printed);
		String properties = Files.readString(out.resolve("calibration.properties"));
		assertTrue(properties.contains("fitted by lithos calibrate --data"), properties);
		try (var in = Files.newInputStream(out.resolve("calibration.properties"))) {
			assertTrue(org.lithos.solver.cell.Calibration.read(in).value("kinetics.j0Li") > 0, "run --calibration reads it");
		}
		assertEquals(161, Files.readAllLines(out.resolve("residuals.csv")).size(), "a header and one row per point");
	}
}
