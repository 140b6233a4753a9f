package org.lithos.sim;

import java.nio.file.Path;

import org.lithos.model.SimulationResult;

/**
 * What happened to one run.
 *
 * @param runId   the input's id
 * @param state   finished, failed, cancelled or timed out
 * @param message why it failed, or a one-line summary
 * @param result  the result when it finished, else null
 * @param folder  where its files are, or null when nothing was written
 * @param seconds wall-clock time of the run
 */
public record RunOutcome(String runId, State state, String message, SimulationResult result, Path folder, double seconds) {

	/** Outcome kinds. */
	public enum State {
		/** The solver returned a result (which may itself report a short or a stop). */
		FINISHED,
		/** The solver threw or the input was unusable. */
		FAILED,
		/** The user interrupted the study before or during the run. */
		CANCELLED,
		/** The wall-clock limit ran out. */
		TIMED_OUT
	}

	/** @return whether a result exists */
	public boolean finished() {
		return state == State.FINISHED;
	}
}
