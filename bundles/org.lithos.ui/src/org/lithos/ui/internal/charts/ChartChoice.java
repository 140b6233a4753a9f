package org.lithos.ui.internal.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.lithos.charts.ChartModel;
import org.lithos.charts.ChartModels;
import org.lithos.charts.MeasuredOverlays;
import org.lithos.charts.RunScalar;
import org.lithos.model.Expectation;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.model.SweepValue;
import org.lithos.model.names.Observable;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.Runs;

/**
 * The charts the chart view offers for a study's results, each built from the headless chart models of
 * org.lithos.charts (so the command line's report shows the same), with the study's expected values drawn as
 * markers where the chart can show them. Toolkit-free.
 */
public enum ChartChoice {
	/** Voltage over the whole run. */
	VOLTAGE_TIME("Voltage against time", ChartModels::voltageVsTime),
	/** Voltage against capacity for chosen cycles. */
	VOLTAGE_CAPACITY("Voltage against capacity", null),
	/** Charge and discharge capacity per cycle. */
	CAPACITY("Capacity per cycle", ChartModels::capacityVsCycle),
	/** Coulombic efficiency per cycle. */
	EFFICIENCY("Coulombic efficiency per cycle", ChartModels::coulombicEfficiencyVsCycle),
	/** Retention relative to cycle 1. */
	RETENTION("Capacity retention per cycle", ChartModels::retentionVsCycle),
	/** Plating, stripping and nucleation overpotential per cycle. */
	OVERPOTENTIAL("Overpotentials per cycle", ChartModels::overpotentialVsCycle),
	/** Where the Li is at the end of each cycle. */
	INVENTORY("Li inventory per cycle", ChartModels::liInventoryVsCycle),
	/** Voltage against capacity over the study's measured curve, for the cycles both have. */
	MEASURED_VOLTAGE(MeasuredOverlays::voltageVsCapacity, "Measured and predicted: voltage against capacity"),
	/** Coulombic efficiency per cycle, measured and predicted. */
	MEASURED_EFFICIENCY(MeasuredOverlays::efficiencyVsCycle, "Measured and predicted: Coulombic efficiency"),
	/** Discharge capacity per cycle, measured and predicted. */
	MEASURED_CAPACITY(MeasuredOverlays::capacityVsCycle, "Measured and predicted: discharge capacity"),
	/** Retention per cycle, measured and predicted. */
	MEASURED_RETENTION(MeasuredOverlays::retentionVsCycle, "Measured and predicted: retention"),
	/** Predicted less measured voltage. */
	RESIDUAL(MeasuredOverlays::voltageResidual, "Voltage residual (predicted less measured)"),
	/** A figure per run against the swept variable. */
	SWEEP("Sweep: a figure against the swept variable", null),
	/** Substrate coverage of a morphology run. */
	COVERAGE("Deposit coverage against charge", ChartModels::coverageVsCharge),
	/** Porosity of the deposit of a morphology run (the report's porosity-vs-charge chart). */
	POROSITY("Deposit porosity against charge", ChartModels::porosityVsCharge),
	/** Deposit height of a morphology run. */
	HEIGHT("Deposit height against charge", ChartModels::heightVsCharge),
	/** Deposit roughness of a morphology run. */
	ROUGHNESS("Deposit roughness against charge", ChartModels::roughnessVsCharge),
	/** The deposit pictures of a morphology run (not a chart: drawn as images). */
	PICTURES("Deposit pictures", null);

	private final String label;
	private final Function<SimulationResult, ChartModel> perRun;
	private final Function<MeasuredOverlays, ChartModel> overMeasured;

	ChartChoice(String label, Function<SimulationResult, ChartModel> perRun) {
		this.label = label;
		this.perRun = perRun;
		this.overMeasured = null;
	}

	/** A chart of the report's measured section: a run's predictions over the study's data file for its cell. */
	ChartChoice(Function<MeasuredOverlays, ChartModel> overMeasured, String label) {
		this.label = label;
		this.perRun = null;
		this.overMeasured = overMeasured;
	}

	/** @return what the chart view's list shows */
	public String label() {
		return label;
	}

	/** @return whether the chart view draws this as images rather than a chart */
	public boolean isPicture() {
		return this == PICTURES;
	}

	/**
	 * What to draw.
	 *
	 * @param study    the compiled study (its runs' inputs and its expectations)
	 * @param outcomes the runs to draw (finished ones are used; several are overlaid with a legend)
	 * @param cycles   the cycles for {@link #VOLTAGE_CAPACITY}
	 * @param variable the swept variable for {@link #SWEEP}
	 * @param scalar   the figure for {@link #SWEEP}
	 */
	public record Request(StudyInput study, List<RunOutcome> outcomes, List<Integer> cycles, String variable,
			RunScalar scalar) {
	}

