package org.lithos.sim.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

import org.lithos.solver.api.ProgressMonitor;

/**
 * A run's monitor: cancelled when the study is cancelled or the run's deadline passes; forwards progress as a
 * fraction, at most every 50 ms so listeners are not flooded.
 */
public final class RunMonitor implements ProgressMonitor {

	private static final long REPORT_INTERVAL_NANOS = 50_000_000L;

	private final AtomicBoolean studyCancelled;
	private final long deadlineNanos;
	private final DoubleConsumer progress;
	private volatile boolean timedOut;
	private long total = -1;
	private long done;
	private long lastReport;

	/**
	 * @param studyCancelled shared flag set when the whole study is interrupted
	 * @param deadlineNanos  {@link System#nanoTime()} after which the run is out of time, or Long.MAX_VALUE
	 * @param progress       receives the done fraction
	 */
	public RunMonitor(AtomicBoolean studyCancelled, long deadlineNanos, DoubleConsumer progress) {
		this.studyCancelled = studyCancelled;
		this.deadlineNanos = deadlineNanos;
		this.progress = progress;
	}

	@Override
	public void begin(String task, long totalWork) {
		total = totalWork;
		done = 0;
	}

	@Override
	public void worked(long work) {
		done += work;
		long now = System.nanoTime();
		if (total > 0 && now - lastReport > REPORT_INTERVAL_NANOS) {
			lastReport = now;
			progress.accept(Math.min(1.0, (double) done / total));
		}
	}

	@Override
	public boolean isCancelled() {
		if (System.nanoTime() - deadlineNanos > 0) {
			timedOut = true;
			return true;
		}
		return studyCancelled.get();
	}

	/** @return whether cancellation came from the deadline */
	public boolean timedOut() {
		return timedOut;
	}
}
