package org.lithos.sim.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.lithos.model.CathodeSpec;
import org.lithos.model.CycleRecord;
import org.lithos.model.Event;
import org.lithos.model.LiInventory;
import org.lithos.model.Series;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepRecord;
import org.lithos.model.Summary;
import org.lithos.model.SweepValue;
import org.lithos.units.Dimension;
import org.lithos.units.Quantity;
import org.lithos.units.SignificantDigits;

import com.google.gson.stream.JsonWriter;

/**
 * Writes one run's files: {@code result.json} in the units papers use (capacities in mAh/cm2 and mAh/g,
 * efficiencies in %, overpotentials in mV, voltages in V, times in h; the {@code units} object states them), {@code cycles.csv}
 * with the same columns, {@code series.csv} with the time series and, for cycling runs, the same series in the Battery
 * Data Format ({@code series.bdf.csv}), and for morphology runs the deposit snapshots ({@link MorphologyFile}). Each
 * file is written atomically.
 */
public final class ResultStore {

	/** Identifies the layout of result.json; bumped on incompatible changes. */
	public static final String SCHEMA = "lithos-result/2";
	/** The file of a run's predicted series in the Battery Data Format. */
	public static final String BDF_FILE = "series.bdf.csv";

	/** The key of a cell's cathode active loading in result.json's "cell" (null without a cathode). */
	static final String ACTIVE_LOADING = "activeLoadingMgCm2";
	/** The unit of {@link #ACTIVE_LOADING}. */
	static final String LOADING_UNIT = "mg/cm2";

	/** Six significant digits, as papers and cyclers give their numbers; the series are model output, not state. */
	private static final SignificantDigits NUMBERS = new SignificantDigits(6);

	private static final String[] INVENTORY = { "cathode", "counter", "plated", "dead", "sei", "alloy", "conversion",
			"cracks", "electrolyte" };

	private ResultStore() {
	}

	/** @return a folder name for a run id that every file system accepts */
	public static String folderName(String runId) {
		return runId.replace("%", "pct").replaceAll("[^A-Za-z0-9._=@,+-]", "_");
	}

	/**
	 * @param input  the run's input (for the cell and sweep)
	 * @param result its result
	 * @param folder the run's folder, created if missing
	 * @throws IOException when a file cannot be written; files written before stay complete
	 */
	public static void write(SimulationInput input, SimulationResult result, Path folder) throws IOException {
		StoreFiles.writeJson(folder.resolve("result.json"), json -> writeJson(input, result, json));
		StoreFiles.writeText(folder.resolve("cycles.csv"), writer -> writeCycles(result, writer));
		StoreFiles.writeText(folder.resolve("series.csv"), writer -> writeSeries(result.getSeries(), writer));
		MorphologyFile.write(input, result, folder);
		if (PredictedBdf.possible(result)) {
			StoreFiles.writeText(folder.resolve(BDF_FILE), writer -> PredictedBdf.write(input, result, writer));
		}
	}

	static double mAhPerCm2(double si) {
		return Quantity.ofSi(si, Dimension.AREAL_CAPACITY).in("mAh/cm2");
	}

	static double mAhPerG(double si) {
		return Quantity.ofSi(si, Dimension.SPECIFIC_CAPACITY).in("mAh/g");
	}

