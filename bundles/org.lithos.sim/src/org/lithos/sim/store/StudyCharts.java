package org.lithos.sim.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lithos.charts.Axis;
import org.lithos.charts.Channel;
import org.lithos.charts.ChartKind;
import org.lithos.charts.ChartModel;
import org.lithos.charts.ChartModels;
import org.lithos.charts.DataSeries;
import org.lithos.charts.RunScalar;
import org.lithos.charts.render.ChartRenderer;
import org.lithos.charts.render.ImageFile;
import org.lithos.model.Expectation;
import org.lithos.model.PlotRequest;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.model.names.Observable;
import org.lithos.model.SweepValue;
import org.lithos.sim.RunOutcome;

/**
 * The charts that answer a study's question, across its runs: what its {@code plot} clauses ask for, and, for a
 * sweep, every figure the study expects (or, with neither, first-cycle efficiency and cycle life) against each swept
 * variable, measured values as markers. {@code plot voltage vs capacity} draws chosen cycles of each run, as papers
 * do. Written to the study folder's {@code charts/} as PNG and SVG.
 */
public final class StudyCharts {

	/** Sub-folder of the study folder. */
	public static final String FOLDER = "charts";
	/** Most runs that get a voltage-capacity chart each; a larger sweep shows its sweep charts instead. */
	static final int MAX_VOLTAGE_CHARTS = 12;

	private StudyCharts() {
	}

	/**
	 * @param study    the study
	 * @param outcomes its runs' outcomes, in run order
	 * @param folder   the study folder; the charts go to its {@value #FOLDER} sub-folder
	 * @param renderer draws the charts
	 * @return the ids of the charts written (file names without extension), in the order a report shows them
	 * @throws IOException when a file cannot be written
	 */
	public static List<String> write(StudyInput study, List<RunOutcome> outcomes, Path folder,
			ChartRenderer<ImageFile> renderer) throws IOException {
		return render(charts(study, outcomes), folder, renderer);
	}

	/**
	 * @param charts   charts, empty ones included (they are skipped)
	 * @param folder   the study folder; PNG and SVG files go to its {@value #FOLDER} sub-folder
	 * @param renderer draws the charts
	 * @return the ids of the charts written
	 * @throws IOException when a file cannot be written
	 */
	static List<String> render(List<ChartModel> charts, Path folder, ChartRenderer<ImageFile> renderer)
			throws IOException {
		List<String> ids = new ArrayList<>();
		for (ChartModel chart : charts) {
			if (chart.isEmpty()) {
				continue;
			}
			Path png = folder.resolve(FOLDER).resolve(chart.id() + ".png");
			renderer.render(chart, ImageFile.of(png, RunCharts.WIDTH, RunCharts.HEIGHT));
			renderer.render(chart, ImageFile.of(folder.resolve(FOLDER).resolve(chart.id() + ".svg"), RunCharts.WIDTH,
					RunCharts.HEIGHT));
			ids.add(chart.id());
		}
		return ids;
	}

	/** @return the study's charts, empty ones included (the caller skips them) */
	public static List<ChartModel> charts(StudyInput study, List<RunOutcome> outcomes) {
		List<SimulationInput> inputs = new ArrayList<>();
		List<SimulationResult> results = new ArrayList<>();
		for (int i = 0; i < outcomes.size() && i < study.getRuns().size(); i++) {
			if (outcomes.get(i).finished()) {
				inputs.add(study.getRuns().get(i));
				results.add(outcomes.get(i).result());
			}
		}
		List<ChartModel> charts = new ArrayList<>();
		for (String variable : variables(study)) {
			for (RunScalar scalar : sweepFigures(study, variable)) {
				ChartModel chart = ChartModels.sweep(variable, scalar, inputs, results, study.getExpectations());
				charts.add(rename(chart, "sweep-" + slug(scalar.observable()) + "-vs-" + slug(variable)));
			}
		}
		if (inputs.size() > 1 && inputs.size() <= MAX_VOLTAGE_CHARTS) {
			for (PlotRequest plot : study.getPlots()) {
				overlay(plot, inputs, results).ifPresent(charts::add);
			}
		}
		if (asks(study, Observable.VOLTAGE.word(), Observable.CAPACITY.word()) && inputs.size() <= MAX_VOLTAGE_CHARTS) {
			for (int i = 0; i < inputs.size(); i++) {
				charts.add(rename(ChartModels.voltageVsCapacity(inputs.get(i), results.get(i)),
						ChartModels.VOLTAGE_VS_CAPACITY + "-" + ResultStore.folderName(inputs.get(i).getId())));
			}
		}
		return charts;
	}

