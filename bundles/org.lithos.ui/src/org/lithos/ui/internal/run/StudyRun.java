package org.lithos.ui.internal.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lithos.model.StudyInput;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.store.StoredStudy;
import org.lithos.sim.store.StudyStatus;

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

	/** {@link #finished()} of a study an earlier version ran, which did not record it. */
	public static final int UNKNOWN = -1;

	private final Path file;
	private final String study;
	private final Path output;
	private final Instant started;
	private volatile StudyInput input;
	private volatile State state = State.RUNNING;
	private volatile int total;
	private volatile int ended;
	private volatile int finished;
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

	/** @return the compiled study (as read back, for a run of an earlier session), empty until it is known */
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

	/**
	 * @return the number of runs that finished so far (results on disk), those failed or cancelled not counted;
	 *         {@link #UNKNOWN} for a study an earlier version ran that did not finish
	 */
	public int finished() {
		return finished;
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

	/**
	 * @return whether charts can be drawn: the results are in memory, or the study's folder on disk holds what
	 *         {@link #loadResults()} reads
	 */
	public boolean hasResults() {
		if (input != null) {
			return outcomes.stream().anyMatch(RunOutcome::finished);
		}
		return state != State.RUNNING && StoredStudy.isStudyFolder(output);
	}

	/**
	 * Reads the results of a study run of an earlier session from its folder, once, with the study's expectations
	 * and plots from its .cell file when that still defines the same runs; a run of this session has them in memory
	 * already.
	 *
	 * @throws IOException when the folder's files cannot be read (the message names the file)
	 */
	public synchronized void loadResults() throws IOException {
		if (input != null) {
			return;
		}
		StoredStudy stored = StoredStudy.read(output);
		StudyQuestions.addFromFile(file, stored.study());
		outcomes = stored.outcomes();
		total = outcomes.size();
		ended = total;
		finished = (int) outcomes.stream().filter(RunOutcome::finished).count();
		input = stored.study();
	}

	void begin(StudyInput compiled) {
		this.input = compiled;
		this.total = compiled.getRuns().size();
	}

	void runEnded(RunOutcome outcome) {
		ended++;
		if (outcome.finished()) {
			finished++;
		}
	}

	void end(List<RunOutcome> all, boolean cancelled) {
		this.outcomes = List.copyOf(all);
		this.ended = all.size();
		this.finished = (int) all.stream().filter(RunOutcome::finished).count();
		this.duration = Duration.between(started, Instant.now());
		this.state = cancelled ? State.CANCELLED
				: all.stream().allMatch(RunOutcome::finished) ? State.FINISHED : State.FAILED;
	}

	/**
	 * A study found in an output folder (its results are read by {@link #loadResults()} when needed).
	 *
	 * @param file   the .cell file it was run from (it may no longer exist)
	 * @param status the study folder's study.json
	 * @return the study run, ended
	 */
	static StudyRun stored(Path file, StoredStudy status) {
		State state = switch (StudyStatus.Ending.valueOf(status.status().toUpperCase(Locale.ROOT))) {
			case FINISHED -> State.FINISHED;
			case INCOMPLETE -> State.FAILED;
			case CANCELLED -> State.CANCELLED;
		};
		String name = status.study().getName();
		return restored(file, name.substring(name.lastIndexOf('.') + 1), status.folder(), status.started(), state,
				status.outcomes().size(), (int) status.outcomes().stream().filter(RunOutcome::finished).count(),
				status.duration());
	}

	/** Restores a run of an earlier session (no results in memory). */
	static StudyRun restored(Path file, String study, Path output, Instant started, State state, int total,
			int finished, Duration duration) {
		StudyRun run = new StudyRun(file, study, output, started);
		run.state = state;
		run.total = total;
		run.ended = total;
		run.finished = finished;
		run.duration = duration;
		return run;
	}

	@Override
	public String toString() {
		return study + " (" + file.getFileName() + "): " + state;
	}
}
