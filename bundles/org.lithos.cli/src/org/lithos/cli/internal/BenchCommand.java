package org.lithos.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.cli.api.Benchmark;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.dsl.workspace.SyntheticSource;
import org.lithos.solver.api.SolverRegistry;
import org.osgi.service.component.annotations.Component;

/**
 * {@code lithos bench}: the performance figures the README quotes, measured in-process after warm-up (median
 * of repeated runs), so they do not depend on JVM start-up; a contributed group of figures says in its header how
 * it is measured (the language server's come from whole processes). The README also gives wall-clock times of
 * whole commands.
 */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + BenchCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + BenchCommand.SUMMARY })
public final class BenchCommand implements Command {

	/** The word that selects the command. */
	static final String NAME = "bench";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "measure performance (language, cycling solver, kinetic Monte Carlo)";

	private final Supplier<Optional<SolverRegistry>> registry;
	private final Supplier<List<Benchmark>> benchmarks;

	/** Uses the solvers and the benchmarks of the running framework. */
	public BenchCommand() {
		this(SolverServices::registry, () -> FrameworkServices.all(Benchmark.class));
	}

	/**
	 * @param registry   where solvers come from
	 * @param benchmarks the figures other bundles contribute (e.g. the kinetic Monte Carlo's)
	 */
	public BenchCommand(Supplier<Optional<SolverRegistry>> registry, Supplier<List<Benchmark>> benchmarks) {
		this.registry = registry;
		this.benchmarks = benchmarks;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String summary() {
		return SUMMARY;
	}

	@Override
	public String usage() {
		StringBuilder usage = new StringBuilder("""
				Usage: lithos bench [--examples DIR] [--repeat N]""");
		contributed().forEach(b -> usage.append(" [--").append(b.id()).append("-only]"));
		usage.append("""


				Measures, after warm-up, the median time of:
				  - checking every example (parse, link, validate; default DIR: dsl/examples)
				  - parsing and validating a generated 10,000-line file
				  - one 300-cycle half-cell run of the cycling solver, with its full voltage series (one core)
				  - a sweep of 1,000 designs x 100 cycles on all cores, results written
				""");
		contributed().forEach(b -> usage.append("  - ").append(b.description()).append('\n'));
		usage.append("""

				Options:
				  --examples DIR   folder with .cell files (default dsl/examples)
				  --repeat N       measured repetitions per figure (default 10)
				""");
		contributed().forEach(b -> usage.append(String.format(Locale.ROOT, "  %-16s only the %s figures%n",
				only(b), b.title())));
		return usage.toString();
	}

	private List<Benchmark> contributed() {
		return benchmarks.get().stream().sorted(Comparator.comparing(Benchmark::id)).toList();
	}

	private static String only(Benchmark benchmark) {
		return "--" + benchmark.id() + "-only";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		List<Benchmark> contributed = contributed();
		Arguments arguments = new Arguments(args, Set.of("--examples", "--repeat"),
				contributed.stream().map(BenchCommand::only).collect(Collectors.toSet()));
		Path examples = Path.of(arguments.option("--examples", "dsl/examples"));
		int repeat = arguments.intOption("--repeat", 10);
		for (Benchmark benchmark : contributed) {
			if (arguments.flag(only(benchmark))) {
				header(out, benchmark);
				benchmark.run(out);
				return 0;
			}
		}
		if (!Files.isDirectory(examples)) {
			throw new UsageException("no examples folder at " + examples + " (run from the repository root or give --examples)");
		}
		out.println("lithos bench: median of " + repeat + " runs after warm-up (in-process, so JVM start-up is excluded)");
		out.printf(Locale.ROOT, "%-52s %10s%n", "figure", "median");
		long startup = System.nanoTime();
		LithosWorkspace.injector();
		out.printf(Locale.ROOT, "%-52s %8.0f ms%n", "language injector creation (once per process)",
				(System.nanoTime() - startup) / 1e6);

		int[] exampleProblems = new int[1];
		double check = median(repeat, () -> {
			LithosWorkspace workspace = LithosWorkspace.create();
			workspace.addTargets(List.of(examples));
			List<Problem> problems = workspace.validate();
			exampleProblems[0] = (int) problems.stream().filter(Problem::isError).count();
			return workspace;
		});
		out.printf(Locale.ROOT, "%-52s %8.1f ms%n", "check all examples (" + examples + ")", check);

		String synthetic = SyntheticSource.generate(10_000);
		int lines = synthetic.split("\n", -1).length;
		int[] syntheticErrors = new int[1];
		double large = median(repeat, () -> {
			LithosWorkspace workspace = LithosWorkspace.create();
			workspace.addText("synthetic.cell", synthetic);
			List<Problem> problems = workspace.validate();
			syntheticErrors[0] = (int) problems.stream().filter(Problem::isError).count();
			return workspace;
		});
		out.printf(Locale.ROOT, "%-52s %8.1f ms%n", "parse + validate a generated " + lines + "-line file", large);
		new SolverBench(registry.get(), out, err).run(repeat);
		for (Benchmark benchmark : contributed) {
			header(out, benchmark);
			benchmark.run(out);
		}
		if (exampleProblems[0] > 0 || syntheticErrors[0] > 0) {
			err.println("lithos bench: the benchmark inputs have errors (" + exampleProblems[0] + " in examples, "
					+ syntheticErrors[0] + " in the generated file); figures are not meaningful");
			return 1;
		}
		return 0;
	}

	/** The line above a contributed group of figures: what it measures and how (not all are in-process). */
	private static void header(PrintStream out, Benchmark benchmark) {
		out.println("lithos bench: " + benchmark.title() + ", " + benchmark.method());
	}

	private static double median(int repeat, Supplier<Object> task) {
		return Timing.medianMillis(Math.max(3, repeat / 2), repeat, task::get);
	}
}
