package org.lithos.sim.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.lithos.model.CathodeSpec;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CycleRecord;
import org.lithos.model.Event;
import org.lithos.model.EventKind;
import org.lithos.model.LiInventory;
import org.lithos.model.LithosFactory;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepRecord;
import org.lithos.model.StudyInput;
import org.lithos.model.Summary;
import org.lithos.model.SweepValue;
import org.lithos.sim.RunOutcome;
import org.lithos.units.Quantity;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A study folder read back from disk, as {@code lithos run} (or the studio) left it: {@code study.json} and, per
 * finished run, {@code result.json} and {@code series.csv}, turned back into the model (SI units) so that the chart
 * models of {@code org.lithos.charts} can be rebuilt from an earlier session's results. What the files do not hold
 * is absent: a run's protocol and materials and the study's {@code expect} and {@code plot} clauses. The deposit
 * snapshots of morphology runs come back from {@code morphology.json}, with the collector's names they are labelled
 * with.
 *
 * @param folder   the study folder
 * @param status   how the study ended: "finished", "incomplete" or "cancelled"
 * @param started  when it started
 * @param ended    when it ended
 * @param study    the study's name and title, and every run with its id, sweep values, overrides and cell (name,
 *                 format, area, cathode loading)
 * @param outcomes one per run, in the study's order; finished runs carry their result and folder
 */
