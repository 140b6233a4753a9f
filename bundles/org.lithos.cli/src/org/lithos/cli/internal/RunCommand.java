package org.lithos.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.charts.render.ImageRenderer;
import org.lithos.model.text.Suggest;
import org.lithos.model.CompiledModel;
import org.lithos.model.StudyInput;
import org.lithos.sim.ChartLevel;
import org.lithos.sim.OutputFolderException;
import org.lithos.sim.RunOptions;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.StudyRunner;
import org.lithos.sim.Warnings;
import org.lithos.sim.store.OutputLock;
import org.lithos.sim.store.StudyIndex;
import org.lithos.solver.api.SolverRegistry;
import org.osgi.service.component.annotations.Component;

/** {@code lithos run FILE [--study NAME] [--out DIR] [--jobs N] [--seed S] [--timeout SECONDS] [--shard K/N]}. */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + RunCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + RunCommand.SUMMARY })
public final class RunCommand implements Command {

	/** The word that selects the command. */
	static final String NAME = "run";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "run a file's studies with the installed solvers and write the results";

	private final Supplier<Optional<SolverRegistry>> registry;
	private final Supplier<Optional<ImageRenderer>> images;

	/** Uses the solvers and the chart renderer registered in the running framework. */
	public RunCommand() {
		this(SolverServices::registry, () -> FrameworkServices.waitFor(ImageRenderer.class));
	}

	/**
	 * @param registry where solvers come from (tests pass a fixed catalogue)
	 * @param images   what draws the charts; asked only when charts are wanted
	 */
	public RunCommand(Supplier<Optional<SolverRegistry>> registry, Supplier<Optional<ImageRenderer>> images) {
		this.registry = registry;
		this.images = images;
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
		return """
				Usage: lithos run FILE [--study NAME] [--out DIR] [--jobs N] [--seed S] [--timeout SECONDS]
				                       [--charts none|summary|all] [--calibration FILE] [--shard K/N]

				Compiles FILE (with the other .cell files of its folder) and runs its studies (all, or the one
				named) in parallel. Per study it writes DIR/STUDY/ with report.html, study.json (how the study
				ended, every run's state and reason) and one folder per finished run: result.json, cycles.csv,
				series.csv and charts. A study's folder is replaced whole when it ends, so a rerun leaves exactly
				the new results; a run that did not finish leaves no folder. One run at a time per DIR: a second
				one is refused. Ctrl-C stops the runs in flight, keeps the finished ones and records the others
				as cancelled.

				Options:
				  --study NAME       only this study (simple or qualified name)
				  --out DIR          output folder (default lithos-out/FILE-NAME)
				  --jobs N           parallel runs (default: the number of cores)
				  --seed S           seed for stochastic solvers (run i gets S + i)
				  --timeout SECONDS  wall-clock limit per run
				  --calibration FILE constants of lithos.cell from FILE (as lithos calibrate writes it)
				  --charts LEVEL     none: no charts; summary: the study's charts across runs only;
				                     all: also every run's own charts (default: all up to %d runs, else summary)
				  --shard K/N        only shard K of N of every study: the runs whose index i (from 0) has
				                     i mod N = K-1, seeded as in the whole study; DIR/shard.json records them.
				                     `lithos merge` combines the N shard folders (see `lithos slurm`)

				Exit codes: 0 every run finished, 1 errors in FILE, some runs failed or timed out, or DIR
				cannot take results (a file, not writable, full, or in use), 2 wrong command line,
				130 interrupted (Ctrl-C).
				""".formatted(ChartLevel.ALL_UP_TO);
	}

