package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lithos.dsl.workspace.InputGuard;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;

/** Input that is not a sensible .cell file gets one clear error naming the file, never an exception or a hang. */
class BadInputTest {

	private static List<Problem> check(Path file) {
		LithosWorkspace workspace = LithosWorkspace.create();
		workspace.addTargets(List.of(file));
		return workspace.validate();
	}

	private static void assertSingleError(List<Problem> problems, Path file, String fragment) {
		assertEquals(1, problems.size(), Cells.describe(problems));
		Problem problem = problems.get(0);
		assertTrue(problem.isError());
		assertTrue(problem.format().startsWith(file.toString() + ":"), problem.format());
		assertTrue(problem.message().contains(fragment), problem.format());
	}

	@Test
	void emptyFile() throws IOException {
		Path file = Files.createTempFile("empty", ".cell");
		assertSingleError(check(file), file, "empty");
	}

	@Test
	void binaryGarbage() throws IOException {
		Path file = Files.createTempFile("garbage", ".cell");
		byte[] bytes = new byte[4096];
		new Random(7).nextBytes(bytes);
		bytes[10] = 0;
		Files.write(file, bytes);
		assertSingleError(check(file), file, "not a text file");
	}

	@Test
	void invalidUtf8() throws IOException {
		Path file = Files.createTempFile("latin1", ".cell");
		Files.write(file, "material M { formula \"\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1));
		assertSingleError(check(file), file, "UTF-8");
	}

	@Test
	void tenMegabyteFile() throws IOException {
		Path file = Files.createTempFile("huge", ".cell");
		String line = "// " + "x".repeat(97) + "\n";
		Files.writeString(file, line.repeat(10 * 1024 * 1024 / line.length() + 1));
		long start = System.nanoTime();
		assertSingleError(check(file), file, "too large");
		assertTrue(System.nanoTime() - start < 5e9, "refused up front, not parsed");
	}

	@Test
	void missingFile() {
		Path file = Path.of("no/such/file.cell");
		assertSingleError(check(file), file, "no such file");
	}

	@Test
	void directoryWithoutCellFiles() throws IOException {
		Path folder = Files.createTempDirectory("nocells");
		assertSingleError(check(folder), folder, "no .cell files");
	}

	@Test
	void unreadableFile() throws IOException {
		Path file = Files.createTempFile("locked", ".cell");
		Files.writeString(file, Cells.BASE);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		if (Files.isReadable(file)) {
			// root reads everything: a path through a regular file is unreadable for everyone
			Path through = file.resolve("inner.cell");
			assertSingleError(check(through), through, "cannot read");
		} else {
			assertSingleError(check(file), file, "permission denied");
		}
	}

	@Test
	void namedPipeIsRefusedInsteadOfBlocking() throws Exception {
		Path folder = Files.createTempDirectory("fifo");
		Path pipe = folder.resolve("pipe.cell");
		Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
		assertEquals(0, mkfifo.waitFor());
		assertSingleError(check(pipe), pipe, "not a regular file");
	}

	@Test
	void unknownImport() {
		Cells.assertProblem(Cells.problems("package p\nimport nowhere.*\n"), "org.lithos.dsl.unknownImport", "nowhere");
	}

	@Test
	void deepNestingIsRefusedBeforeParsing() {
		String deep = "protocol P {\n" + "repeat 2 {\n".repeat(10_000) + "}\n".repeat(10_000) + "}\n";
		LithosWorkspace workspace = LithosWorkspace.create();
		workspace.addText("deep.cell", deep);
		List<Problem> problems = workspace.validate();
		assertEquals(1, problems.size(), Cells.describe(problems));
		assertTrue(problems.get(0).message().contains("nesting is deeper than"), problems.get(0).format());
		assertEquals(101, problems.get(0).line(), "names the line where the limit is crossed");
	}

	@Test
	void deepNestingInAFile() throws IOException {
		Path file = Files.createTempFile("deep", ".cell");
		Files.writeString(file, "protocol P { x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }");
		assertSingleError(check(file), file, "nesting is deeper than");
	}

	@Test
	void nestingCountIgnoresStringsAndComments() {
		String text = Cells.BASE + "// " + "{".repeat(500) + "\n/* " + "(".repeat(500) + " */\nmaterial M \""
				+ "[".repeat(500) + "\" { }\n";
		assertTrue(InputGuard.check(text.getBytes(StandardCharsets.UTF_8), "t.cell").ok());
	}
}
