package org.lithos.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lithos.charts.jfree.JFreeImageRenderer;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.cli.internal.MergeCommand;
import org.lithos.cli.internal.RunCommand;
import org.lithos.cli.internal.Shard;
import org.lithos.cli.internal.SlurmCommand;
import org.lithos.dsl.tests.Cells;
import org.lithos.model.CycleRecord;
import org.lithos.model.LithosFactory;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.Summary;
import org.lithos.sim.tests.testing.StandInSolver;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.api.internal.SolverCatalog;

/**
 * {@code lithos run --shard K/N}, {@code lithos merge} and {@code lithos slurm}: shards merged equal a whole run with
 * the same seed, file for file (times aside); overlapping, missing and inconsistent shards are refused.
 */
class ShardMergeTest {

	/** A result that depends on the run's seed and current density, with digits a rounding would lose. */
	private static final class Seeded extends StandInSolver {
		Seeded() {
			super("seeded");
		}

		@Override
		public SimulationResult solve(SimulationInput input, ProgressMonitor monitor) throws SolverException {
			double j = input.getProtocol().getSteps().get(0).getCurrentDensity();
			if (j == 30.0) {
				throw new SolverException(SolverException.Kind.DIVERGED, "diverged", input.getId(), 0, 1, null);
			}
			java.util.Random random = new java.util.Random(input.getSeed());
			SimulationResult result = LithosFactory.eINSTANCE.createSimulationResult();
			result.setStatus(RunStatus.COMPLETED);
			for (int c = 1; c <= 3; c++) {
				CycleRecord cycle = LithosFactory.eINSTANCE.createCycleRecord();
				cycle.setIndex(c);
				cycle.setChargeCapacity(36_000 / 3.0);
				cycle.setDischargeCapacity(36_000 / 3.0 * (0.9 + 0.05 * random.nextDouble()) / (1 + j / 100));
				cycle.setCoulombicEfficiency(cycle.getDischargeCapacity() / cycle.getChargeCapacity());
				result.getCycles().add(cycle);
			}
			Summary summary = LithosFactory.eINSTANCE.createSummary();
			summary.setFirstCycleEfficiency(result.getCycles().get(0).getCoulombicEfficiency());
			summary.setCycleLife(3);
			result.setSummary(summary);
			return result;
		}
	}

	private record Output(int code, String out, String err) {
	}

