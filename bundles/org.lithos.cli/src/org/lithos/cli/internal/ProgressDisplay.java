package org.lithos.cli.internal;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.lithos.sim.RunListener;
import org.lithos.sim.RunOutcome;

/**
 * Shows a study's progress: on a terminal a single redrawn bar (runs done, share of the running ones);
 * otherwise (CI, pipes) one plain line per finished run (for large sweeps: every tenth of the way and every run
 * that did not finish), so logs stay readable.
 */
final class ProgressDisplay implements RunListener {

	private static final int WIDTH = 30;

	private final PrintStream err;
	private final boolean terminal;
	private final String study;
	private final Map<String, Double> running = new ConcurrentHashMap<>();
	private final AtomicInteger ended = new AtomicInteger();
	private volatile int total;
	private long lastDraw;

	ProgressDisplay(PrintStream err, boolean terminal, String study) {
		this.err = err;
		this.terminal = terminal;
		this.study = study;
	}

	@Override
	public void studyStarted(int runs) {
		total = runs;
		if (!terminal) {
			err.println(study + ": " + runs + (runs == 1 ? " run" : " runs"));
		}
	}

	@Override
	public void progress(String runId, double fraction) {
		running.put(runId, fraction);
		draw(false);
	}

	@Override
	public void runEnded(RunOutcome outcome) {
		running.remove(outcome.runId());
		int done = ended.incrementAndGet();
		if (terminal) {
			draw(true);
			if (done == total) {
				err.println();
			}
		} else if (total <= RunCommand.LIST_LIMIT || !outcome.finished() || done == total
				|| done % Math.max(1, total / 10) == 0) {
			// a large sweep logs every tenth of the way and the runs that did not finish, not thousands of lines
			err.printf("  [%d/%d] %s: %s (%.2f s)%n", done, total, outcome.runId(), outcome.state().name().toLowerCase(),
					outcome.seconds());
		}
	}

	private synchronized void draw(boolean force) {
		if (!terminal) {
			return;
		}
		long now = System.nanoTime();
		if (!force && now - lastDraw < 100_000_000L) {
			return;
		}
		lastDraw = now;
		double partial = running.values().stream().mapToDouble(Double::doubleValue).sum();
		double fraction = total == 0 ? 1 : Math.min(1, (ended.get() + partial) / total);
		int filled = (int) Math.round(fraction * WIDTH);
		err.printf("\r%s [%s%s] %3.0f%%  %d/%d runs", study, "#".repeat(filled), " ".repeat(WIDTH - filled),
				fraction * 100, ended.get(), total);
		err.flush();
	}
}