	/**
	 * @param request what to draw
	 * @return the chart
	 * @throws IllegalStateException for {@link #PICTURES}, or when no run finished
	 */
	public ChartModel model(Request request) {
		if (this == PICTURES) {
			throw new IllegalStateException("deposit pictures are images, not charts");
		}
		List<RunOutcome> finished = request.outcomes().stream().filter(RunOutcome::finished).toList();
		if (this == SWEEP) {
			List<SimulationInput> inputs = request.study().getRuns();
			List<SimulationResult> results = request.study().getRuns().stream()
					.map(input -> result(request, input.getId())).filter(r -> r != null).toList();
			return ChartModels.sweep(request.variable(), request.scalar(), inputs, results,
					request.study().getExpectations());
		}
		if (finished.isEmpty()) {
			throw new IllegalStateException("no finished run to draw");
		}
		if (overMeasured != null) {
			return MeasuredCharts.model(request.study(), finished, overMeasured);
		}
		List<String> ids = new ArrayList<>();
		List<ChartModel> charts = new ArrayList<>();
		for (RunOutcome outcome : finished) {
			ChartModel chart = this == VOLTAGE_CAPACITY
					? ChartModels.voltageVsCapacity(input(request.study(), outcome.runId()), outcome.result(),
							request.cycles())
					: perRun.apply(outcome.result());
			ids.add(outcome.runId());
			charts.add(ChartModels.withExpectations(chart, expectations(request.study(), outcome.runId())));
		}
		return Overlay.of(ids, charts);
	}

	private static SimulationResult result(Request request, String runId) {
		return request.outcomes().stream().filter(o -> o.finished() && o.runId().equals(runId))
				.map(RunOutcome::result).findFirst().orElse(null);
	}

	private static SimulationInput input(StudyInput study, String runId) {
		return study.getRuns().stream().filter(r -> r.getId().equals(runId)).findFirst().orElse(null);
	}

	/**
	 * The charts worth offering for a study's results: those that have something to draw for at least one finished
	 * run (a cycling run has no deposit charts, a kinetic Monte Carlo run no cycle charts), the sweep chart for a
	 * study that sweeps, and the measured charts for a study with measured data.
	 *
	 * @param study    the compiled study
	 * @param outcomes its runs' outcomes
	 * @return the choices in the list's order; empty when no run finished
	 */
	public static List<ChartChoice> offered(StudyInput study, List<RunOutcome> outcomes) {
		List<RunOutcome> finished = outcomes.stream().filter(RunOutcome::finished).toList();
		List<ChartChoice> offered = new ArrayList<>();
		for (ChartChoice choice : values()) {
			if (!finished.isEmpty() && choice.hasDataIn(study, finished)) {
				offered.add(choice);
			}
		}
		return offered;
	}

	private boolean hasDataIn(StudyInput study, List<RunOutcome> finished) {
		if (this == PICTURES) {
			return finished.stream().anyMatch(o -> !o.result().getMorphologies().isEmpty());
		}
		if (this == SWEEP) {
			return !sweepVariables(study).isEmpty();
		}
		if (overMeasured != null) {
			return !study.getMeasured().isEmpty();
		}
		if (this == VOLTAGE_CAPACITY) {
			return finished.stream()
					.anyMatch(o -> !ChartModels.voltageVsCapacity(input(study, o.runId()), o.result()).isEmpty());
		}
		return finished.stream().anyMatch(o -> !perRun.apply(o.result()).isEmpty());
	}

	/**
	 * @param study a study
	 * @param runId one of its runs
	 * @return the study's expectations about that run
	 */
	static List<Expectation> expectations(StudyInput study, String runId) {
		SimulationInput input = input(study, runId);
		if (input == null) {
			return List.of();
		}
		return study.getExpectations().stream().filter(e -> Runs.concerns(e, input)).map(e -> (Expectation) e)
				.toList();
	}

	/**
	 * @param study a study
	 * @return the names of its swept variables, in first-seen order
	 */
	public static List<String> sweepVariables(StudyInput study) {
		Set<String> names = new LinkedHashSet<>();
		for (SimulationInput run : study.getRuns()) {
			for (SweepValue value : run.getSweep()) {
				names.add(value.getName());
			}
		}
		return List.copyOf(names);
	}

	/**
	 * The charts a study's plot clause asks for, the comparison with measured data first: the chart view opens a
	 * study on the first of them it offers, as the report draws them.
	 *
	 * @param y the plot's quantity, as written ("voltage", "coulombic efficiency")
	 * @param x the quantity it is plotted against ("capacity", "cycle"), null for pictures
	 * @return the charts, best first; empty when the plot asks for none of the per-run charts
	 */
	public static List<ChartChoice> forPlot(String y, String x) {
		if (x == null) {
			return List.of();
		}
		boolean perCycle = x.equals(Observable.CYCLE.word());
		if (y.equals(Observable.VOLTAGE.word())) {
			return x.equals(Observable.CAPACITY.word()) ? List.of(MEASURED_VOLTAGE, VOLTAGE_CAPACITY)
					: x.equals(Observable.TIME.word()) ? List.of(VOLTAGE_TIME) : List.of();
		}
		if (!perCycle) {
			return List.of();
		}
		if (y.equals(Observable.COULOMBIC_EFFICIENCY.word())) {
			return List.of(MEASURED_EFFICIENCY, EFFICIENCY);
		}
		if (y.equals(Observable.CAPACITY_RETENTION.word())) {
			return List.of(MEASURED_RETENTION, RETENTION);
		}
		if (y.equals(Observable.DISCHARGE_CAPACITY.word())) {
			return List.of(MEASURED_CAPACITY, CAPACITY);
		}
		if (y.equals(Observable.CHARGE_CAPACITY.word())) {
			return List.of(CAPACITY);
		}
		return y.endsWith(" overpotential") ? List.of(OVERPOTENTIAL) : List.of();
	}

	/**
	 * @param observable an observable's name as a study's plot writes it, e.g. "first cycle efficiency"
	 * @return the matching figure per run, or null
	 */
	public static RunScalar scalar(String observable) {
		for (RunScalar scalar : RunScalar.values()) {
			if (scalar.observable().equalsIgnoreCase(observable)) {
				return scalar;
			}
		}
		return null;
	}
}
