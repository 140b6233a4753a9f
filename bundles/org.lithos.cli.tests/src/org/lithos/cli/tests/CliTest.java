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
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lithos.cli.Lithos;
import org.lithos.cli.api.Command;
import org.lithos.cli.internal.BenchCommand;
import org.lithos.cli.internal.CheckCommand;
import org.lithos.cli.internal.CompileCommand;
import org.lithos.cli.internal.DslCellFiles;
import org.lithos.cli.internal.FormatCommand;
import org.lithos.cli.internal.RunCommand;
import org.lithos.cli.internal.SolverServices;
import org.lithos.cli.internal.ValidateCommand;
import org.lithos.dsl.tests.Cells;
import org.lithos.model.CompiledModel;
import org.lithos.model.io.ModelXmi;
import org.lithos.solver.cell.internal.calibrate.CalibrateCommand;
import org.lithos.solver.kmc.internal.commands.KmcBenchmark;
import org.lithos.solver.kmc.internal.commands.SurrogateCommand;

/** The command line's contract: output format and exit codes (run in-process, without a product). */
class CliTest {

	private static final Pattern DIAGNOSTIC = Pattern.compile("^\\S+:\\d+:\\d+: (error|warning): .+$");

	private record Run(int code, String out, String err) {
	}

	/** What the product's framework contributes as {@link Command} services, built by hand since tests run without DS. */
	private static final List<Command> COMMANDS = List.of(new CheckCommand(), new CompileCommand(), new FormatCommand(),
			new RunCommand(), new org.lithos.cli.internal.MaterialsCommand(), new ValidateCommand(), new CalibrateCommand(new DslCellFiles()), new SurrogateCommand(),
			new BenchCommand(SolverServices::registry, () -> List.of(new KmcBenchmark())));

	private static Run lithos(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Lithos(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
				StandardCharsets.UTF_8), COMMANDS).run(args);
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static Path write(String text) throws IOException {
		Path folder = Files.createTempDirectory("cli");
		Path file = folder.resolve("cell.cell");
		Files.writeString(file, text);
		return file;
	}

	@Test
	void checkOfAllExamplesIsClean() throws IOException {
		long files;
		try (Stream<Path> all = Files.walk(Cells.EXAMPLES)) { // check visits sub-folders (examples/measured)
			files = all.filter(p -> p.toString().endsWith(".cell")).count();
		}
		Run run = lithos("check", Cells.EXAMPLES.toString());
		assertEquals(0, run.code(), run.out() + run.err());
		assertEquals("", run.out());
		assertTrue(run.err().contains("checked " + files + " files: 0 errors, 0 warnings"), run.err());
	}

	@Test
	void errorsArePrintedAsFileLineColumnAndExitOne() throws IOException {
		Path file = write(Cells.BASE + "cell Bad extends Half { pressure 9 mA/cm2 }\n");
		Run run = lithos("check", file.toString());
		assertEquals(1, run.code());
		String line = run.out().lines().findFirst().orElse("");
		assertTrue(DIAGNOSTIC.matcher(line).matches(), line);
		assertTrue(line.startsWith(file + ":" + (Cells.BASE.split("\n").length + 1) + ":"), line);
		assertTrue(line.contains("error: 'pressure' must be a pressure"), line);
	}

	@Test
	void warningsAloneExitZero() throws IOException {
		Run run = lithos("check", write(Cells.BASE + "cell Hot extends Half { pressure 500 MPa }\n").toString());
		assertEquals(0, run.code(), run.out());
		assertTrue(run.out().contains("warning: "), run.out());
		assertTrue(lithos("check", "--quiet", write(Cells.BASE + "cell Hot extends Half { pressure 500 MPa }\n").toString())
				.out().isEmpty());
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(2, lithos().code());
		assertEquals(2, lithos("check").code());
		Run unknown = lithos("chek", "x.cell");
		assertEquals(2, unknown.code());
		assertTrue(unknown.err().contains("Did you mean 'check'?"), unknown.err());
		Run option = lithos("check", "--quite", "x.cell");
		assertEquals(2, option.code());
		assertTrue(option.err().contains("did you mean '--quiet'?"), option.err());
		assertEquals(2, lithos("--frobnicate").code());
	}

