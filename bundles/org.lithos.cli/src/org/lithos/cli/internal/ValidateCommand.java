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
import org.lithos.sim.HeldOutScoring;
import org.lithos.sim.Orderings;
import org.lithos.sim.OutputFolderException;
import org.lithos.sim.RunListener;
import org.lithos.sim.RunOptions;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.StudyRunner;
import org.lithos.solver.api.SolverRegistry;
import org.osgi.service.component.annotations.Component;

/** {@code lithos validate}: every reference study, measured against predicted, with the fidelity verdict. */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + ValidateCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + ValidateCommand.SUMMARY })
public final class ValidateCommand implements Command {

	/** The word that selects the command. */
	static final String NAME = "validate";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "run every reference study and compare predictions with the measurements";

	private final Supplier<Optional<SolverRegistry>> registry;
	private final Supplier<Optional<HeldOutScoring>> scoring;

	/** Uses the solvers and the held-out scoring of the running framework. */
	public ValidateCommand() {
		this(SolverServices::registry, () -> FrameworkServices.all(HeldOutScoring.class).stream().findFirst());
	}

	/** @param registry where solvers come from; no held-out scoring (the fidelity target is then not met) */
	public ValidateCommand(Supplier<Optional<SolverRegistry>> registry) {
		this(registry, Optional::empty);
	}

	/**
	 * @param registry where solvers come from
	 * @param scoring  where the held-out scores come from (empty: none, and the target cannot be met)
	 */
	public ValidateCommand(Supplier<Optional<SolverRegistry>> registry, Supplier<Optional<HeldOutScoring>> scoring) {
		this.registry = registry;
		this.scoring = scoring;
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
				Usage: lithos validate [--examples DIR] [--out DIR] [--jobs N] [--calibration FILE]

				Runs the studies of every reference file in DIR (default dsl/examples; the tour is not a
				reference) and prints each expectation, measured against predicted, with pass or fail.
				Observations the solvers do not predict yet are listed as not addressed and do not count;
				one whose run failed, or ended (short, stop condition) before the cycle it is about, fails.
				Then lists the qualitative orderings the measurements establish that the predictions
				reverse, the training score, the cross-validated score (five folds of runs, each
				observation predicted by the shipped constants fitted without its fold), the leave-one-
				paper-out score and the number of fitted constants, and ends with the line "N passed,
				M failed" (training). Exits 1 when the cross-validated score is below the fidelity target
				(%s %%), the training score below %s %%, or an ordering is wrong. Reports go to
				DIR/validate/STUDY/report.html. With --calibration FILE, lithos.cell uses the constants of FILE (as
				lithos calibrate writes it) instead of the shipped ones for the training score.
				""".formatted(Math.round(Fidelity.TARGET * 100), Math.round(Fidelity.TRAINING_TARGET * 100));
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
		List<StudyInput> referenceStudies = new ArrayList<>();
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
				referenceStudies.add(study);
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
		out.printf(Locale.ROOT, "fidelity: %.0f %% of %d addressed observations within their band (training target %.0f %%); "
				+ "%d not addressed (%.0f %% of all %d); reports in %s%n",
				passed + failed == 0 ? 0.0 : 100.0 * passed / (passed + failed), passed + failed,
				Fidelity.TRAINING_TARGET * 100,
				open, all.isEmpty() ? 0.0 : 100.0 * passed / all.size(), all.size(), output);
		List<Orderings.Ordering> orderings = Orderings.of(all);
		long right = orderings.stream().filter(Orderings.Ordering::right).count();
		for (Orderings.Ordering wrong : orderings.stream().filter(o -> !o.right()).toList()) {
			out.println("ordering wrong in " + wrong.higher().study() + ": " + wrong.describe());
		}
		out.printf(Locale.ROOT, "orderings: %d of %d measured orderings (rankings and trends within a study, and the same run across the studies of one paper) right%n",
				right, orderings.size());
		out.printf(Locale.ROOT, "training: %d of %d (%.0f %%; target %.0f %%), with the shipped constants fitted to all of them%n",
				passed, passed + failed, passed + failed == 0 ? 0.0 : 100.0 * passed / (passed + failed),
				Fidelity.TRAINING_TARGET * 100);
		Optional<HeldOutScoring.Scores> heldOut = scoring.get().map(s -> s.score(referenceStudies));
		if (heldOut.isPresent()) {
			HeldOutScoring.Scores scores = heldOut.get();
			out.printf(Locale.ROOT, "cross-validated (%d folds of runs): %s (target %.0f %%)%s%n", scores.folds(),
					scores.crossValidated().describe(), Fidelity.TARGET * 100, missing(scores.crossValidated()));
			out.printf(Locale.ROOT, "leave one paper out: %s%s%n", scores.leaveOnePaperOut().describe(),
					missing(scores.leaveOnePaperOut()));
			out.printf(Locale.ROOT, "fitted constants: %d (fold fits: %s)%n", scores.fittedConstants(), scores.procedure());
		} else {
			out.println("cross-validated: no held-out scoring is available");
		}
		out.println(passed + " passed, " + failed + " failed");
		int within = heldOut.map(s -> s.crossValidated().within()).orElse(0);
		int scored = heldOut.map(s -> s.crossValidated().observations()).orElse(0);
		return Fidelity.met(passed, failed, within, scored, orderings.size() - right) ? 0 : 1;
	}

	private static String missing(HeldOutScoring.Score score) {
		return score.missing().isEmpty() ? ""
				: "; no shipped fit without " + String.join(", ", score.missing())
						+ " (their observations count as misses; lithos calibrate --hold-out all makes them)";
	}

	private static void print(List<Comparison> comparisons, PrintStream out) {
		out.printf("%-34s %-44s %-28s %-22s %-16s %s%n", "study", "observable", "run", "measured", "predicted", "verdict");
		for (Comparison c : comparisons) {
			String where = org.lithos.model.query.Addresses.describe(c.expectation());
			String observable = c.expectation().getObservable() + (where.isEmpty() ? "" : " " + where);
			out.printf("%-34s %-44s %-28s %-22s %-16s %s%n", shorten(c.study(), 34), shorten(observable, 44),
					shorten(c.runId() == null ? "-" : c.runId(), 28), shorten(c.expectedText(), 22),
					shorten(c.predictedText(), 16), c.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
	}

	private static String shorten(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "~";
	}
}
