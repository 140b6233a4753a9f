package org.lithos.solver.cell.internal.calibrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.CellFiles;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.model.CompiledModel;
import org.lithos.model.StudyInput;
import org.lithos.model.io.AtomicFiles;
import org.lithos.model.text.Suggest;
import org.lithos.solver.cell.Calibration;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code lithos calibrate}: fits global calibration constants of the cycling solver to the reference
 * observations with Hipparchus' CMA-ES (bounded, derivative-free, seeded), starting from the shipped values, and writes
 * the fitted parameter file with the residuals and the data used. Deterministic: the same data and options
 * give the same file, which is how the shipped defaults are reproduced.
 */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + CalibrateCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + CalibrateCommand.SUMMARY })
public final class CalibrateCommand implements Command {

	/** The word that selects the command. */
	static final String NAME = "calibrate";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "fit the cycling solver's global calibration constants to the reference data";

	@Reference
	private CellFiles files;

	/** For Declarative Services, which sets the language service. */
	public CalibrateCommand() {
	}

	/** @param files how reference files are found and compiled */
	public CalibrateCommand(CellFiles files) {
		this.files = files;
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
				Usage: lithos calibrate [--params NAME,NAME...] [--evaluations N] [--start FILE] [--examples DIR]
				                        [--out DIR] [--hold-out NAME|all]
				       lithos calibrate --data FILE [--study NAME] [--params NAME,...] [--cycles 1,2] [--out DIR]

				Minimises the number of observations outside their tolerance band (ties broken by the
				residuals, prediction - measurement in units of the band) over every
				addressed observation of the reference studies in DIR (default dsl/examples; the tour is not
				a reference), varying the named constants (default: all) within their bounds with the CMA-ES
				evolution strategy (Hipparchus, seeded; Brent for one constant), from the shipped values or those in FILE.
				The search is deterministic: the same start, constants and budget give the same file.
				Writes OUT/calibration.properties (the format the solver ships) and
				OUT/calibration-report.json (the constants before and after, each residual, and the
				observations with their sources). Default OUT: lithos-out/calibrate.

				Options:
				  --params LIST      comma-separated constant names (see --list); stages separated by ';'
				                     are fitted one after the other, each from the previous result
				  --evaluations N    objective evaluations allowed per stage (default 60; each runs every study)
				  --start FILE       start from the constants in FILE (a calibration.properties) instead
				  --list             print the constants with values and bounds, then stop
				  --sensitivity      for each constant, the papers whose observations move by a tenth of
				                     their band or more when it goes from its lower to its upper bound
				                     (the other constants at the start values), then stop
				  --held-out-report  for each observation, the predictions with the shipped (or --start)
				                     constants, the fold fit without its fold and the fit without its
				                     paper; for those within their band in training only, the constants
				                     whose training value alone brings the fold's prediction back; then
				                     stop
				  --data FILE        fit to the measured curves of FILE's study instead (data "..." for CELL):
				                     least squares (Levenberg-Marquardt) on voltage against capacity, of
				                     --params (default kinetics.j0Li,sei.conductivity); prints the fitted
				                     values with 95 % confidence intervals and the residuals, writes
				                     OUT/calibration.properties (for run --calibration) and OUT/residuals.csv
				                     (default OUT: lithos-out/calibrate-data)
				  --study NAME       with --data: the study whose data clause to fit (default: the first)
				  --cycles LIST      with --data: the cycles compared, e.g. 1,2,5 (default: the first three)
				  --iterations N     with --data: Levenberg-Marquardt iterations at most (default 30)
				  --hold-out NAME    fit without the observations of one hold-out (fold-1 .. fold-5: the
				                     runs dealt into five folds with a fixed seed; paper-KEY: one source)
				                     and write OUT/NAME.properties; "all" fits every hold-out in turn. The
				                     shipped fold fits (lithos validate's cross-validated and leave-one-
				                     paper-out scores) are these files, made with the command of the
				                     shipped calibration plus --hold-out all.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args,
				Set.of("--params", "--evaluations", "--start", "--examples", "--out", "--hold-out", "--data", "--study",
						"--cycles", "--iterations"),
				Set.of("--list", "--sensitivity", "--held-out-report"));
		Calibration start = Calibration.defaults();
		String startFile = arguments.option("--start", null);
		if (startFile != null) {
			try (InputStream in = Files.newInputStream(Path.of(startFile))) {
				start = Calibration.read(in);
			} catch (java.nio.file.NoSuchFileException e) {
				err.println("lithos calibrate: " + startFile + ": no such file");
				return 1;
			} catch (IOException | IllegalArgumentException e) {
				err.println("lithos calibrate: cannot read " + startFile + ": " + e.getMessage());
				return 1;
			}
		}
		if (arguments.flag("--list")) {
			for (String name : start.names()) {
				out.printf(Locale.ROOT, "%-40s %12.5g  [%.4g, %.4g]  %s%n", name, start.value(name), start.lower(name),
						start.upper(name), start.description(name));
			}
			return 0;
		}
		String params = arguments.option("--params", null);
		String data = arguments.option("--data", null);
		if (data != null) {
			return DataCalibration.run(files, Path.of(data), arguments.option("--study", null), params,
					arguments.option("--cycles", null), arguments.intOption("--iterations", 30), start,
					Path.of(arguments.option("--out", "lithos-out/calibrate-data")), out, err);
		}
		List<List<String>> stages = params == null ? List.of(start.names())
				: Arrays.stream(params.split(";")).map(stage -> Arrays.stream(stage.split(",")).map(String::trim)
						.filter(s -> !s.isEmpty()).toList()).filter(stage -> !stage.isEmpty()).toList();
		if (stages.isEmpty()) {
			throw new UsageException("--params names no constant (lithos calibrate --list shows them)");
		}
		for (List<String> stage : stages) {
			for (String name : stage) {
				if (!start.names().contains(name)) {
					throw new UsageException("unknown constant '" + name + "'"
							+ Suggest.didYouMean(name, start.names())
							+ " (lithos calibrate --list shows them)");
				}
			}
		}
		int evaluations = arguments.intOption("--evaluations", 60);
		Path examples = Path.of(arguments.option("--examples", "dsl/examples"));
		Path output = Path.of(arguments.option("--out", "lithos-out/calibrate"));
		List<StudyInput> studies = new ArrayList<>();
		for (Path file : files.references(examples)) {
			Optional<CompiledModel> compiled = files.compile(file, out, err);
			if (compiled.isEmpty()) {
				return 1;
			}
			compiled.get().getStudies().stream().filter(s -> !s.getExpectations().isEmpty()).forEach(studies::add);
		}
		if (arguments.flag("--sensitivity")) {
			Sensitivity.print(Calibrator.observations(studies), start, out);
			return 0;
		}
		if (arguments.flag("--held-out-report")) {
			HeldOutReport.print(Calibrator.observations(studies), start, out);
			return 0;
		}
		String holdOut = arguments.option("--hold-out", null);
		String startText = startFile == null ? " (starting from the values shipped at the time)" : " --start " + startFile;
		if (holdOut != null) {
			CrossValidation split = new CrossValidation(Calibrator.observations(studies));
			List<String> holdOuts = holdOut.equals("all") ? split.holdOuts() : List.of(holdOut);
			for (String name : holdOuts) {
				java.util.function.Predicate<Calibrator.Pair> held = split.heldOut(name);
				err.println("calibrate: without " + name);
				Calibrator.Fit fit = fitStages(studies, stages, start, evaluations, held.negate(), err);
				String command = command(stages, evaluations) + " --hold-out " + name;
				fit = new Calibrator.Fit(fit.calibration(), fit.startCost(), fit.cost(), fit.evaluations(),
						fit.startWithin(), fit.within(), fit.observations(), command, fit.rows());
				try {
					write(output, name, fit, startText);
				} catch (IOException e) {
					err.println("lithos calibrate: cannot write to " + output + ": " + e.getMessage());
					return 1;
				}
				out.printf(Locale.ROOT, "%s: within band %d -> %d of the %d fitted observations; wrote %s%n", name,
						fit.startWithin(), fit.within(), fit.observations(), output.resolve(name + ".properties"));
			}
			return 0;
		}
		// Stages fit one block of constants at a time, each from the previous stage's result: an evolution strategy
		// over a handful of related constants finds what one over all of them at once does not (tried: 65 at once,
		// 3000 evaluations, no gain; 9 at once, 600 evaluations, 76 -> 88 passes).
		Calibration current = start;
		Calibrator.Fit fit = null;
		int startWithin = -1;
		double startCost = Double.NaN;
		for (int i = 0; i < stages.size(); i++) {
			List<String> stage = stages.get(i);
			Calibrator calibrator = new Calibrator(studies, stage, current);
			err.println("calibrate: stage " + (i + 1) + " of " + stages.size() + ", " + stage.size() + " constants, "
					+ calibrator.observationCount() + " observations, at most " + evaluations + " evaluations");
			fit = calibrator.fit(evaluations, (evaluation, cost) -> err.printf(Locale.ROOT,
					"  evaluation %d: cost %.4g%n", evaluation, cost));
			if (i == 0) {
				startWithin = fit.startWithin();
				startCost = fit.startCost();
			}
			err.printf(Locale.ROOT, "  stage %d: within band %d -> %d%n", i + 1, fit.startWithin(), fit.within());
			current = fit.calibration();
		}
		String command = command(stages, evaluations);
		fit = new Calibrator.Fit(fit.calibration(), startCost, fit.cost(), fit.evaluations(), startWithin, fit.within(),
				fit.observations(), command, fit.rows());
		try {
			write(output, "calibration", fit, startText);
		} catch (IOException e) {
			err.println("lithos calibrate: cannot write to " + output + ": " + e.getMessage());
			return 1;
		}
		out.printf(Locale.ROOT, "cost %.4g -> %.4g after %d stage(s) of at most %d evaluations; within band %d -> %d of %d%n",
				fit.startCost(), fit.cost(), stages.size(), evaluations, fit.startWithin(), fit.within(),
				fit.observations());
		for (String name : stages.stream().flatMap(List::stream).distinct().toList()) {
			out.printf(Locale.ROOT, "  %-40s %12.5g -> %12.5g%n", name, start.value(name), fit.calibration().value(name));
		}
		out.println("wrote " + output.resolve("calibration.properties") + " and " + output.resolve("calibration-report.json"));
		return 0;
	}

	private static String command(List<List<String>> stages, int evaluations) {
		return "lithos calibrate --params \"" + String.join(";", stages.stream().map(stage -> String.join(",", stage))
				.toList()) + "\" --evaluations " + evaluations;
	}

	/** The stages one after the other, each from the previous result, over the observations the filter keeps. */
	private static Calibrator.Fit fitStages(List<StudyInput> studies, List<List<String>> stages, Calibration start,
			int evaluations, java.util.function.Predicate<Calibrator.Pair> fitted, PrintStream err) {
		Calibration current = start;
		Calibrator.Fit fit = null;
		int startWithin = -1;
		double startCost = Double.NaN;
		for (int i = 0; i < stages.size(); i++) {
			Calibrator calibrator = new Calibrator(studies, stages.get(i), current, fitted);
			fit = calibrator.fit(evaluations, (evaluation, cost) -> {
			});
			if (i == 0) {
				startWithin = fit.startWithin();
				startCost = fit.startCost();
			}
			err.printf(Locale.ROOT, "  stage %d of %d: within band %d -> %d of %d%n", i + 1, stages.size(),
					fit.startWithin(), fit.within(), fit.observations());
			current = fit.calibration();
		}
		return new Calibrator.Fit(fit.calibration(), startCost, fit.cost(), fit.evaluations(), startWithin, fit.within(),
				fit.observations(), fit.command(), fit.rows());
	}

	private static void write(Path folder, String file, Calibrator.Fit fit, String start) throws IOException {
		String properties = properties(fit.calibration(), "# Global calibration constants of lithos.cell, written by"
				+ " lithos calibrate.\n# Reproduce: " + fit.command() + start + '\n'
				+ String.format(Locale.ROOT, "# Observations within their band: %d -> %d of %d%n", fit.startWithin(),
						fit.within(), fit.observations()));
		AtomicFiles.write(folder.resolve(file + ".properties"),
				out -> out.write(properties.getBytes(StandardCharsets.UTF_8)));
		AtomicFiles.write(folder.resolve(file + "-report.json"), out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			fit.writeReport(writer);
			writer.flush();
		});
	}

	/**
	 * @param calibration constants
	 * @param header      comment lines, each ending with a line break
	 * @return the constants as a parameter file (the format the solver ships and --calibration reads)
	 */
	static String properties(Calibration calibration, String header) {
		StringBuilder properties = new StringBuilder(header);
		for (String name : calibration.names()) {
			properties.append("# ").append(calibration.description(name).replace('\n', ' ')).append('\n')
					.append(name).append(" = ").append(calibration.value(name)).append('\n');
		}
		return properties.toString();
	}
}
