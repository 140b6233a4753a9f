package org.lithos.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.model.text.Suggest;
import org.lithos.model.CompiledModel;
import org.lithos.model.StudyInput;
import org.lithos.sim.Comparison;
import org.lithos.sim.RunOptions;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.StudyRunner;
import org.lithos.sim.Warnings;
import org.lithos.sim.store.StudyReport;
import org.lithos.solver.api.SolverRegistry;
import org.osgi.service.component.annotations.Component;

/** {@code lithos run FILE [--study NAME] [--out DIR] [--jobs N] [--seed S] [--timeout SECONDS]}. */
@Component(service = Command.class)
public final class RunCommand implements Command {

	private final Supplier<Optional<SolverRegistry>> registry;

	/** Uses the solvers registered in the running framework. */
	public RunCommand() {
		this(SolverServices::registry);
	}

	/** @param registry where solvers come from (tests pass a fixed catalogue) */
	public RunCommand(Supplier<Optional<SolverRegistry>> registry) {
		this.registry = registry;
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public String summary() {
		return "run a file's studies with the installed solvers and write the results";
	}

	@Override
	public String usage() {
		return """
				Usage: lithos run FILE [--study NAME] [--out DIR] [--jobs N] [--seed S] [--timeout SECONDS]

				Compiles FILE and runs its studies (all, or the one named) in parallel. Per run it writes
				DIR/STUDY/RUN/result.json, cycles.csv and series.csv, atomically: an interrupted study (Ctrl-C,
				a failing run, the time limit) keeps every finished run and lists what did not finish.

				Options:
				  --study NAME       only this study (simple or qualified name)
				  --out DIR          output folder (default lithos-out/FILE-NAME)
				  --jobs N           parallel runs (default: the number of cores)
				  --seed S           seed for stochastic solvers (run i gets S + i)
				  --timeout SECONDS  wall-clock limit per run

				Exit codes: 0 every run finished, 1 errors in FILE or some runs did not finish, 2 wrong
				command line.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of("--study", "--out", "--jobs", "--seed", "--timeout"), Set.of());
		if (arguments.operands().size() != 1) {
			throw new UsageException("name exactly one .cell file");
		}
		Path file = Path.of(arguments.operands().get(0));
		int jobs = arguments.intOption("--jobs", Runtime.getRuntime().availableProcessors());
		Long seed = arguments.option("--seed", null) == null ? null : parseSeed(arguments.option("--seed", null));
		Duration timeout = arguments.option("--timeout", null) == null ? null
				: Duration.ofMillis(Math.round(parsePositive(arguments.option("--timeout", null), "--timeout") * 1000));
		String stem = file.getFileName().toString().replaceFirst("\\.cell$", "");
		Path output = Path.of(arguments.option("--out", "lithos-out/" + stem));

		Optional<CompiledModel> compiled = Compilation.compile(file, out, err);
		if (compiled.isEmpty()) {
			return 1;
		}
		List<StudyInput> studies = select(compiled.get(), arguments.option("--study", null));
		if (studies.isEmpty()) {
			err.println("lithos run: " + file + " has no studies to run");
			return 1;
		}
		Optional<SolverRegistry> solvers = registry.get();
		if (solvers.isEmpty()) {
			err.println("lithos run: no solver registry is available (Declarative Services is not running)");
			return 1;
		}
		StudyRunner runner = new StudyRunner(solvers.get());
		CountDownLatch finished = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			runner.cancel();
			try {
				finished.await(10, TimeUnit.SECONDS); // let runs in flight notice and their outcomes print
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "lithos-interrupt");
		Runtime.getRuntime().addShutdownHook(hook);
		List<RunOutcome> all = new ArrayList<>();
		try {
			for (StudyInput study : studies) {
				String simple = study.getName().substring(study.getName().lastIndexOf('.') + 1);
				RunOptions options = new RunOptions(output.resolve(simple), jobs, timeout, seed);
				List<RunOutcome> outcomes = runner.run(study, options,
						new ProgressDisplay(err, System.console() != null, simple));
				report(simple, outcomes, out);
				List<Comparison> comparisons = Comparison.of(study, outcomes);
				try {
					StudyReport.write(study, outcomes, comparisons, options.output());
				} catch (java.io.IOException e) {
					err.println("lithos run: cannot write the report: " + e.getMessage());
				}
				all.addAll(outcomes);
			}
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// already shutting down
			}
		}
		long unfinished = all.stream().filter(o -> !o.finished()).count();
		out.println("results in " + output + (unfinished == 0 ? "" : "; " + unfinished + " of " + all.size()
				+ " runs did not finish (listed above)"));
		return unfinished == 0 ? 0 : 1;
	}

	private static List<StudyInput> select(CompiledModel model, String name) {
		if (name == null) {
			return model.getStudies();
		}
		List<StudyInput> matching = model.getStudies().stream()
				.filter(s -> s.getName().equals(name) || s.getName().endsWith("." + name)).toList();
		if (matching.isEmpty()) {
			List<String> names = model.getStudies().stream().map(s -> s.getName().substring(s.getName().lastIndexOf('.') + 1))
					.toList();
			throw new UsageException("no study '" + name + "' in this file" + Suggest.didYouMean(name, names)
					+ "; studies: " + String.join(", ", names));
		}
		return matching;
	}

	private static void report(String study, List<RunOutcome> outcomes, PrintStream out) {
		out.println(study + ":");
		out.printf("  %-40s %-10s %8s  %s%n", "run", "state", "seconds", "result");
		for (RunOutcome outcome : outcomes) {
			out.printf(Locale.ROOT, "  %-40s %-10s %8.2f  %s%n", outcome.runId(), outcome.state().name().toLowerCase(),
					outcome.seconds(), outcome.message());
		}
		// the solvers' warnings (assumed defaults, inputs the model does not use), once per text
		Warnings.of(outcomes).forEach((message, runs) -> out.printf(Locale.ROOT, "  warning (%d of %d runs): %s%n", runs,
				outcomes.size(), message));
	}

	private static long parseSeed(String value) {
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new UsageException("--seed takes a whole number, not '" + value + "'");
		}
	}

	private static double parsePositive(String value, String option) {
		try {
			double number = Double.parseDouble(value);
			if (!(number > 0) || Double.isInfinite(number)) {
				throw new UsageException(option + " must be a positive number of seconds, not " + value);
			}
			return number;
		} catch (NumberFormatException e) {
			throw new UsageException(option + " takes a number of seconds, not '" + value + "'");
		}
	}
}