	/** What a plot clause's quantity is on the per-run charts. */
	private static final java.util.Map<String, Channel> CHANNELS = java.util.Map.of(Observable.VOLTAGE.word(),
			Channel.VOLTAGE, Observable.CAPACITY_RETENTION.word(), Channel.RETENTION,
			Observable.COULOMBIC_EFFICIENCY.word(), Channel.EFFICIENCY, Observable.PLATING_OVERPOTENTIAL.word(),
			Channel.PLATING, Observable.STRIPPING_OVERPOTENTIAL.word(), Channel.STRIPPING,
			Observable.NUCLEATION_OVERPOTENTIAL.word(), Channel.NUCLEATION, Observable.CHARGE_CAPACITY.word(),
			Channel.CHARGE, Observable.DISCHARGE_CAPACITY.word(), Channel.DISCHARGE);

	/**
	 * A plot clause about a per-run quantity ("capacity retention vs cycle", "voltage vs time") draws the runs on one
	 * chart, one line per run, so the study's runs can be compared at a glance.
	 */
	private static java.util.Optional<ChartModel> overlay(PlotRequest plot, List<SimulationInput> inputs,
			List<SimulationResult> results) {
		Channel channel = CHANNELS.get(plot.getY());
		if (channel == null || plot.getX() == null
				|| !List.of(Observable.CYCLE.word(), Observable.TIME.word()).contains(plot.getX())) {
			return java.util.Optional.empty();
		}
		ChartModel template = null;
		List<DataSeries> series = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			for (ChartModel chart : ChartModels.all(results.get(i))) {
				boolean axis = chart.xAxis().label().toLowerCase(Locale.ROOT).startsWith(plot.getX());
				for (DataSeries data : chart.series()) {
					if (axis && data.channel() == channel && data.size() > 0) {
						template = template == null ? chart : template;
						series.add(new DataSeries(inputs.get(i).getId(), Channel.OTHER, data.x(), data.y()));
					}
				}
			}
		}
		if (template == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(ChartModel.of("runs-" + slug(plot.getY()) + "-vs-" + slug(plot.getX()),
				template.title() + " of every run", "", ChartKind.LINE, template.xAxis(), template.yAxis(), series));
	}

	/** The swept variables, in the order the study's runs give them. */
	static Set<String> variables(StudyInput study) {
		Set<String> names = new LinkedHashSet<>();
		for (SimulationInput run : study.getRuns()) {
			for (SweepValue value : run.getSweep()) {
				names.add(value.getName());
			}
		}
		return names;
	}

	/** Figures to chart against a variable: asked by a plot clause, or expected; else the two papers always show. */
	private static List<RunScalar> sweepFigures(StudyInput study, String variable) {
		Set<RunScalar> figures = new LinkedHashSet<>();
		for (PlotRequest plot : study.getPlots()) {
			if (variable.equals(plot.getX())) {
				scalar(plot.getY()).ifPresent(figures::add);
			}
		}
		for (Expectation expectation : study.getExpectations()) {
			scalar(expectation.getObservable()).ifPresent(figures::add);
		}
		if (figures.isEmpty()) {
			figures.add(RunScalar.FIRST_CYCLE_EFFICIENCY);
			figures.add(RunScalar.CYCLE_LIFE);
		}
		return List.copyOf(figures);
	}

	private static java.util.Optional<RunScalar> scalar(String observable) {
		for (RunScalar scalar : RunScalar.values()) {
			if (scalar.observable().equalsIgnoreCase(observable)) {
				return java.util.Optional.of(scalar);
			}
		}
		return java.util.Optional.empty();
	}

	private static boolean asks(StudyInput study, String y, String x) {
		return study.getPlots().stream().anyMatch(p -> y.equals(p.getY()) && x.equals(p.getX()));
	}

	private static ChartModel rename(ChartModel chart, String id) {
		return new ChartModel(id, chart.title(), chart.subtitle(), chart.kind(), chart.xAxis(), chart.yAxis(),
				chart.series(), chart.markers());
	}

	private static String slug(String words) {
		return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}
}
