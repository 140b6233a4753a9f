package org.lithos.solver.api;

/**
 * Progress and cancellation between a solver and whoever runs it. Solvers call {@link #worked(long)} as they
 * go (e.g. once per step) and check {@link #isCancelled()} often enough that a cancel takes effect within a
 * fraction of a second.
 */
public interface ProgressMonitor {

	/** A monitor that ignores progress and never cancels. */
	ProgressMonitor NULL = ignoringProgress(false);

	/** A monitor that ignores progress and is cancelled from the start: a solver given it stops at its first check. */
	ProgressMonitor CANCELLED = ignoringProgress(true);

	/**
	 * @param task      what is being done, for display
	 * @param totalWork units of work to come (e.g. the number of steps), or -1 when unknown
	 */
	void begin(String task, long totalWork);

	/** @param work units of work done since the last call */
	void worked(long work);

	/** @return whether the run should stop as soon as possible */
	boolean isCancelled();

	/** @return a monitor that ignores progress and answers {@link #isCancelled()} with {@code cancelled} */
	private static ProgressMonitor ignoringProgress(boolean cancelled) {
		return new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				// ignored
			}

			@Override
			public void worked(long work) {
				// ignored
			}

			@Override
			public boolean isCancelled() {
				return cancelled;
			}
		};
	}
}
