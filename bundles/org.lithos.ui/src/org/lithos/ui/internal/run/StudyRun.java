package org.lithos.ui.internal.run;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.lithos.model.StudyInput;
import org.lithos.sim.RunOutcome;

/**
 * One study run from the studio, as the Runs view lists it: which file and study, where its results go, how far it
 * got and how it ended. Updated from the job's thread and read from the UI thread, so every field is volatile and
 * every list is replaced, never changed.
 */
public final class StudyRun {

	/** Where a study run is. */
	public enum State {
		/** Started, not all runs ended yet. */
		RUNNING,
		/** Every run finished. */
		FINISHED,
		/** Some runs failed or timed out. */
		FAILED,
		/** Cancelled by the user; finished runs stay on disk. */
		CANCELLED
	}

	private final Path file;
	private final String study;
	private final Path output;
	private final Instant started;
	private volatile StudyInput input;
	private volatile State state = State.RUNNING;
	private volatile int total;
	private volatile int ended;
	private volatile Duration duration;
	private volatile List<RunOutcome> outcomes = List.of();

	/**
	 * @param file    the .cell file
	 * @param study   the study's simple name
	 * @param output  the study's output folder (one sub-folder per run)
	 * @param started when it started
	 */
	public StudyRun(Path file, String study, Path output, Instant started) {
		this.file = file;
		this.study = study;
		this.output = output;
		this.started = started;
	}

	/** @return the .cell file */
	public Path file() {
		return file;
	}

	/** @return the study's simple name */
	public String study() {
		return study;
	}

	/** @return the study's output folder, as `lithos run` lays it out */
	public Path output() {
		return output;
	}

	/** @return when it started */
	public Instant started() {
		return started;
	}

	/** @return the compiled study, empty for a run loaded from an earlier session */
	public Optional<StudyInput> input() {
		return Optional.ofNullable(input);
	}

	/** @return where it is */
	public State state() {
		return state;
	}

	/** @return the number of runs in the study */
	public int total() {
		return total;
	}

	/** @return the number of runs that ended so far */
	public int ended() {
		return ended;
	}

	/** @return the time it took, or has taken so far while running */
	public Duration duration() {
		Duration done = duration;
		return done != null ? done : Duration.between(started, Instant.now());
	}

	/** @return the outcomes of the ended runs, in the study's order once it ended */
	public List<RunOutcome> outcomes() {
		return outcomes;
	}

	/** @return whether the results of this session are in memory (so charts can be drawn) */
	public boolean hasResults() {
		return input != null && outcomes.stream().anyMatch(RunOutcome::finished);
	}

	void begin(StudyInput compiled) {
		this.input = compiled;
		this.total = compiled.getRuns().size();
	}

	void runEnded() {
		ended++;
	}

	void end(List<RunOutcome> all, boolean cancelled) {
		this.outcomes = List.copyOf(all);
		this.ended = all.size();
		this.duration = Duration.between(started, Instant.now());
		this.state = cancelled ? State.CANCELLED
				: all.stream().allMatch(RunOutcome::finished) ? State.FINISHED : State.FAILED;
	}

	/** Restores a run of an earlier session (no results in memory). */
	static StudyRun restored(Path file, String study, Path output, Instant started, State state, int total,
			Duration duration) {
		StudyRun run = new StudyRun(file, study, output, started);
		run.state = state;
		run.total = total;
		run.ended = total;
		run.duration = duration;
		return run;
	}

	@Override
	public String toString() {
		return study + " (" + file.getFileName() + "): " + state;
	}
}