	private static Output call(Command command, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static Output run(String... args) {
		return call(new RunCommand(() -> Optional.of(new SolverCatalog(List.of(new Seeded()))),
				() -> Optional.of(new JFreeImageRenderer())), args);
	}

	private static Output merge(String... args) {
		return call(new MergeCommand(() -> Optional.of(new SolverCatalog(List.of(new Seeded()))),
				() -> Optional.of(new JFreeImageRenderer())), args);
	}

	/** Five runs, the fourth failing in the solver: shards must carry failures too. */
	private static Path sweep(Path folder) throws IOException {
		Path file = folder.resolve("sweep.cell");
		Files.writeString(file, Cells.BASE
				+ "study S { vary j in [1, 2, 2.5, 3, 4] mA/cm2  run Half with Cycle(j = j)\n  plot first cycle efficiency vs j }\n");
		return file;
	}

	/** Every file below the folder, with the times (which differ between any two runs) taken out. */
	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.filter(Files::isRegularFile).toList()) {
				String name = folder.relativize(path).toString();
				if (name.startsWith(".")) {
					continue;
				}
				byte[] bytes = Files.readAllBytes(path);
				String text = name.endsWith(".png") ? java.util.HexFormat.of().formatHex(bytes)
						: new String(bytes, StandardCharsets.UTF_8);
				text = text.lines().filter(line -> !line.contains("\"wallTimeSeconds\"") && !line.contains("\"started\"")
						&& !line.contains("\"ended\"") && !line.contains("\"solverSeconds\"")).toList().toString();
				files.put(name, text.replaceAll("<td class=\"n\">\\d+\\.\\d\\d</td>", "<td class=\"n\">SECONDS</td>"));
			}
		}
		return files;
	}

	@Test
	void shardsMergedEqualAWholeRunWithTheSameSeed() throws IOException {
		Path folder = Files.createTempDirectory("shards");
		Path file = sweep(folder);
		Output whole = run(file.toString(), "--seed", "11", "--charts", "summary", "--out", folder.resolve("whole").toString());
		assertEquals(1, whole.code(), "one run fails in the solver: " + whole.out() + whole.err());

		List<String> shards = new ArrayList<>();
		for (int k = 1; k <= 3; k++) {
			Path out = folder.resolve("shard" + k);
			Output shard = run(file.toString(), "--seed", "11", "--charts", "summary", "--shard", k + "/3", "--out",
					out.toString());
			assertTrue(Files.exists(out.resolve("shard.json")), shard.out() + shard.err());
			shards.add(out.toString());
		}
		// shard 1 of 3 holds runs 0 and 3 (j = 1 and 3 mA/cm2)
		assertTrue(Files.exists(folder.resolve("shard1/S/Half@j=1mA_cm2/result.json")));
		assertFalse(Files.exists(folder.resolve("shard1/S/Half@j=2mA_cm2")));
		String manifest = Files.readString(folder.resolve("shard1/shard.json"));
		assertTrue(manifest.replaceAll("\\s", "").contains("\"held\":[0,3]"), manifest);

		List<String> args = new ArrayList<>(List.of(shards.get(2), shards.get(0), shards.get(1))); // any order
		args.addAll(List.of("--out", folder.resolve("merged").toString()));
		Output merged = merge(args.toArray(String[]::new));
		assertEquals(1, merged.code(), "a run failed, as in the whole run: " + merged.out() + merged.err());
		Map<String, String> expected = contents(folder.resolve("whole/S"));
		Map<String, String> actual = contents(folder.resolve("merged/S"));
		assertEquals(expected.keySet(), actual.keySet());
		assertTrue(expected.keySet().stream().anyMatch(name -> name.endsWith(".png")), "charts compared too");
		expected.forEach((name, text) -> assertEquals(text, actual.get(name), name));
		assertTrue(Files.readString(folder.resolve("merged/S/study.json")).contains("\"failed\": 1"));
	}

	@Test
	void overlappingMissingAndInconsistentShardsAreRefused() throws IOException {
		Path folder = Files.createTempDirectory("refused");
		Path file = sweep(folder);
		for (int k = 1; k <= 2; k++) {
			run(file.toString(), "--charts", "none", "--shard", k + "/2", "--out", folder.resolve("a" + k).toString());
		}
		run(file.toString(), "--charts", "none", "--shard", "1/3", "--out", folder.resolve("b1").toString());
		run(file.toString(), "--charts", "none", "--seed", "3", "--shard", "2/2", "--out", folder.resolve("c2").toString());
		String out = folder.resolve("out").toString();

		Output overlap = merge(folder.resolve("a1").toString(), folder.resolve("a2").toString(),
				folder.resolve("a1").toString(), "--out", out);
		assertEquals(1, overlap.code());
		assertTrue(overlap.err().contains("shards overlap") && overlap.err().contains("1/2"), overlap.err());

		Output missing = merge(folder.resolve("a2").toString(), "--out", out);
		assertEquals(1, missing.code());
		assertTrue(missing.err().contains("shard 1/2 of " + file.toAbsolutePath() + " is missing"), missing.err());

		Output count = merge(folder.resolve("a1").toString(), folder.resolve("b1").toString(), "--out", out);
		assertTrue(count.err().contains("inconsistent shards") && count.err().contains("2 and 3 shards"), count.err());

		Output seed = merge(folder.resolve("a1").toString(), folder.resolve("c2").toString(), "--out", out);
		assertTrue(seed.err().contains("inconsistent shards") && seed.err().contains("seeds of the runs (no --seed) and 3"), seed.err());

		Output notShard = merge(folder.toString(), "--out", out);
		assertTrue(notShard.err().contains("is not a finished shard"), notShard.err());

		Files.writeString(file, Files.readString(file) + "// edited\n");
		Output edited = merge(folder.resolve("a1").toString(), folder.resolve("a2").toString(), "--out", out);
		assertEquals(1, edited.code());
		assertTrue(edited.err().contains("changed since the shards ran"), edited.err());
		assertFalse(Files.exists(folder.resolve("out/S")), "a refused merge writes no results");
	}

	@Test
	void shardsSplitByRunIndex() {
		Shard second = Shard.parse("2/3");
		assertEquals(List.of(1, 4, 7), second.indices(8));
		assertTrue(second.holds(4) && !second.holds(5));
		assertEquals(List.of(), Shard.parse("3/3").indices(2), "more shards than runs: some hold none");
		for (String bad : List.of("0/3", "4/3", "3", "a/b", "1/0")) {
			assertThrows(UsageException.class, () -> Shard.parse(bad), bad);
		}
	}

	@Test
	void slurmWritesAJobArrayWithADependentMerge() throws IOException {
		Path folder = Files.createTempDirectory("slurm");
		Path file = sweep(folder);
		Path out = folder.resolve("results");
		Output written = call(new SlurmCommand(() -> Optional.of(new SolverCatalog(List.of(new Seeded())))),
				file.toString(), "--array-size", "2", "--partition", "short", "--seed", "5", "--out", out.toString(),
				"--lithos", "/opt/lithos/lithos");
		assertEquals(0, written.code(), written.out() + written.err());
		Path script = out.resolve("slurm/sweep.sh");
		String text = Files.readString(script);
		assertTrue(Files.isExecutable(script));
		assertTrue(text.contains("#SBATCH --partition=short"), text);
		assertTrue(text.contains("SHARDS=2"), text);
		assertTrue(text.contains("--array=\"$tasks\"") && text.contains("tasks=\"${1:-1-$SHARDS}\""), text);
		assertTrue(text.contains("--dependency=afterok:\"$array\""), text);
		assertTrue(text.contains("run \"$FILE\" --shard \"$K/$SHARDS\" --out \"$OUT/shards/$K\"") && text.contains("--seed 5"),
				text);
		assertTrue(text.contains("merge \"${folders[@]}\" --out \"$OUT\""), text);
		assertTrue(text.contains("LITHOS=\"${LITHOS:-/opt/lithos/lithos}\""), text);
		assertTrue(written.out().contains("2 array tasks over 1 study (5 runs)"), written.out());

		Output defaults = call(new SlurmCommand(() -> Optional.of(new SolverCatalog(List.of(new Seeded())))),
				file.toString(), "--out", out.toString());
		assertTrue(Files.readString(script).contains("SHARDS=5"), "one task per run by default");
		assertFalse(Files.readString(script).contains("--partition"), defaults.out());
	}
}