	/** Exit code of a study interrupted by Ctrl-C (SIGINT), the shell's convention 128 + 2. */
	public static final int INTERRUPTED = 130;
	/** How long Ctrl-C waits for the runs in flight to stop and the study folder to be recorded. */
	private static final long RECORD_SECONDS = 20;
	/** Above this many runs the console lists only the runs that did not finish (the report lists them all). */
	static final int LIST_LIMIT = 50;

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of("--study", "--out", "--jobs", "--seed", "--timeout", "--charts",
				CalibrationOption.NAME, Shard.OPTION), Set.of());
		if (arguments.operands().size() != 1) {
			throw new UsageException("name exactly one .cell file");
		}
		Path file = Path.of(arguments.operands().get(0));
		int jobs = arguments.intOption("--jobs", Runtime.getRuntime().availableProcessors());
		Long seed = arguments.option("--seed", null) == null ? null : parseSeed(arguments.option("--seed", null));
		Duration timeout = arguments.option("--timeout", null) == null ? null
				: Duration.ofMillis(Math.round(parsePositive(arguments.option("--timeout", null), "--timeout") * 1000));
		ChartLevel charts = parseCharts(arguments.option("--charts", null));
		String shardText = arguments.option(Shard.OPTION, null);
		ShardRun shard = shardText == null ? null : new ShardRun(Shard.parse(shardText), file, seed);
		String stem = file.getFileName().toString().replaceFirst("\\.cell$", "");
		Path output = Path.of(arguments.option("--out", "lithos-out/" + stem));

		Optional<String> calibration = CalibrationOption.install(arguments.option(CalibrationOption.NAME, null));
		if (calibration.isPresent()) {
			err.println("lithos run: " + calibration.get());
			return 1;
		}
		// one run at a time per output folder: a folder in use is refused at once, before compiling; a folder that
		// does not exist yet is created only once the file compiled (a broken file leaves nothing on disk)
		OutputLock[] lock = new OutputLock[1];
		try {
			if (Files.isDirectory(output)) {
				lock[0] = OutputLock.acquire(output.resolve(".lithos.lock"), output);
			}
			// a shard fixes each run's seed itself, from the run's index in the whole study
			return compileAndRun(file, arguments.option("--study", null), output,
					new RunOptions(output, jobs, timeout, shard == null ? seed : null, charts), charts == null, shard, lock,
					out, err);
		} catch (OutputFolderException e) {
			err.println("lithos run: " + e.getMessage());
			return 1;
		} finally {
			if (lock[0] != null) {
				lock[0].close();
			}
		}
	}

	private int compileAndRun(Path file, String study, Path output, RunOptions options, boolean automaticCharts,
			ShardRun shard, OutputLock[] lock, PrintStream out, PrintStream err) {
		Optional<CompiledModel> compiled;
		try (var installed = SolverServices.teachValidator(registry)) {
			compiled = Compilation.compile(file, out, err);
		}
		if (compiled.isEmpty()) {
			return 1;
		}
		List<StudyInput> studies = select(compiled.get(), study);
		if (shard != null) {
			studies = shard.select(studies);
		}
		if (studies.isEmpty()) {
			err.println("lithos run: " + file + " has no studies to run");
			return 1;
		}
		Optional<SolverRegistry> solvers = registry.get();
		if (solvers.isEmpty()) {
			err.println("lithos run: no solver registry is available (Declarative Services is not running)");
			return 1;
		}
		if (lock[0] == null) {
			lock[0] = OutputLock.acquire(output.resolve(".lithos.lock"), output);
		}
		if (shard != null) {
			try {
				ShardRun.forgetEarlier(output);
			} catch (java.io.IOException e) {
				err.println("lithos run: cannot clear the earlier shard files in " + output + ": " + e.getMessage());
				return 1;
			}
		}
		ImageRenderer renderer = null;
		if (options.charts() != ChartLevel.NONE) {
			renderer = images.get().orElse(null);
			if (renderer == null) {
				err.println("lithos run: no chart renderer is installed (bundle org.lithos.charts.jfree): the results"
						+ " are written without charts");
			}
		}
		return runStudies(studies, output, options, automaticCharts, shard, new StudyRunner(solvers.get(), renderer), out,
				err);
	}

	private static int runStudies(List<StudyInput> studies, Path output, RunOptions base, boolean automaticCharts,
			ShardRun shard, StudyRunner runner, PrintStream out, PrintStream err) {
		CountDownLatch recorded = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			runner.cancel();
			try {
				// let the runs in flight stop and the study folder be recorded as cancelled, then exit 130
				recorded.await(RECORD_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			out.flush();
			err.flush();
			Runtime.getRuntime().halt(INTERRUPTED);
		}, "lithos-interrupt");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			return runAll(runner, studies, output, base, automaticCharts, shard, out, err);
		} finally {
			recorded.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// already shutting down: the hook exits with INTERRUPTED
			}
		}
	}

	private static int runAll(StudyRunner runner, List<StudyInput> studies, Path output, RunOptions base,
			boolean automaticCharts, ShardRun shard, PrintStream out, PrintStream err) {
		List<RunOutcome> all = new ArrayList<>();
		try {
			for (StudyInput study : studies) {
				if (runner.isCancelled()) {
					break;
				}
				String simple = study.getName().substring(study.getName().lastIndexOf('.') + 1);
				ChartLevel asked = automaticCharts ? null : base.charts();
				RunOptions options = base.withOutput(output.resolve(simple)).withCharts(shard != null
						? shard.charts(study, asked) : asked != null ? asked : ChartLevel.automatic(study.getRuns().size()));
				List<RunOutcome> outcomes = runner.run(study, options, new ProgressDisplay(err, System.console() != null,
						simple));
				report(simple, outcomes, out);
				if (shard != null && !runner.isCancelled()) {
					recordShard(() -> shard.record(study, simple, options.charts(), outcomes, output), output);
				}
				all.addAll(outcomes);
			}
			if (studies.size() > 1 || Files.exists(output.resolve(StudyIndex.FILE))) {
				StudyIndex.write(output);
			}
			if (shard != null && !runner.isCancelled()) {
				recordShard(() -> shard.finish(output), output);
			}
		} catch (OutputFolderException e) {
			err.println("lithos run: " + e.getMessage());
			return runner.isCancelled() ? INTERRUPTED : 1;
		} catch (java.io.IOException e) {
			err.println("lithos run: cannot write the index of " + output + ": " + e.getMessage());
		}
		long unfinished = all.stream().filter(o -> !o.finished()).count();
		out.println("results in " + output + (unfinished == 0 ? "" : "; " + unfinished + " of " + all.size()
				+ (all.size() == 1 ? " run" : " runs") + " did not finish (see study.json)"));
		if (runner.isCancelled()) {
			err.println("lithos run: interrupted; finished runs are kept, the others are listed as cancelled");
			return INTERRUPTED;
		}
		return unfinished == 0 ? 0 : 1;
	}

	/** Writes a shard's records; a failure ends the run with exit 1, since merge could not use the shard. */
	private static void recordShard(ShardWrite write, Path output) {
		try {
			write.run();
		} catch (java.io.IOException e) {
			throw new OutputFolderException(output, "cannot record the shard in " + output + ": " + e.getMessage(), e);
		}
	}

	/** A write of shard records. */
	@FunctionalInterface
	private interface ShardWrite {
		void run() throws java.io.IOException;
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
		boolean all = outcomes.size() <= LIST_LIMIT;
		if (!all) {
			// a large sweep: counts, and the runs that need a look; report.html and study.json list every run
			Map<String, Long> counts = new java.util.TreeMap<>();
			outcomes.forEach(o -> counts.merge(o.state().name().toLowerCase(Locale.ROOT), 1L, Long::sum));
			out.println("  " + outcomes.size() + " runs: " + counts.entrySet().stream().map(e -> e.getValue() + " "
					+ e.getKey()).collect(java.util.stream.Collectors.joining(", ")));
		}
		List<RunOutcome> listed = all ? outcomes : outcomes.stream().filter(o -> !o.finished()).limit(LIST_LIMIT).toList();
		if (!listed.isEmpty()) {
			out.printf("  %-40s %-10s %9s  %s%n", "run", "state", "solver s", "result");
		}
		for (RunOutcome outcome : listed) {
			out.printf(Locale.ROOT, "  %-40s %-10s %9.2f  %s%n", outcome.runId(), outcome.state().name().toLowerCase(),
					outcome.seconds(), outcome.message());
		}
		// the solvers' warnings (assumed defaults, inputs the model does not use), once per text
		Warnings.of(outcomes).forEach((message, runs) -> out.printf(Locale.ROOT, "  warning (%d of %d runs): %s%n", runs,
				outcomes.size(), message));
	}

	/** @return the level asked for, or null for the automatic choice per study */
	private static ChartLevel parseCharts(String value) {
		if (value == null) {
			return null;
		}
		try {
			return ChartLevel.valueOf(value.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--charts takes none, summary or all, not '" + value + "'");
		}
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
