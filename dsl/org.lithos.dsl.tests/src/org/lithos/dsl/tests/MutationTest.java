package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.compiler.CompileException;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.workspace.InputGuard;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.model.CompiledModel;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.cell.CellSolver;

/**
 * 1,000 random mutants of the examples (fixed seed): every one must end in diagnostics (or compile, when it
 * is still valid) without any exception escaping from the guard, parser, linker, validator or compiler. Mutants
 * that compile are also run by {@code lithos.cell} with a small step cap (issue 14): a run ends in a result or a
 * solver diagnostic (a {@link SolverException}), never in another exception.
 */
class MutationTest {

	private static final int MUTANTS = 1000;
	private static final String[] TOKENS = { "{", "}", "(", ")", "[", "]", ",", "=", "..", "%", "/", "*", "-", "C/",
			"plate", "strip", "repeat", "at", "for", "until", "cell", "material", "extends", "study", "run", "with",
			"expect", "mA/cm2", "mAh", "V", "um", "1e999", "-0", "0", "NaN", "\"", "\u00b5m", "\u0000", "\t", "^",
			"layer", "collector", "stop when", "of cycle", "vary", "in", "import", "package", "x.y.*", "1.5.5", "0.33C" };

	@Test
	void everyMutantEndsInDiagnostics() throws IOException {
		List<String> sources = new ArrayList<>();
		for (Path file : ExamplesTest.examples().toList()) {
			sources.add(Files.readString(file));
		}
		Random random = new Random(20261121L);
		int withErrors = 0;
		int compiled = 0;
		int[] runs = new int[2]; // results, solver diagnostics
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < MUTANTS; i++) {
			String mutant = mutate(sources.get(random.nextInt(sources.size())), random);
			try {
				List<Problem> problems = run(mutant, "mutant" + i + ".cell", runs);
				if (problems.stream().anyMatch(Problem::isError)) {
					withErrors++;
				} else {
					compiled++;
				}
				assertTrue(problems.stream().allMatch(p -> p.message() != null && !p.message().isBlank()));
			} catch (RuntimeException | StackOverflowError | AssertionError e) {
				failures.add("mutant " + i + ": " + e + "\n" + mutant.substring(0, Math.min(300, mutant.length())));
			}
		}
		assertEquals(List.of(), failures, failures.size() + " mutants escaped with an exception");
		assertEquals(MUTANTS, withErrors + compiled);
		assertTrue(withErrors > MUTANTS / 2, "most mutants are broken and reported: " + withErrors);
		assertTrue(runs[0] > 0, "compiled mutants were run: " + runs[0] + " results, " + runs[1] + " diagnostics");
	}

	/** Steps a mutant's run may take: enough to plate, strip and store once, few enough for 1,000 mutants. */
	private static final int STEP_CAP = 6;
	/** Runs per compiled study that are simulated: the first (a sweep's others differ only in numbers). */
	private static final int RUN_CAP = 1;

	/**
	 * Runs the first runs of every study with the first {@link #STEP_CAP} steps: a result or a solver diagnostic.
	 *
	 * @param runs counts results [0] and solver diagnostics [1]
	 */
	private static void simulate(CompiledModel model, int[] runs) {
		CellSolver solver = new CellSolver();
		for (StudyInput study : model.getStudies()) {
			for (SimulationInput input : study.getRuns().stream().limit(RUN_CAP).toList()) {
				SimulationInput capped = EcoreUtil.copy(input);
				var steps = capped.getProtocol().getSteps();
				while (steps.size() > STEP_CAP) {
					steps.remove(steps.size() - 1);
				}
				long deadline = System.nanoTime() + 5_000_000_000L;
				try {
					if (solver.suitability(capped).isEmpty()) {
						runs[1]++; // a morphology or partner study: lithos.cell says it cannot run it
						continue;
					}
					SimulationResult result = solver.solve(capped, new ProgressMonitor() {
						@Override
						public void begin(String task, long totalWork) {
						}

						@Override
						public void worked(long work) {
						}

						@Override
						public boolean isCancelled() {
							return System.nanoTime() > deadline;
						}
					});
					assertTrue(result != null && result.getStatus() != null, "a result with a status");
					runs[0]++;
				} catch (SolverException e) {
					assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a solver diagnostic says why");
					runs[1]++;
				}
			}
		}
	}

	/** Validates like `lithos check`, and compiles when there are no errors, like `lithos compile`. */
	private static List<Problem> run(String text, String name, int[] runs) {
		InputGuard.Result guarded = InputGuard.check(text.getBytes(StandardCharsets.UTF_8), name);
		if (!guarded.ok()) {
			return List.of(guarded.problem());
		}
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addText(name, guarded.accepted().text());
		List<Problem> problems = workspace.validate();
		if (problems.stream().noneMatch(Problem::isError)) {
			try {
				simulate(new LithosCompiler(workspace.resourceSet()).compile(LithosWorkspace.model(resource), name), runs);
			} catch (CompileException e) {
				return List.of(new Problem(name, 0, 0, Problem.Severity.ERROR, e.getMessage(), e.issueCode()));
			}
		}
		return problems;
	}

	private static String mutate(String source, Random random) {
		StringBuilder text = new StringBuilder(source);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits && text.length() > 2; e++) {
			int at = random.nextInt(text.length());
			switch (random.nextInt(7)) {
				case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
				case 1 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)] + " ");
				case 2 -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
				case 3 -> { // duplicate a slice
					int end = Math.min(text.length(), at + random.nextInt(200));
					text.insert(random.nextInt(text.length()), text.substring(at, end));
				}
				case 4 -> { // replace a number with something else
					String replaced = text.toString().replaceFirst("\\d+(\\.\\d+)?",
							List.of("-1", "0", "1e308", "999999999", "", "x").get(random.nextInt(6)));
					text.setLength(0);
					text.append(replaced);
				}
				case 5 -> text.insert(at, (char) random.nextInt(0x3000));
				default -> { // swap two lines
					String[] lines = text.toString().split("\n", -1);
					int a = random.nextInt(lines.length);
					int b = random.nextInt(lines.length);
					String swap = lines[a];
					lines[a] = lines[b];
					lines[b] = swap;
					text.setLength(0);
					text.append(String.join("\n", lines));
				}
			}
		}
		return text.toString();
	}
}