	private static void writeJson(SimulationInput input, SimulationResult result, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("schema").value(SCHEMA);
		json.name("run").value(input.getId());
		json.name("solver").value(result.getSolverId());
		json.name("status").value(result.getStatus().getName());
		json.name("message").value(result.getMessage());
		StoreFiles.number(json, "wallTimeSeconds", result.getWallTime());
		json.name("units").beginObject();
		json.name("capacity").value("mAh/cm2").name("specificCapacity").value("mAh/g").name("efficiency").value("%")
				.name("overpotential").value("mV").name("voltage").value("V").name("time").value("h").name("inventory")
				.value("mAh/cm2");
		json.endObject();
		json.name("cell").beginObject();
		json.name("name").value(input.getCell().getName());
		json.name("format").value(input.getCell().getFormat().getName());
		StoreFiles.number(json, "areaCm2", input.getCell().getArea() * 1e4);
		CathodeSpec cathode = input.getCell().getCathode();
		StoreFiles.number(json, ACTIVE_LOADING, cathode == null ? Double.NaN
				: Quantity.ofSi(cathode.getActiveLoading(), Dimension.AREAL_MASS).in(LOADING_UNIT));
		json.endObject();
		json.name("sweep").beginObject();
		for (SweepValue value : input.getSweep()) {
			json.name(value.getName()).beginObject();
			StoreFiles.number(json, "value", value.getValue());
			json.name("unit").value(value.getUnit()).name("display").value(value.getDisplay());
			json.endObject();
		}
		json.endObject();
		StudyStatus.values(json, "overrides", input.getOverrides());
		// before the first step; every cycle's inventory sums to the same total (Li is conserved)
		json.name("initialInventory");
		writeInventory(result.getInitialInventory(), json);
		json.name("cycles").beginArray();
		for (CycleRecord cycle : result.getCycles()) {
			writeCycle(cycle, json);
		}
		json.endArray();
		json.name("steps").beginArray();
		for (StepRecord step : result.getSteps()) {
			json.beginObject();
			json.name("index").value(step.getIndex());
			json.name("cycle").value(step.getCycle());
			StoreFiles.number(json, "overpotential", step.getOverpotential() * 1000);
			StoreFiles.number(json, "nucleationOverpotential", step.getNucleationOverpotential() * 1000);
			StoreFiles.number(json, "initialVoltage", step.getInitialVoltage());
			json.endObject();
		}
		json.endArray();
		json.name("events").beginArray();
		for (Event event : result.getEvents()) {
			json.beginObject();
			json.name("kind").value(event.getKind().getName());
			json.name("cycle").value(event.getCycle());
			json.name("step").value(event.getStep());
			StoreFiles.number(json, "time", event.getTime() / 3600);
			StoreFiles.number(json, "capacity", mAhPerCm2(event.getCapacity()));
			json.name("message").value(event.getMessage());
			json.endObject();
		}
		json.endArray();
		json.name("summary");
		writeSummary(input, result, json);
		json.endObject();
	}

	private static void writeCycle(CycleRecord cycle, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("index").value(cycle.getIndex());
		StoreFiles.number(json, "chargeCapacity", mAhPerCm2(cycle.getChargeCapacity()));
		StoreFiles.number(json, "dischargeCapacity", mAhPerCm2(cycle.getDischargeCapacity()));
		StoreFiles.number(json, "specificChargeCapacity", mAhPerG(cycle.getSpecificChargeCapacity()));
		StoreFiles.number(json, "specificDischargeCapacity", mAhPerG(cycle.getSpecificDischargeCapacity()));
		StoreFiles.number(json, "coulombicEfficiency", cycle.getCoulombicEfficiency() * 100);
		StoreFiles.number(json, "platingOverpotential", cycle.getPlatingOverpotential() * 1000);
		StoreFiles.number(json, "strippingOverpotential", cycle.getStrippingOverpotential() * 1000);
		StoreFiles.number(json, "nucleationOverpotential", cycle.getNucleationOverpotential() * 1000);
		StoreFiles.number(json, "endTime", cycle.getEndTime() / 3600);
		json.name("inventory");
		writeInventory(cycle.getInventory(), json);
		json.endObject();
	}

	/** The Li pools in mAh/cm2 and their {@code total}; null when the solver keeps no inventory. */
	private static void writeInventory(LiInventory inventory, JsonWriter json) throws IOException {
		if (inventory == null) {
			json.nullValue();
			return;
		}
		json.beginObject();
		double[] values = inventory(inventory);
		double total = 0;
		for (int i = 0; i < INVENTORY.length; i++) {
			StoreFiles.number(json, INVENTORY[i], mAhPerCm2(values[i]));
			total += values[i];
		}
		StoreFiles.number(json, "total", mAhPerCm2(total));
		json.endObject();
	}

