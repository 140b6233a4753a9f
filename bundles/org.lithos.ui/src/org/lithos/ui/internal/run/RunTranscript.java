package org.lithos.ui.internal.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.lithos.dsl.workspace.Problem;
import org.lithos.sim.ChartLevel;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.Warnings;

/**
 * The lines `lithos run` prints, for the studio's console: diagnostics, one line per finished run (the command
 * line's non-terminal progress), the study's table of runs with the solvers' warnings, and where the results are.
 * Kept line for line with the command line's run command; a UI test runs a study both ways and compares them.
 */
final class RunTranscript {

	/** Above this many runs a study's table lists only the runs that did not finish (the command line's limit). */
	static final int LIST_LIMIT = ChartLevel.ALL_UP_TO;

	private final PrintStream out;
	private final PrintStream progress;
	private final PrintStream err;

	/**
	 * The command line prints progress and problems alike on standard error; the studio's console tells them apart
	 * by colour, so a study's progress does not look like an error.
	 *
	 * @param out      where results go (the command line's standard output)
	 * @param progress where a study's start and its finished runs go (standard error on the command line)
	 * @param err      where warnings, problems and runs that did not finish go (its standard error)
	 */
	RunTranscript(PrintStream out, PrintStream progress, PrintStream err) {
		this.out = out;
		this.progress = progress;
		this.err = err;
	}

	void problem(Problem problem) {
		(problem.isError() ? out : err).println(problem.format());
	}

	void notCompiled(Path file) {
		err.println("not compiled: " + file + " has errors");
	}

	void compileError(Path file, int line, String message) {
		out.println(file + ":" + line + ":1: error: " + message);
	}

	void noStudies(Path file) {
		err.println("lithos run: " + file + " has no studies to run");
	}

	void noRegistry() {
		err.println("lithos run: no solver registry is available (Declarative Services is not running)");
	}

	void studyStarted(String study, int runs) {
		progress.println(study + ": " + runs + (runs == 1 ? " run" : " runs"));
	}

	void runEnded(int done, int total, RunOutcome outcome) {
		// a large sweep logs every tenth of the way and the runs that did not finish
		if (total <= LIST_LIMIT || !outcome.finished() || done == total || done % Math.max(1, total / 10) == 0) {
			(outcome.finished() ? progress : err).printf("  [%d/%d] %s: %s (%.2f s)%n", done, total, outcome.runId(),
					outcome.state().name().toLowerCase(), outcome.seconds());
		}
	}

	void studyEnded(String study, List<RunOutcome> outcomes) {
		out.println(study + ":");
		boolean all = outcomes.size() <= LIST_LIMIT;
		if (!all) {
			Map<String, Long> counts = new TreeMap<>();
			outcomes.forEach(o -> counts.merge(o.state().name().toLowerCase(Locale.ROOT), 1L, Long::sum));
			out.println("  " + outcomes.size() + " runs: " + counts.entrySet().stream()
					.map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
		}
		List<RunOutcome> listed = all ? outcomes
				: outcomes.stream().filter(o -> !o.finished()).limit(LIST_LIMIT).toList();
		if (!listed.isEmpty()) {
			out.printf("  %-40s %-10s %9s  %s%n", "run", "state", "solver s", "result");
		}
		for (RunOutcome outcome : listed) {
			out.printf(Locale.ROOT, "  %-40s %-10s %9.2f  %s%n", outcome.runId(), outcome.state().name().toLowerCase(),
					outcome.seconds(), outcome.message());
		}
		Warnings.of(outcomes).forEach((message, runs) -> out.printf(Locale.ROOT, "  warning (%d of %d runs): %s%n",
				runs, outcomes.size(), message));
	}

	void refused(String message) {
		err.println("lithos run: " + message);
	}

	void indexNotWritten(Path output, String message) {
		err.println("lithos run: cannot write the index of " + output + ": " + message);
	}

	void finished(Path output, long unfinished, int total) {
		out.println("results in " + output + (unfinished == 0 ? "" : "; " + unfinished + " of " + total
				+ (total == 1 ? " run" : " runs") + " did not finish (see study.json)"));
	}

	void interrupted() {
		err.println("lithos run: interrupted; finished runs are kept, the others are listed as cancelled");
	}
}
