package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;
import org.lithos.data.MeasuredCycle;
import org.lithos.data.MeasuredData;
import org.lithos.ui.internal.charts.ChartChoice;
import org.lithos.ui.internal.charts.ChartView;
import org.lithos.ui.internal.run.RunHistory;
import org.lithos.ui.internal.run.RunStudiesHandler;
import org.lithos.ui.internal.run.StudyRun;

/**
 * The measured example (dsl/examples/measured: a study with {@code data "cu-half.mpt" for Cu_half}) run in the
 * studio: its chart view draws the measured curves under the predictions, named in the legend, the same charts as
 * the report's measured section, with the measured values those of the cycler file and the predicted those of the
 * run's cycles.csv.
 */
class MeasuredTest {

	private static final Path EXAMPLE = Path.of("../../dsl/examples/measured");
	private static final String CELL_FILE = "cu-half.cell";
	private static final String DATA_FILE = "cu-half.mpt";

	private static StudyRun run;
	private static Path dataFile;

	@BeforeAll
	static void runTheMeasuredStudy() throws Exception {
		IProject project = Studies.project("measured");
		IFile cell = project.getFile(CELL_FILE);
		Ui.run(() -> {
			try {
				for (String name : List.of(CELL_FILE, DATA_FILE)) {
					IFile file = project.getFile(name);
					if (!file.exists()) {
						file.create(new ByteArrayInputStream(Files.readAllBytes(EXAMPLE.resolve(name))), true, null);
					}
				}
			} catch (CoreException | java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		});
		dataFile = Path.of(project.getFile(DATA_FILE).getLocationURI());
		Studies.runFromEditor(cell);
		Studies.awaitJobs(Duration.ofMinutes(3));
		run = RunHistory.get().runs().stream().filter(r -> r.study().equals("Measured") && r.input().isPresent()
				&& r.state() == StudyRun.State.FINISHED).findFirst()
				.orElseThrow(() -> new AssertionError("the measured study did not finish: " + RunHistory.get().runs()));
	}

	/**
	 * The measured example opens on what its plot clause asks for ("plot voltage vs capacity"), over its measured
	 * data: the comparison a study with a data file is for, not voltage against time.
	 */
	@Test
	void aStudyWithMeasuredDataOpensOnItsPlotOverTheData() {
		Ui.run(() -> Layout.closeAndForget(ChartView.ID));
		ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), run));
		assertEquals(ChartChoice.MEASURED_VOLTAGE, Ui.sync(view::shown));
		assertNotNull(Ui.sync(view::model), Ui.sync(view::message));
		Ui.screenshot("studio-measured-opened", null);
	}

	@Test
	void efficiencyIsTheCyclerFilesUnderTheRunsPrediction() throws Exception {
		ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), run));
		ChartModel chart = Ui.sync(() -> {
			view.select(ChartChoice.MEASURED_EFFICIENCY);
			return view.model();
		});
		assertNotNull(chart, Ui.sync(view::message));
		assertEquals(List.of("measured", "predicted"), chart.series().stream().map(DataSeries::name).toList());
		// measured: the cycler file's complete cycles, read by the data library
		List<MeasuredCycle> cycles = MeasuredData.read(dataFile).cycles().stream().filter(MeasuredCycle::complete)
				.toList();
		DataSeries measured = chart.series().get(0);
		assertEquals(cycles.size(), measured.size());
		for (int i = 0; i < cycles.size(); i++) {
			assertEquals(cycles.get(i).index(), measured.x()[i], 1e-12);
			assertEquals(100 * cycles.get(i).efficiency(), measured.y()[i], 1e-9, "measured CE of cycle " + (i + 1));
		}
		// predicted: the run's cycles.csv
		Path folder = run.outcomes().get(0).folder();
		List<String> lines = Files.readAllLines(folder.resolve("cycles.csv"));
		int column = List.of(lines.get(0).split(",")).indexOf("ce_percent");
		DataSeries predicted = chart.series().get(1);
		assertEquals(lines.size() - 1, predicted.size());
		for (int i = 1; i < lines.size(); i++) {
			double ce = Double.parseDouble(lines.get(i).split(",")[column]);
			assertEquals(ce, predicted.y()[i - 1], 1e-6 * Math.abs(ce), "predicted CE of cycle " + i);
		}
		// drawn: the measured series first (the legend lists them in order) and painted first, under the prediction
		XYPlot plot = Ui.sync(() -> (XYPlot) view.canvas().chart().getPlot());
		assertEquals(SeriesRenderingOrder.FORWARD, plot.getSeriesRenderingOrder());
		assertEquals(List.of("measured", "predicted"), legend(plot));
		// the expectations' labels ("expected first cycle efficiency ...") whole inside the plot at the view's size
		Ui.flush();
		assertEquals(chart.markers().size(),
				ChartLabelTest.assertLabelsInside(view.canvas(), "measured efficiency").size(), "a label per marker");
	}

	/**
	 * A run drawn as measured and predicted is written in the run list in its prediction's colour, as a run of one
	 * series is on every other chart (its name stayed in the list's black: two series, neither named after the run).
	 */
	@Test
	void theRunListWritesAMeasuredAndPredictedRunInItsPredictionsColour() {
		ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), run));
		Ui.run(() -> view.select(ChartChoice.MEASURED_EFFICIENCY));
		Ui.flush();
		Ui.run(() -> {
			java.util.Map<String, java.awt.Color> colours = view.canvas().seriesColours();
			assertEquals(List.of("measured", "predicted"), List.copyOf(colours.keySet()));
			java.awt.Color predicted = colours.get("predicted");
			assertFalse(predicted.equals(colours.get("measured")), "the prediction has a colour of its own");
			org.eclipse.swt.widgets.TableItem item = view.runList().getItem(0);
			assertTrue(view.runList().getItemCount() == 1 && item.getChecked(), "the study's one run, ticked");
			assertEquals(new org.eclipse.swt.graphics.RGB(predicted.getRed(), predicted.getGreen(), predicted.getBlue()),
					item.getForeground().getRGB(), item.getText() + " is written in its prediction's colour");
		});
	}

	@Test
	void voltageCurvesAndResidualsOfTheChosenCyclesAreDrawn() {
		ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), run));
		ChartModel voltage = Ui.sync(() -> {
			view.select(ChartChoice.MEASURED_VOLTAGE);
			return view.model();
		});
		assertNotNull(voltage, Ui.sync(view::message));
		List<String> names = voltage.series().stream().map(DataSeries::name).toList();
		assertTrue(names.contains("cycle 1 plating, measured") && names.contains("cycle 1 plating"), names.toString());
		int firstPredicted = names.indexOf("cycle 1 plating");
		assertTrue(names.subList(0, firstPredicted).stream().allMatch(n -> n.endsWith(", measured")),
				"every measured curve comes before the predictions, so it is drawn under them: " + names);
		Ui.screenshot("studio-measured", null);
		// the heading above the narrow run list: two lines, each whole or shortened with an ellipsis to the label's
		// width (never wrapped mid-phrase or mid-word), the whole heading in its tooltip
		Ui.run(() -> {
			org.eclipse.swt.widgets.Label heading = view.heading();
			String[] lines = heading.getText().split("\n");
			assertEquals(2, lines.length, heading.getText());
			assertEquals(run.study() + "\n" + run.file().getFileName() + ", 1 run", heading.getToolTipText());
			String[] whole = heading.getToolTipText().split("\n");
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(heading);
			try {
				for (int i = 0; i < 2; i++) {
					assertTrue(gc.textExtent(lines[i]).x <= heading.getSize().x,
							"'" + lines[i] + "' fits " + heading.getSize().x + " px");
					assertTrue(lines[i].equals(whole[i]) || lines[i].contains("\u2026"),
							"'" + lines[i] + "' is whole or shortened with an ellipsis");
				}
			} finally {
				gc.dispose();
			}
		});
		// sixteen series in the view's default size: the plot keeps its room, and a key says which curves are
		// measured and which predicted (series drawn alike share an entry)
		RunTest.assertPlotKeepsHalf(view);
		List<String> key = Ui.sync(() -> view.canvas().keyEntries().stream().map(e -> e.label()).toList());
		assertTrue(key.stream().anyMatch(l -> l.contains("measured"))
				&& key.stream().anyMatch(l -> l.contains("plating") && !l.contains("measured")), "key " + key);
		Ui.run(() -> Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED));
		try {
			Ui.flush();
			RunTest.assertPlotKeepsHalf(view);
			assertNotNull(Ui.sync(() -> view.canvas().legendPosition()), "maximised, the legend shows");
			Ui.screenshot("studio-chart-measured", null);
		} finally {
			Ui.run(() -> Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_RESTORED));
		}

		ChartModel residual = Ui.sync(() -> {
			view.select(ChartChoice.RESIDUAL);
			return view.model();
		});
		assertNotNull(residual, Ui.sync(view::message));
		assertFalse(residual.isEmpty(), "residuals of the chosen cycles");
		assertEquals("mV", residual.yAxis().unit());
		// one residual line per compared step, of the cycles the voltage chart compares
		List<String> steps = residual.series().stream().map(DataSeries::name).toList();
		assertTrue(names.containsAll(steps), "residual steps " + steps + " among " + names);
		for (DataSeries s : residual.series()) {
			for (double r : s.y()) {
				assertTrue(Double.isFinite(r), s.name() + ": residual " + r + " mV");
			}
		}
	}

	/** An earlier session's run of the study, reopened from its folder, draws the same measured charts. */
	@Test
	void aReopenedStudyDrawsTheSameMeasuredCharts() throws Exception {
		Path cellFile = dataFile.resolveSibling(CELL_FILE);
		// a folder of its own, as another project's: a copy beside the original would define every name twice
		Path folder = Path.of(Studies.project("earlier-measured").getLocationURI());
		String stem = "earlier" + System.currentTimeMillis();
		Path copy = Studies.copyAsEarlier(RunStudiesHandler.outputFor(cellFile).resolve("Measured"), folder, stem);
		// the file it was run from, whose data clause the folder does not keep, and its data file
		Files.copy(cellFile, folder.resolve(stem + ".cell"));
		Files.copy(dataFile, folder.resolve(DATA_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		StudyRun earlier = Studies.listedEarlier(copy);
		for (ChartChoice choice : List.of(ChartChoice.MEASURED_EFFICIENCY, ChartChoice.MEASURED_VOLTAGE)) {
			ChartModel fresh = chart(run, choice);
			ChartModel reopened = chart(earlier, choice);
			RunTest.assertSameSeries(fresh, reopened);
		}
	}

	private static ChartModel chart(StudyRun study, ChartChoice choice) {
		ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), study));
		ChartModel chart = Ui.sync(() -> {
			view.select(choice);
			return view.model();
		});
		assertNotNull(chart, choice + " of " + study.output() + ": " + Ui.sync(view::message));
		return chart;
	}

	private static List<String> legend(XYPlot plot) {
		return Ui.sync(() -> {
			LegendItemCollection items = plot.getLegendItems();
			List<String> labels = new ArrayList<>();
			for (int i = 0; i < items.getItemCount(); i++) {
				labels.add(items.get(i).getLabel());
			}
			return labels;
		});
	}
}
