package org.lithos.sim.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;
import org.lithos.model.SweepValue;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.RunOutcome.State;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a study's {@code study.json}: how the study ended and, per run, its state, the reason when it did not
 * finish, and its folder (present only for finished runs). It is written last, so its presence means the folder
 * is complete for the run it describes.
 */
public final class StudyStatus {

	/** Identifies the layout of study.json; bumped on incompatible changes. */
	public static final String SCHEMA = "lithos-study/1";
	/** The file's name in a study folder. */
	public static final String FILE = "study.json";

	/** How a study ended, as study.json says it. */
	public enum Ending {
		/** Every run finished (a run that shorted or stopped early finished too). */
		FINISHED,
		/** Some runs failed or ran out of time; the others finished. */
		INCOMPLETE,
		/** The study was interrupted; runs that finished before are kept, the others are listed as cancelled. */
		CANCELLED;

		/** @return the word study.json uses */
		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private StudyStatus() {
	}

	/** @return how a study with these outcomes ended */
	public static Ending ending(List<RunOutcome> outcomes) {
		if (outcomes.stream().anyMatch(o -> o.state() == State.CANCELLED)) {
			return Ending.CANCELLED;
		}
		return outcomes.stream().allMatch(RunOutcome::finished) ? Ending.FINISHED : Ending.INCOMPLETE;
	}

	/**
	 * @param study    the study
	 * @param outcomes one per run, in the study's order
	 * @param started  when the study started
	 * @param folder   the folder to write study.json into
	 * @throws IOException when it cannot be written
	 */
	public static void write(StudyInput study, List<RunOutcome> outcomes, Instant started, Path folder)
			throws IOException {
		StoreFiles.writeJson(folder.resolve(FILE), json -> {
			json.beginObject();
			json.name("schema").value(SCHEMA);
			json.name("study").value(study.getName());
			json.name("title").value(study.getTitle());
			json.name("status").value(ending(outcomes).word());
			json.name("started").value(started.toString());
			json.name("ended").value(Instant.now().toString());
			json.name("counts").beginObject();
			for (State state : State.values()) {
				json.name(word(state)).value(outcomes.stream().filter(o -> o.state() == state).count());
			}
			json.endObject();
			json.name("runs").beginArray();
			for (int i = 0; i < outcomes.size(); i++) {
				RunOutcome outcome = outcomes.get(i);
				SimulationInput input = i < study.getRuns().size() ? study.getRuns().get(i) : null;
				json.beginObject();
				json.name("run").value(outcome.runId());
				json.name("state").value(word(outcome.state()));
				json.name("message").value(outcome.message());
				json.name("folder").value(outcome.finished() ? ResultStore.folderName(outcome.runId()) : null);
				StoreFiles.number(json, "solverSeconds", outcome.seconds());
				if (input != null) {
					values(json, "sweep", input.getSweep());
					values(json, "overrides", input.getOverrides());
				}
				json.endObject();
			}
			json.endArray();
			json.endObject();
		});
	}

	/** @return the word study.json uses for a run's state: finished, failed, cancelled, timedOut */
	public static String word(State state) {
		return switch (state) {
			case FINISHED -> "finished";
			case FAILED -> "failed";
			case CANCELLED -> "cancelled";
			case TIMED_OUT -> "timedOut";
		};
	}

	static void values(JsonWriter json, String name, List<SweepValue> values) throws IOException {
		json.name(name).beginObject();
		for (SweepValue value : values) {
			json.name(value.getName()).beginObject();
			StoreFiles.number(json, "value", value.getValue());
			json.name("unit").value(value.getUnit()).name("display").value(value.getDisplay());
			json.endObject();
		}
		json.endObject();
	}
}
