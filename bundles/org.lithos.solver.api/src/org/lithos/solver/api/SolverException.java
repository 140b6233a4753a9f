package org.lithos.solver.api;

/**
 * A run that could not be completed, with where it failed. The message says what happened in words a user
 * understands; {@link #getMessage()} adds the place.
 */
public class SolverException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What kind of failure. */
	public enum Kind {
		/** The input is not physical for this solver (e.g. a zero area), found before or during the run. */
		INVALID_INPUT,
		/** The numerics failed: divergence, NaN or infinite values. */
		DIVERGED,
		/** The monitor asked to stop. */
		CANCELLED,
		/** The wall-clock budget ran out. */
		TIMEOUT,
		/** No registered solver can run the input. */
		NO_SOLVER,
		/** A bug in the solver. */
		INTERNAL
	}

	private final Kind kind;
	private final String runId;
	private final int step;
	private final int cycle;

	/**
	 * @param kind    what kind of failure
	 * @param message what happened
	 * @param runId   the input's id, or null
	 * @param step    index of the step in the flattened protocol, -1 if not in a step
	 * @param cycle   cycle number (from 1), 0 if not in a cycle
	 * @param cause   underlying exception, or null
	 */
	public SolverException(Kind kind, String message, String runId, int step, int cycle, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.runId = runId;
		this.step = step;
		this.cycle = cycle;
	}

	/** @return what kind of failure */
	public Kind kind() {
		return kind;
	}

	/** @return the run id, or null */
	public String runId() {
		return runId;
	}

	/** @return the step index, -1 if none */
	public int step() {
		return step;
	}

	/** @return the cycle, 0 if none */
	public int cycle() {
		return cycle;
	}

	/** @return the message without the place */
	public String reason() {
		return super.getMessage();
	}

	@Override
	public String getMessage() {
		StringBuilder where = new StringBuilder();
		if (runId != null) {
			where.append("run ").append(runId);
		}
		if (step >= 0) {
			where.append(where.length() > 0 ? ", " : "").append("step ").append(step + 1);
		}
		if (cycle > 0) {
			where.append(where.length() > 0 ? ", " : "").append("cycle ").append(cycle);
		}
		return where.length() == 0 ? reason() : where + ": " + reason();
	}
}
