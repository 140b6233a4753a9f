package org.lithos.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.lithos.dsl.compiler.CompileException;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.model.CompiledModel;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.sim.RunListener;
import org.lithos.sim.RunOptions;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.StudyRunner;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.Solver;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.api.SolverRegistry;

/** Solver figures of {@code lithos bench}: one long run on one core, and a large sweep on all cores. */
final class SolverBench {

	/** The cycling solver the figures are about. */
	static final String CELL_SOLVER = "lithos.cell";

	private static final String SOURCE = """
			package bench
			import lithos.materials.*
			cell Half {
			    format half
			    area 12 mm diameter
			    counter Li foil 100 um
			    separator Li6PS5Cl 150 mg
			    collector Cu 9 um { layer W 30 nm  layer Mg 140 nm }
			    pressure 9 MPa
			    temperature 23 C
			}
			protocol Cycling(j = 1 mA/cm2, q = 1 mAh/cm2, n = 300) {
			    repeat n { plate at j for q  strip at j until 0.2 V }
			}
			study Long { run Half with Cycling }
			study Sweep {
			    vary j in [0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 4] mA/cm2
			    vary q in [0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5] mAh/cm2
			    vary p in [1, 2, 3, 5, 7, 9, 12, 15, 20, 30] MPa
			    run Half(pressure = p) with Cycling(j = j, q = q, n = 100)
			}
			""";

	private final Optional<SolverRegistry> registry;
	private final PrintStream out;
	private final PrintStream err;

	SolverBench(Optional<SolverRegistry> registry, PrintStream out, PrintStream err) {
		this.registry = registry;
		this.out = out;
		this.err = err;
	}

	void run(int repeat) {
		Optional<Solver> solver = registry.flatMap(r -> r.find(CELL_SOLVER));
		if (solver.isEmpty()) {
			err.println("lithos bench: solver " + CELL_SOLVER + " is not installed; solver figures skipped");
			return;
		}
		CompiledModel model = compile();
		StudyInput longStudy = model.getStudies().get(0);
		StudyInput sweep = model.getStudies().get(1);
		SimulationInput longRun = longStudy.getRuns().get(0);
		try {
			long[] points = new long[1];
			double median = median(Math.max(repeat, 20), () -> {
				SimulationResult result = solver.get().solve(longRun, ProgressMonitor.NULL);
				points[0] = result.getSeries().stream().mapToLong(s -> s.getValues() == null ? 0 : s.getValues().length).sum();
			});
			out.printf(Locale.ROOT, "%-52s %8.1f ms%n", "300-cycle half-cell run with voltage series, one core", median);
			out.printf(Locale.ROOT, "%-52s %8.0f kB%n", "  its series (" + points[0] + " numbers)", points[0] * 8 / 1024.0);
		} catch (SolverException e) {
			err.println("lithos bench: the 300-cycle run failed: " + e.getMessage());
			return;
		}
		Path folder = null;
		try {
			folder = Files.createTempDirectory("lithos-bench");
			int cores = Runtime.getRuntime().availableProcessors();
			StudyRunner runner = new StudyRunner(registry.get());
			long start = System.nanoTime();
			// the study's folder, its lock and its staging folder all stay inside the temporary folder deleted below
			List<RunOutcome> outcomes = runner.run(sweep, new RunOptions(folder.resolve("sweep"), cores, null, null, false),
					RunListener.NONE);
			double seconds = (System.nanoTime() - start) / 1e9;
			long finished = outcomes.stream().filter(RunOutcome::finished).count();
			out.printf(Locale.ROOT, "%-52s %8.1f s%n", "sweep of " + outcomes.size() + " designs x 100 cycles, " + cores
					+ " cores, results written", seconds);
			if (finished < outcomes.size()) {
				err.println("lithos bench: " + (outcomes.size() - finished) + " sweep runs did not finish");
			}
		} catch (IOException e) {
			err.println("lithos bench: cannot create a temporary folder: " + e.getMessage());
		} finally {
			delete(folder);
		}
	}

	private static CompiledModel compile() {
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addText("bench.cell", SOURCE);
		try {
			return new LithosCompiler(workspace.resourceSet()).compile(LithosWorkspace.model(resource), "bench.cell");
		} catch (CompileException e) {
			throw new IllegalStateException("the benchmark source does not compile: " + e.getMessage(), e);
		}
	}

	private static double median(int repeat, Timing.Task<SolverException> task) throws SolverException {
		return Timing.medianMillis(Math.max(5, repeat / 2), repeat, task);
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind is harmless
		}
	}

}
