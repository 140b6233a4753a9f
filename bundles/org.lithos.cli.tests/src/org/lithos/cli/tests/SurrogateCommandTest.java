package org.lithos.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lithos.cli.api.UsageException;
import org.lithos.solver.cell.internal.MorphologySurrogate;
import org.lithos.solver.kmc.internal.commands.SurrogateCommand;

/**
 * {@code lithos surrogate} on a tiny grid: deterministic for any number of jobs (the shipped table must be
 * reproducible), and it writes the CSV the cycling solver reads, with the command that regenerates it.
 */
class SurrogateCommandTest {

	private static final List<String> TINY = List.of("--ratios", "-6,3", "--currents", "10", "--width", "8",
			"--layers", "1");

	private static String generate(Path file, String jobs) throws IOException {
		List<String> args = new java.util.ArrayList<>(TINY);
		args.addAll(List.of("--out", file.toString(), "--jobs", jobs));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new SurrogateCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 kinetic Monte Carlo runs"),
				out.toString(StandardCharsets.UTF_8));
		return Files.readString(file);
	}

	/** Everything but the date line, which is the only part allowed to differ between runs. */
	private static String content(String csv) {
		return csv.lines().filter(l -> !l.startsWith("# generated:")).collect(Collectors.joining("\n"));
	}

	@Test
	void deterministicForAnyJobCountAndReadableByTheSolver() throws IOException {
		Path dir = Files.createTempDirectory("surrogate");
		String one = generate(dir.resolve("one.csv"), "1");
		String two = generate(dir.resolve("two.csv"), "2");
		assertEquals(content(one), content(two));
		assertTrue(one.contains("# command: lithos surrogate --ratios -6,3 --currents 10 --width 8 --layers 1\n"), one);
		assertTrue(one.contains("# seed: 1\n") && one.contains("# alpha: 0.5\n") && one.contains("# generated: "), one);
		MorphologySurrogate table = MorphologySurrogate.parse(one);
		assertEquals(0.5, table.alpha());
		assertEquals(1e-8, table.depositThickness(), 1e-20);
		MorphologySurrogate.Point phobic = table.at(-6, 100);
		MorphologySurrogate.Point philic = table.at(3, 100);
		assertTrue(phobic.coverage() < philic.coverage(), phobic + " vs " + philic);
		assertEquals(MorphologySurrogate.Morphology.DENSE, philic.morphology());
	}

	@Test
	void badGridsAreUsageErrors() {
		PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		assertThrows(UsageException.class,
				() -> new SurrogateCommand().run(List.of("--ratios", "4:-8:1"), sink, sink));
		assertThrows(UsageException.class,
				() -> new SurrogateCommand().run(List.of("--currents", "1,-1"), sink, sink));
		assertThrows(UsageException.class, () -> new SurrogateCommand().run(List.of("--ratios", "a,b"), sink, sink));
	}
}