	@Test
	void helpAndVersion() {
		Run help = lithos("--help");
		assertEquals(0, help.code());
		assertTrue(help.out().contains("check") && help.out().contains("compile") && help.out().contains("bench"));
		Run checkHelp = lithos("check", "--help");
		assertEquals(0, checkHelp.code());
		assertTrue(checkHelp.out().startsWith("Usage: lithos check"));
		Run version = lithos("--version");
		assertEquals(0, version.code());
		assertTrue(version.out().matches("lithos \\S+\\R"), version.out());
	}

	@Test
	void benchOffersTheKineticMonteCarloFiguresAlone() {
		Run help = lithos("bench", "--help");
		assertEquals(0, help.code());
		assertTrue(help.out().contains("--kmc-only") && help.out().contains("256 x 256"), help.out());
		Run typo = lithos("bench", "--kmc-onyl");
		assertEquals(2, typo.code());
		assertTrue(typo.err().contains("did you mean '--kmc-only'?"), typo.err());
	}

	@Test
	void missingFileExitsOne() {
		Run run = lithos("check", "does-not-exist.cell");
		assertEquals(1, run.code());
		assertEquals("does-not-exist.cell:1:1: error: no such file", run.out().strip());
	}

	@Test
	void compileWritesXmiAndJson() throws IOException {
		Path file = write(Cells.BASE + "study S { vary j in [1, 2] mA/cm2  run Half with Cycle(j = j) }\n");
		Path out = Files.createTempDirectory("compiled");
		Run run = lithos("compile", file.toString(), "--out", out.toString());
		assertEquals(0, run.code(), run.out() + run.err());
		assertTrue(run.out().contains("study test.S: 2 runs, 8 steps, 0 expectations"), run.out());
		CompiledModel model = (CompiledModel) ModelXmi.load(out.resolve("cell.input.xmi"));
		assertEquals(2, model.getStudies().get(0).getRuns().size());
		String json = Files.readString(out.resolve("cell.input.json"));
		assertTrue(json.contains("\"currentDensity\": 20.0"), "2 mA/cm2 in SI");
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(2, files.count(), "no temporary files left");
		}
	}

	@Test
	void compileRefusesFilesWithErrors() throws IOException {
		Path out = Files.createTempDirectory("compiled");
		Run run = lithos("compile", write(Cells.BASE + "cell Bad extends Half { pressure 9 }\n").toString(), "--out",
				out.toString());
		assertEquals(1, run.code());
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(0, files.count(), "nothing written");
		}
	}

	/** A project of several files: the study imports the cells of its sibling, as {@code check} allows. */
	@Test
	void compileLoadsTheOtherFilesOfTheFolder() throws IOException {
		Path folder = Files.createTempDirectory("project");
		Files.writeString(folder.resolve("cells.cell"), Cells.BASE.replace("package test", "package proj.cells"));
		Path study = folder.resolve("main.cell");
		Files.writeString(study, "package proj.main\nimport proj.cells.*\nstudy S { run Half with Cycle }\n");
		assertEquals(0, lithos("check", study.toString()).code());
		Run run = lithos("compile", study.toString(), "--out", folder.resolve("out").toString());
		assertEquals(0, run.code(), run.out() + run.err());
		assertTrue(run.out().contains("study proj.main.S: 1 run,"), run.out());
	}

	/** Issue 14: the library is listed with properties, units and sources, so nobody has to read its files. */
	@Test
	void materialsListsTheLibrary() {
		Run ag = lithos("materials", "ag");
		assertEquals(0, ag.code(), ag.err());
		assertTrue(ag.out().startsWith("Ag  metal"), ag.out());
		assertTrue(ag.out().lines().anyMatch(l -> l.startsWith("    density ") && l.contains(" g/cm3") && l.contains("[")),
				ag.out());
		Run all = lithos("materials", "--names");
		assertTrue(all.out().lines().count() > 20 && all.out().contains("Li6PS5Cl"), all.out());
		Run typo = lithos("materials", "Agg");
		assertEquals(1, typo.code());
		assertTrue(typo.err().contains("did you mean 'Ag'?"), typo.err());
	}
}