	/**
	 * The summary, with what a number cannot say on its own made explicit: {@code cycleLifeReached} is false when the
	 * protocol ran out before the cell failed (the life is then only a lower bound); the capacity retention of a half
	 * or symmetric cell is null (its strips return more than the first one once the first cycle's loss is paid,
	 * which is no retention of a capacity); the short-circuit cycle and capacity are both null without a short.
	 */
	private static void writeSummary(SimulationInput input, SimulationResult result, JsonWriter json) throws IOException {
		Summary summary = result.getSummary();
		if (summary == null) {
			json.nullValue();
			return;
		}
		json.beginObject();
		StoreFiles.number(json, "firstCycleEfficiency", summary.getFirstCycleEfficiency() * 100);
		StoreFiles.number(json, "averageEfficiency", summary.getAverageEfficiency() * 100);
		json.name("cycleLife").value(summary.getCycleLife());
		json.name("cycleLifeReached").value(lifeReached(result));
		boolean full = input.getCell().getFormat() == org.lithos.model.CellFormat.FULL;
		StoreFiles.number(json, "capacityRetention", full ? summary.getCapacityRetention() * 100 : Double.NaN);
		boolean shorted = summary.getShortCircuitCycle() > 0;
		json.name("shortCircuitCycle");
		if (shorted) {
			json.value(summary.getShortCircuitCycle());
		} else {
			json.nullValue();
		}
		StoreFiles.number(json, "shortCircuitCapacity",
				shorted ? mAhPerCm2(summary.getShortCircuitCapacity()) : Double.NaN);
		// soft shorts (erratic voltage, fluctuating efficiency) apart from a hard short; null when none
		var onset = result.getEvents().stream().filter(e -> e.getKind() == org.lithos.model.EventKind.INSTABILITY)
				.findFirst();
		json.name("instabilityOnsetCycle");
		if (onset.isPresent()) {
			json.value(onset.get().getCycle());
		} else {
			json.nullValue();
		}
		StoreFiles.number(json, "instabilityOnsetTime", onset.map(e -> e.getTime() / 3600).orElse(Double.NaN));
		json.endObject();
	}

	/** @return whether the run ended by a short or a stop condition, so its cycle life is a prediction, not a cut-off */
	public static boolean lifeReached(SimulationResult result) {
		return result.getStatus() != org.lithos.model.RunStatus.COMPLETED || result.getEvents().stream()
				.anyMatch(e -> e.getKind() == org.lithos.model.EventKind.SHORT_CIRCUIT);
	}

	static double[] inventory(LiInventory inventory) {
		if (inventory == null) {
			double[] none = new double[INVENTORY.length];
			java.util.Arrays.fill(none, Double.NaN);
			return none;
		}
		return new double[] { inventory.getCathode(), inventory.getCounter(), inventory.getPlated(), inventory.getDead(),
				inventory.getSei(), inventory.getAlloy(), inventory.getConversion(), inventory.getCracks(),
				inventory.getElectrolyte() };
	}

	private static void writeCycles(SimulationResult result, Writer out) throws IOException {
		out.write("cycle,charge_mAh_cm2,discharge_mAh_cm2,specific_charge_mAh_g,specific_discharge_mAh_g,ce_percent,"
				+ "plating_mV,stripping_mV,nucleation_mV,end_time_h");
		for (String channel : INVENTORY) {
			out.write(",li_" + channel + "_mAh_cm2");
		}
		out.write('\n');
		for (CycleRecord cycle : result.getCycles()) {
			StringBuilder line = new StringBuilder().append(cycle.getIndex());
			csv(line, mAhPerCm2(cycle.getChargeCapacity()));
			csv(line, mAhPerCm2(cycle.getDischargeCapacity()));
			csv(line, mAhPerG(cycle.getSpecificChargeCapacity()));
			csv(line, mAhPerG(cycle.getSpecificDischargeCapacity()));
			csv(line, cycle.getCoulombicEfficiency() * 100);
			csv(line, cycle.getPlatingOverpotential() * 1000);
			csv(line, cycle.getStrippingOverpotential() * 1000);
			csv(line, cycle.getNucleationOverpotential() * 1000);
			csv(line, cycle.getEndTime() / 3600);
			for (double value : inventory(cycle.getInventory())) {
				csv(line, mAhPerCm2(value));
			}
			out.write(line.append('\n').toString());
		}
	}

	private static void writeSeries(List<Series> series, Writer out) throws IOException {
		int rows = series.stream().mapToInt(s -> s.getValues() == null ? 0 : s.getValues().length).max().orElse(0);
		StringBuilder header = new StringBuilder();
		for (Series column : series) {
			header.append(header.length() == 0 ? "" : ",").append(SeriesCsv.header(column.getName(), column.getUnit()));
		}
		out.write(header.append('\n').toString());
		StringBuilder line = new StringBuilder();
		for (int row = 0; row < rows; row++) {
			line.setLength(0);
			for (int c = 0; c < series.size(); c++) {
				double[] values = series.get(c).getValues();
				if (c > 0) {
					line.append(',');
				}
				if (values != null && row < values.length && Double.isFinite(values[row])) {
					NUMBERS.append(line, values[row]);
				}
			}
			out.write(line.append('\n').toString());
		}
	}

	private static void csv(StringBuilder line, double value) {
		line.append(',');
		if (Double.isFinite(value)) {
			NUMBERS.append(line, value);
		}
	}
}
