package org.lithos.sim;

/** Progress of a study, for progress bars and logs. Called from worker threads. */
public interface RunListener {

	/** A listener that ignores everything. */
	RunListener NONE = new RunListener() {
	};

	/**
	 * @param runs total number of runs
	 */
	default void studyStarted(int runs) {
	}

	/**
	 * @param runId    the run
	 * @param fraction how much of it is done, 0..1
	 */
	default void progress(String runId, double fraction) {
	}

	/** @param outcome a run that ended, in whatever way */
	default void runEnded(RunOutcome outcome) {
	}
}
