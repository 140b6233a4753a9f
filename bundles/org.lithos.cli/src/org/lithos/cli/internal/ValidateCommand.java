package org.lithos.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.model.CompiledModel;
import org.lithos.model.StudyInput;
import org.lithos.sim.Comparison;
import org.lithos.sim.Comparison.Verdict;
import org.lithos.sim.Fidelity;
import org.lithos.sim.Orderings;
import org.lithos.sim.OutputFolderException;
import org.lithos.sim.RunListener;
import org.lithos.sim.RunOptions;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.StudyRunner;
import org.lithos.solver.api.SolverRegistry;
import org.osgi.service.component.annotations.Component;

/** {@code lithos validate}: every reference study, measured against predicted, with the fidelity verdict. */
@Component(service = Command.class)
public final class ValidateCommand implements Command {

	private final Supplier<Optional<SolverRegistry>> registry;

	/** Uses the solvers of the running framework. */
	public ValidateCommand() {
		this(SolverServices::registry);
	}

	/** @param registry where solvers come from */
	public ValidateCommand(Supplier<Optional<SolverRegistry>> registry) {
		this.registry = registry;
	}

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "run every reference study and compare predictions with the measurements";
	}

	@Override
	public String usage() {
		return """
				Usage: lithos validate [--examples DIR] [--out DIR] [--jobs N] [--calibration FILE]

				Runs the studies of every reference file in DIR (default dsl/examples; the tour is not a
				reference) and prints each expectation, measured against predicted, with pass or fail.
				Observations the solvers do not predict yet are listed as not addressed and do not count;
				one whose run failed, or ended (short, stop condition) before the cycle it is about, fails.
				Then lists the qualitative orderings the measurements establish that the predictions
				reverse, and ends with the line "N passed, M failed". Exits 1 when the pass rate is below
				the fidelity target (%s %%) or an ordering is wrong. Reports go to
				DIR/validate/STUDY/report.html. With --calibration FILE, lithos.cell uses the constants of FILE (as
				lithos calibrate writes it) instead of the shipped ones.
				""".formatted(Math.round(Fidelity.TARGET * 100));
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of("--examples", "--out", "--jobs", CalibrationOption.NAME),
				Set.of());
		if (!arguments.operands().isEmpty()) {
			throw new UsageException("validate takes no files; use --examples DIR");
		}
		Path examples = Path.of(arguments.option("--examples", "dsl/examples"));
		Path output = Path.of(arguments.option("--out", "lithos-out")).resolve("validate");
		int jobs = arguments.intOption("--jobs", Runtime.getRuntime().availableProcessors());
		Optional<String> calibration = CalibrationOption.install(arguments.option(CalibrationOption.NAME, null));
		if (calibration.isPresent()) {
			err.println("lithos validate: " + calibration.get());
			return 1;
		}
		List<Path> files = ReferenceFiles.in(examples);
		Optional<SolverRegistry> solvers = registry.get();
		if (solvers.isEmpty()) {
			err.println("lithos validate: no solver registry is available");
			return 1;
		}
		StudyRunner runner = new StudyRunner(solvers.get());
		List<Comparison> all = new ArrayList<>();
		for (Path file : files) {
			Optional<CompiledModel> compiled;
			try (var installed = SolverServices.teachValidator(registry)) {
				compiled = Compilation.compile(file, out, err);
			}
			if (compiled.isEmpty()) {
				return 1;
			}
			for (StudyInput study : compiled.get().getStudies()) {
				if (study.getExpectations().isEmpty()) {
					continue;
				}
				String simple = study.getName().replace('.', '_');
				RunOptions options = new RunOptions(output.resolve(simple), jobs, null, null, false);
				err.println("validate: " + study.getName() + " (" + study.getRuns().size() + (study.getRuns().size() == 1 ? " run)" : " runs)"));
				List<RunOutcome> outcomes;
				try {
					outcomes = runner.run(study, options, RunListener.NONE);
				} catch (OutputFolderException e) {
					err.println("lithos validate: " + e.getMessage());
					return 1;
				}
				all.addAll(Comparison.of(study, outcomes));
			}
		}
		print(all, out);
		long passed = all.stream().filter(c -> c.verdict() == Verdict.PASS).count();
		long failed = all.stream().filter(c -> c.verdict() == Verdict.FAIL).count();
		long open = all.size() - passed - failed;
		out.printf(Locale.ROOT, "fidelity: %.0f %% of %d addressed observations within their band (target %.0f %%); "
				+ "%d not addressed (%.0f %% of all %d); reports in %s%n",
				passed + failed == 0 ? 0.0 : 100.0 * passed / (passed + failed), passed + failed, Fidelity.TARGET * 100,
				open, all.isEmpty() ? 0.0 : 100.0 * passed / all.size(), all.size(), output);
		List<Orderings.Ordering> orderings = Orderings.of(all);
		long right = orderings.stream().filter(Orderings.Ordering::right).count();
		for (Orderings.Ordering wrong : orderings.stream().filter(o -> !o.right()).toList()) {
			out.println("ordering wrong in " + wrong.higher().study() + ": " + wrong.describe());
		}
		out.printf(Locale.ROOT, "orderings: %d of %d measured orderings (rankings and trends within a study, and the same run across the studies of one paper) right%n",
				right, orderings.size());
		out.println(passed + " passed, " + failed + " failed");
		return Fidelity.met(passed, failed, orderings.size() - right) ? 0 : 1;
	}

	private static void print(List<Comparison> comparisons, PrintStream out) {
		out.printf("%-34s %-28s %-28s %-22s %-16s %s%n", "study", "observable", "run", "measured", "predicted", "verdict");
		for (Comparison c : comparisons) {
			String observable = c.expectation().getObservable()
					+ (c.expectation().getCycle() >= 0 ? " @" + c.expectation().getCycle() : "");
			out.printf("%-34s %-28s %-28s %-22s %-16s %s%n", shorten(c.study(), 34), shorten(observable, 28),
					shorten(c.runId() == null ? "-" : c.runId(), 28), shorten(c.expectedText(), 22),
					shorten(c.predictedText(), 16), c.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
	}

	private static String shorten(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "~";
	}
}
