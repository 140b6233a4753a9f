package org.lithos.ui.internal.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.lithos.dsl.workspace.Problem;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.Warnings;

/**
 * The lines `lithos run` prints, for the studio's console: diagnostics, one line per finished run (the command
 * line's non-terminal progress), the study's table of runs with the solvers' warnings, and where the results are.
 * Kept line for line with the command line's run command; a UI test runs a study both ways and compares them.
 */
final class RunTranscript {

	private final PrintStream out;
	private final PrintStream err;

	/**
	 * @param out where results go (the command line's standard output)
	 * @param err where progress and warnings go (its standard error)
	 */
	RunTranscript(PrintStream out, PrintStream err) {
		this.out = out;
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
		err.println(study + ": " + runs + (runs == 1 ? " run" : " runs"));
	}

	void runEnded(int done, int total, RunOutcome outcome) {
		err.printf("  [%d/%d] %s: %s (%.2f s)%n", done, total, outcome.runId(), outcome.state().name().toLowerCase(),
				outcome.seconds());
	}

	void studyEnded(String study, List<RunOutcome> outcomes) {
		out.println(study + ":");
		out.printf("  %-40s %-10s %8s  %s%n", "run", "state", "seconds", "result");
		for (RunOutcome outcome : outcomes) {
			out.printf(Locale.ROOT, "  %-40s %-10s %8.2f  %s%n", outcome.runId(), outcome.state().name().toLowerCase(),
					outcome.seconds(), outcome.message());
		}
		Warnings.of(outcomes).forEach((message, runs) -> out.printf(Locale.ROOT, "  warning (%d of %d runs): %s%n",
				runs, outcomes.size(), message));
	}

	void reportNotWritten(String message) {
		err.println("lithos run: cannot write the report: " + message);
	}

	void finished(Path output, long unfinished, int total) {
		out.println("results in " + output + (unfinished == 0 ? "" : "; " + unfinished + " of " + total
				+ " runs did not finish (listed above)"));
	}
}