public record StoredStudy(Path folder, String status, Instant started, Instant ended, StudyInput study,
		List<RunOutcome> outcomes) {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	/** @return the time from start to end */
	public Duration duration() {
		return Duration.between(started, ended);
	}

	/**
	 * @param folder a study folder
	 * @return whether it holds a study.json, i.e. a study that ended
	 */
	public static boolean isStudyFolder(Path folder) {
		return Files.isRegularFile(folder.resolve(StudyStatus.FILE));
	}

	/**
	 * Reads a study folder.
	 *
	 * @param folder a study folder ({@code OUT/STUDY})
	 * @return the study and its runs' results
	 * @throws IOException when a file cannot be read, or is not of the layout this version writes (the message names
	 *                     the file and the problem)
	 */
	public static StoredStudy read(Path folder) throws IOException {
		return read(folder, true);
	}

	/**
	 * Reads only a study folder's study.json: how the study ended, when, and its runs' states, without their results
	 * (quick enough to list every study of a workspace).
	 *
	 * @param folder a study folder
	 * @return the study; its outcomes carry no result
	 * @throws IOException when study.json cannot be read or is of another layout
	 */
	public static StoredStudy readStatus(Path folder) throws IOException {
		return read(folder, false);
	}

	private static StoredStudy read(Path folder, boolean withResults) throws IOException {
		Path file = folder.resolve(StudyStatus.FILE);
		JsonObject json = parse(file);
		schema(file, json, StudyStatus.SCHEMA);
		StudyInput study = F.createStudyInput();
		study.setName(text(file, json, "study"));
		study.setTitle(optionalText(json, "title"));
		List<RunOutcome> outcomes = new ArrayList<>();
		for (JsonElement element : array(file, json, "runs")) {
			JsonObject run = element.getAsJsonObject();
			SimulationInput input = F.createSimulationInput();
			input.setId(text(file, run, "run"));
			input.setCell(F.createCellSpec()); // named from result.json when the run has a folder
			input.getSweep().addAll(values(run, "sweep"));
			input.getOverrides().addAll(values(run, "overrides"));
			study.getRuns().add(input);
			RunOutcome.State state = state(file, text(file, run, "state"));
			String runFolder = optionalText(run, "folder");
			SimulationResult result = null;
			Path where = null;
			if (state == RunOutcome.State.FINISHED && runFolder != null) {
				where = folder.resolve(runFolder);
				result = withResults ? readRun(where, input) : null;
			}
			outcomes.add(new RunOutcome(input.getId(), state, optionalText(run, "message"), result, where,
					number(run, "solverSeconds")));
		}
		return new StoredStudy(folder, text(file, json, "status"), instant(file, json, "started"),
				instant(file, json, "ended"), study, List.copyOf(outcomes));
	}

	/**
	 * Reads one run's folder.
	 *
	 * @param folder the run's folder, with result.json and series.csv
	 * @param input  the run's input, whose cell is filled in from result.json (name, format, area, cathode loading)
	 * @return the result in SI units
	 * @throws IOException when a file is missing, unreadable or of another layout
	 */
	public static SimulationResult readRun(Path folder, SimulationInput input) throws IOException {
		Path file = folder.resolve("result.json");
		JsonObject json = parse(file);
		schema(file, json, ResultStore.SCHEMA);
		SimulationResult result = F.createSimulationResult();
		result.setInputId(text(file, json, "run"));
		result.setSolverId(optionalText(json, "solver"));
		RunStatus status = RunStatus.getByName(text(file, json, "status"));
		if (status == null) {
			throw new IOException(file + ": unknown status '" + text(file, json, "status") + "'");
		}
		result.setStatus(status);
		result.setMessage(optionalText(json, "message"));
		result.setWallTime(number(json, "wallTimeSeconds"));
		input.setCell(cell(file, json));
		MorphologyFile.read(folder, result, input.getCell());
		for (JsonElement element : array(file, json, "cycles")) {
			result.getCycles().add(cycle(element.getAsJsonObject()));
		}
		// optional: results written before steps were recorded, and solvers that keep none, have no steps
		if (json.has("steps") && json.get("steps").isJsonArray()) {
			for (JsonElement element : json.getAsJsonArray("steps")) {
				result.getSteps().add(step(element.getAsJsonObject()));
			}
		}
		for (JsonElement element : array(file, json, "events")) {
			result.getEvents().add(event(element.getAsJsonObject()));
		}
		if (json.has("summary") && json.get("summary").isJsonObject()) {
			result.setSummary(summary(json.getAsJsonObject("summary")));
		}
		Path series = folder.resolve("series.csv");
		if (Files.isRegularFile(series)) {
			result.getSeries().addAll(SeriesCsv.read(series));
		}
		return result;
	}

	private static CellSpec cell(Path file, JsonObject json) throws IOException {
		if (!json.has("cell") || !json.get("cell").isJsonObject()) {
			throw new IOException(file + ": no \"cell\" object");
		}
		JsonObject object = json.getAsJsonObject("cell");
		CellSpec cell = F.createCellSpec();
		cell.setName(optionalText(object, "name"));
		String format = optionalText(object, "format");
		if (format != null && CellFormat.getByName(format) != null) {
			cell.setFormat(CellFormat.getByName(format));
		}
		cell.setArea(number(object, "areaCm2") * 1e-4);
		double loading = number(object, ResultStore.ACTIVE_LOADING);
		if (loading > 0) {
			CathodeSpec cathode = F.createCathodeSpec();
			cathode.setActiveLoading(Quantity.of(loading, ResultStore.LOADING_UNIT).si());
			cell.setCathode(cathode);
		}
		return cell;
	}

	private static CycleRecord cycle(JsonObject json) {
		CycleRecord cycle = F.createCycleRecord();
		cycle.setIndex(json.get("index").getAsInt());
		cycle.setChargeCapacity(areal(number(json, "chargeCapacity")));
		cycle.setDischargeCapacity(areal(number(json, "dischargeCapacity")));
		cycle.setSpecificChargeCapacity(specific(number(json, "specificChargeCapacity")));
		cycle.setSpecificDischargeCapacity(specific(number(json, "specificDischargeCapacity")));
		cycle.setCoulombicEfficiency(number(json, "coulombicEfficiency") / 100);
		cycle.setPlatingOverpotential(number(json, "platingOverpotential") / 1000);
		cycle.setStrippingOverpotential(number(json, "strippingOverpotential") / 1000);
		cycle.setNucleationOverpotential(number(json, "nucleationOverpotential") / 1000);
		cycle.setEndTime(number(json, "endTime") * 3600);
		if (json.has("inventory") && json.get("inventory").isJsonObject()) {
			JsonObject parts = json.getAsJsonObject("inventory");
			LiInventory li = F.createLiInventory();
			li.setCathode(areal(number(parts, "cathode")));
			li.setCounter(areal(number(parts, "counter")));
			li.setPlated(areal(number(parts, "plated")));
			li.setDead(areal(number(parts, "dead")));
			li.setSei(areal(number(parts, "sei")));
			li.setAlloy(areal(number(parts, "alloy")));
			li.setConversion(areal(number(parts, "conversion")));
			li.setCracks(areal(number(parts, "cracks")));
			li.setElectrolyte(areal(number(parts, "electrolyte")));
			cycle.setInventory(li);
		}
		return cycle;
	}

	private static StepRecord step(JsonObject json) {
		StepRecord step = F.createStepRecord();
		step.setIndex(json.get("index").getAsInt());
		step.setCycle(json.get("cycle").getAsInt());
		step.setOverpotential(number(json, "overpotential") / 1000);
		step.setNucleationOverpotential(number(json, "nucleationOverpotential") / 1000);
		step.setInitialVoltage(number(json, "initialVoltage"));
		return step;
	}

	private static Event event(JsonObject json) {
		Event event = F.createEvent();
		EventKind kind = EventKind.getByName(optionalText(json, "kind"));
		if (kind != null) {
			event.setKind(kind);
		}
		event.setCycle(json.has("cycle") && !json.get("cycle").isJsonNull() ? json.get("cycle").getAsInt() : 0);
		event.setStep(json.has("step") && !json.get("step").isJsonNull() ? json.get("step").getAsInt() : 0);
		event.setTime(number(json, "time") * 3600);
		event.setCapacity(areal(number(json, "capacity")));
		event.setMessage(optionalText(json, "message"));
		return event;
	}

	private static Summary summary(JsonObject json) {
		Summary summary = F.createSummary();
		summary.setFirstCycleEfficiency(number(json, "firstCycleEfficiency") / 100);
		summary.setAverageEfficiency(number(json, "averageEfficiency") / 100);
		summary.setCycleLife(json.has("cycleLife") && !json.get("cycleLife").isJsonNull()
				? json.get("cycleLife").getAsInt() : 0);
		summary.setCapacityRetention(number(json, "capacityRetention") / 100);
		summary.setShortCircuitCycle(json.has("shortCircuitCycle") && !json.get("shortCircuitCycle").isJsonNull()
				? json.get("shortCircuitCycle").getAsInt() : 0);
		summary.setShortCircuitCapacity(areal(number(json, "shortCircuitCapacity")));
		return summary;
	}

	private static List<SweepValue> values(JsonObject json, String name) {
		List<SweepValue> values = new ArrayList<>();
		if (json.has(name) && json.get(name).isJsonObject()) {
			for (var entry : json.getAsJsonObject(name).entrySet()) {
				JsonObject object = entry.getValue().getAsJsonObject();
				SweepValue value = F.createSweepValue();
				value.setName(entry.getKey());
				value.setValue(number(object, "value"));
				value.setUnit(optionalText(object, "unit"));
				value.setDisplay(optionalText(object, "display"));
				values.add(value);
			}
		}
		return values;
	}

	private static RunOutcome.State state(Path file, String word) throws IOException {
		for (RunOutcome.State state : RunOutcome.State.values()) {
			if (StudyStatus.word(state).equals(word)) {
				return state;
			}
		}
		throw new IOException(file + ": unknown run state '" + word + "'");
	}

	private static double areal(double mAhPerCm2) {
		return Quantity.of(mAhPerCm2, "mAh/cm2").si();
	}

	private static double specific(double mAhPerG) {
		return Quantity.of(mAhPerG, "mAh/g").si();
	}

	private static JsonObject parse(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			JsonElement json = JsonParser.parseReader(reader);
			if (!json.isJsonObject()) {
				throw new IOException(file + ": not a JSON object");
			}
			return json.getAsJsonObject();
		} catch (NoSuchFileException e) {
			throw new IOException(file + ": no such file", e);
		} catch (JsonParseException | IllegalStateException e) {
			throw new IOException(file + ": not valid JSON (" + e.getMessage() + ")", e);
		}
	}

	private static void schema(Path file, JsonObject json, String expected) throws IOException {
		String schema = optionalText(json, "schema");
		if (!expected.equals(schema)) {
			throw new IOException(file + ": schema '" + schema + "', this version reads '" + expected + "'");
		}
	}

	private static String text(Path file, JsonObject json, String name) throws IOException {
		String text = optionalText(json, name);
		if (text == null) {
			throw new IOException(file + ": no \"" + name + "\"");
		}
		return text;
	}

	private static String optionalText(JsonObject json, String name) {
		return json.has(name) && !json.get(name).isJsonNull() ? json.get(name).getAsString() : null;
	}

	private static double number(JsonObject json, String name) {
		return json.has(name) && !json.get(name).isJsonNull() ? json.get(name).getAsDouble() : Double.NaN;
	}

	private static Iterable<JsonElement> array(Path file, JsonObject json, String name) throws IOException {
		if (!json.has(name) || !json.get(name).isJsonArray()) {
			throw new IOException(file + ": no \"" + name + "\" array");
		}
		return json.getAsJsonArray(name);
	}

	private static Instant instant(Path file, JsonObject json, String name) throws IOException {
		try {
			return Instant.parse(text(file, json, name));
		} catch (DateTimeParseException e) {
			throw new IOException(file + ": \"" + name + "\" is not a time: " + e.getParsedString(), e);
		}
	}
}
