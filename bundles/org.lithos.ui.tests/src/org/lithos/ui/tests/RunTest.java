package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lithos.charts.ChartModel;
import org.lithos.charts.ChartModels;
import org.lithos.charts.DataSeries;
import org.lithos.charts.DepositView;
import org.lithos.charts.jfree.Java2DDepositRenderer;
import org.lithos.charts.render.ImageFile;
import org.lithos.sim.store.MorphologyPictures;
import org.lithos.ui.internal.charts.ChartChoice;
import org.lithos.ui.internal.charts.ChartCanvas;
import org.lithos.ui.internal.charts.ChartView;
import org.lithos.ui.internal.run.RunConsole;
import org.lithos.ui.internal.run.RunHistory;
import org.lithos.ui.internal.run.RunStudiesHandler;
import org.lithos.ui.internal.run.RunsView;
import org.lithos.ui.internal.run.StudyRun;

/**
 * Runs a study from the studio's Run menu and checks what a user sees and gets: the command line's messages in the
 * console, its folder layout, the Runs view's entry, and charts whose series are the numbers in the result files,
 * with overlay, zoom, pan, tooltips, and export to PNG, SVG and CSV.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunTest {

	/** The name of the long study's job, as the Progress view lists it. */
	private static final String JOB_NAME = "Running the studies of long.cell";

	private static IFile rates;
	private static Path output;
	private static String console;
	/** The study runs of the rates file, as this session ran them. */
	private static StudyRun ratesRun;
	private static StudyRun depositRun;

	@BeforeAll
	static void runTheRatesStudies() throws Exception {
		rates = Studies.file("rates.cell");
		output = RunStudiesHandler.outputFor(Path.of(rates.getLocationURI()));
		int before = Ui.sync(() -> RunConsole.get().console().getDocument().getLength());
		Studies.runFromEditor(rates);
		Studies.awaitJobs(Duration.ofMinutes(3));
		Ui.flush();
		console = Ui.sync(() -> RunConsole.get().console().getDocument().get().substring(before));
		ratesRun = run("Rates");
		depositRun = run("Deposit");
	}

	@Test
	@Order(1)
	void theConsoleShowsWhatLithosRunPrints() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Path cliOutput = output.resolveSibling("cli");
		int code = CommandLine.command("run").run(
				List.of(Path.of(rates.getLocationURI()).toString(), "--out", cliOutput.toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code, "lithos run failed: " + err);
		List<String> cli = normalise(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8),
				cliOutput);
		List<String> studio = normalise(console.lines().filter(line -> !line.startsWith("$ lithos run "))
				.reduce("", (a, b) -> a + b + "\n"), output);
		assertEquals(cli, studio);
		assertEquals(3, studio.stream().filter(line -> line.startsWith("  [#/")).count(), "progress lines: " + studio);
	}

	/**
	 * The console tells progress from problems as a user reads it: the study's start and its finished runs (which the
	 * command line prints on standard error) in grey, not in the red of warnings and failures; the table of runs in
	 * the console's own colour.
	 */
	@Test
	@Order(2)
	void theConsoleShowsProgressInGreyAndKeepsRedForProblems() {
		String text = Ui.sync(() -> RunConsole.get().console().getDocument().get());
		int start = text.lastIndexOf("Rates: 2 runs");
		assertTrue(start >= 0, "no progress line for the Rates study");
		assertEquals(RunConsole.PROGRESS_COLOUR, colourAt(start), "the study's start");
		int run = text.indexOf("  [1/2] ", start);
		assertTrue(run > 0, "no line for the first finished run");
		assertEquals(RunConsole.PROGRESS_COLOUR, colourAt(run + 2), "a finished run");
		int table = text.indexOf("Rates:\n", start);
		assertTrue(table > 0, "no table of the Rates study");
		assertEquals(-1, colourAt(table), "the table is the command line's standard output");
		Ui.screenshot("console", null);
	}

	/**
	 * @param offset a place in the run console
	 * @return the system colour (SWT.COLOR_*) its text is drawn in, -1 for the console's own colour
	 */
	private static int colourAt(int offset) {
		return Ui.sync(() -> {
			var partitioner = (org.eclipse.ui.console.IConsoleDocumentPartitioner) RunConsole.get().console()
					.getDocument().getDocumentPartitioner();
			org.eclipse.swt.custom.StyleRange[] styles = partitioner.getStyleRanges(offset, 1);
			org.eclipse.swt.graphics.Color colour = styles == null || styles.length == 0 ? null
					: styles[0].foreground;
			if (colour == null) {
				return -1;
			}
			for (int system : new int[] { RunConsole.PROGRESS_COLOUR, RunConsole.PROBLEM_COLOUR }) {
				if (colour.equals(Ui.display().getSystemColor(system))) {
					return system;
				}
			}
			return -2;
		});
	}

	/**
	 * The lines sorted (threads interleave them), with timings, the output folder and the order in which parallel
	 * runs ended ("[2/2] run A" or "[2/2] run B") replaced.
	 */
	private static List<String> normalise(String text, Path folder) {
		return text.lines().map(line -> line.replace(folder.toString(), "OUT").replaceAll("\\d+\\.\\d\\d", "T")
				.replaceAll("^  \\[\\d+/", "  [#/")).sorted().toList();
	}

	@Test
	@Order(2)
	void theResultsHaveTheCommandLinesLayout() throws Exception {
		assertTrue(Files.isRegularFile(output.resolve("Rates/report.html")), "no report.html");
		assertTrue(Files.readString(output.resolve("Rates/study.json")).contains("finished"), "study.json");
		assertTrue(Files.isRegularFile(output.resolve("index.html")), "no index of the two studies");
		List<Path> runs;
		try (Stream<Path> folders = Files.list(output.resolve("Rates"))) {
			runs = folders.filter(f -> Files.isRegularFile(f.resolve("result.json"))).sorted().toList();
		}
		assertEquals(2, runs.size(), "run folders: " + runs);
		for (Path run : runs) {
			for (String file : List.of("result.json", "cycles.csv", "series.csv", "charts")) {
				assertTrue(Files.exists(run.resolve(file)), run + " lacks " + file);
			}
		}
		assertTrue(rates.getProject().getFolder("lithos-out/rates/Rates").exists(),
				"the Project Explorer does not see the results (project not refreshed)");
		assertEquals(0, rates.findMarkers(org.lithos.ui.internal.run.Problems.MARKER, false, IResource.DEPTH_ZERO).length,
				"a clean file got problem markers");
	}

	@Test
	@Order(3)
	void theRunsViewListsTheStudiesWithStateAndDuration() {
		StudyRun run = ratesRun();
		assertEquals(StudyRun.State.FINISHED, run.state());
		assertEquals(2, run.total());
		List<String> row = row(run);
		assertEquals("Rates", row.get(0));
		assertEquals("rates.cell", row.get(1));
		assertEquals("finished", row.get(2));
		assertEquals("2 / 2", row.get(3));
		assertTrue(row.get(4).matches("\\d+\\.\\d s"), "duration " + row.get(4));
		assertEquals(output.resolve("Rates").toString(), row.get(6));
		List<String> tips = Ui.sync(() -> {
			TableViewer viewer = runsView().viewer();
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < viewer.getTable().getColumnCount(); i++) {
				texts.add(((org.eclipse.jface.viewers.CellLabelProvider) viewer.getLabelProvider(i)).getToolTipText(run));
			}
			return texts;
		});
		assertEquals(run.file().toAbsolutePath().toString(), tips.get(1), "the File column's tooltip: the whole path");
		assertEquals(output.resolve("Rates").toString(), tips.get(6), "the Results column's tooltip: the folder");
		for (int i : new int[] { 0, 2, 3, 4, 5 }) {
			assertEquals(null, tips.get(i), "column " + i + " is short and shown whole: no tooltip");
		}
		// Ctrl+C and Edit > Copy with the study selected copy its row, the columns apart by tabs (they did nothing)
		Ui.run(() -> {
			Ui.page().activate(runsView());
			runsView().viewer().setSelection(new StructuredSelection(run), true);
			try {
				Ui.window().getService(org.eclipse.ui.handlers.IHandlerService.class)
						.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_COPY, null);
			} catch (Exception e) {
				// not enabled or not handled: the command does nothing in the view
				throw new AssertionError("Edit > Copy in the Runs view: " + e, e);
			}
		});
		assertEquals(String.join("\t", row), Ui.sync(() -> {
			Clipboard clipboard = new Clipboard(Ui.display());
			try {
				return (String) clipboard.getContents(TextTransfer.getInstance());
			} finally {
				clipboard.dispose();
			}
		}), "the selected study's row on the clipboard");
	}

	/**
	 * At the size the perspective gives the Runs view, its list fits: no column is cut (each at least as wide as its
	 * header and texts), none is much wider than them, the results folder takes the rest, and together they are no
	 * wider than the view, so nothing scrolls sideways.
	 */
	@Test
	@Order(3)
	void theRunsViewsColumnsFitTheirTextsAtTheDefaultSize() {
		RunsView view = Ui.sync(RunTest::runsView);
		Ui.flush();
		Ui.screenshot("runs-view", Ui.sync(() -> view.viewer().getTable()));
		Ui.run(() -> {
			org.eclipse.swt.widgets.Table table = view.viewer().getTable();
			int room = table.getClientArea().width;
			assertTrue(room > 600, "the Runs view at the perspective's size is " + room + " pixels wide");
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
			try {
				int total = 0;
				int last = table.getColumnCount() - 1;
				for (int i = 0; i <= last; i++) {
					org.eclipse.swt.widgets.TableColumn column = table.getColumn(i);
					int widest = gc.textExtent(column.getText()).x;
					for (TableItem item : table.getItems()) {
						widest = Math.max(widest, gc.textExtent(item.getText(i)).x);
					}
					int width = column.getWidth();
					total += width;
					if (i < last) {
						assertTrue(width >= widest, column.getText() + " is cut: " + width + " < " + widest);
						assertTrue(width <= widest + FIT_SLACK, column.getText() + " is " + width
								+ " pixels wide for texts of " + widest);
					}
				}
				assertTrue(total <= room, "the columns take " + total + " of " + room + " pixels: the list scrolls");
				assertTrue(total >= room - FIT_SLACK, "the columns leave " + (room - total) + " pixels empty");
			} finally {
				gc.dispose();
			}
		});
	}

	/** Room beside a column's widest text: the cell's margins and the header's sort arrow. */
	private static final int FIT_SLACK = 48;

	/** @return the Runs view's cells of a study run's row, empty when it has none */
	private static List<String> row(StudyRun run) {
		return Ui.sync(() -> {
			TableViewer viewer = runsView().viewer();
			viewer.refresh();
			for (TableItem item : viewer.getTable().getItems()) {
				if (item.getData() == run) {
					List<String> cells = new ArrayList<>();
					for (int i = 0; i < viewer.getTable().getColumnCount(); i++) {
						cells.add(item.getText(i));
					}
					return cells;
				}
			}
			return List.of();
		});
	}

	private static RunsView runsView() {
		try {
			return (RunsView) Ui.page().showView(RunsView.ID);
		} catch (org.eclipse.ui.PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The results of an earlier session: the Rates study's folder, copied where another file's results go in
	 * another project, is found in the workspace, listed with its state and the duration study.json gives, and a
	 * double-click in the Runs view draws the charts from the files, the same as from the run in memory, with the
	 * expected values of the study's .cell file beside the predictions.
	 */
	@Test
	@Order(19)
	void aStudyOfAnEarlierSessionIsListedAndItsChartsReopenFromItsFolder() throws Exception {
		IProject project = Studies.project("earlier");
		// a new name each time: a kept workspace (a local rerun) remembers the earlier copies
		String stem = "old" + System.currentTimeMillis();
		Path copy = Studies.copyAsEarlier(output.resolve("Rates"), Path.of(project.getLocationURI()), stem);
		// the file it was run from, whose expect clause the folder does not keep
		Files.copy(Path.of(rates.getLocationURI()), copy.getParent().getParent().getParent().resolve(stem + ".cell"));
		StudyRun earlier = Studies.listedEarlier(copy);
		assertTrue(earlier.input().isEmpty(), "an earlier session's results are not in memory");
		String json = Files.readString(copy.resolve("study.json"));
		java.time.Duration took = java.time.Duration.between(instant(json, "started"), instant(json, "ended"));
		List<String> row = row(earlier);
		assertEquals(List.of("Rates", stem + ".cell", "finished", "2 / 2",
				String.format(java.util.Locale.ROOT, "%.1f s", took.toMillis() / 1000.0)), row.subList(0, 5));
		Ui.run(() -> {
			TableViewer viewer = runsView().viewer();
			viewer.setSelection(new StructuredSelection(earlier), true);
			Event doubleClick = new Event();
			doubleClick.item = viewer.getTable().getSelection()[0];
			viewer.getTable().notifyListeners(SWT.DefaultSelection, doubleClick);
		});
		ChartView view = Ui.sync(() -> (ChartView) Ui.page().findView(ChartView.ID));
		assertNotNull(view, "the double-click opened no chart view");
		assertEquals(earlier, Ui.sync(view::run));
		String runId = Ui.sync(() -> ratesRun().outcomes().get(1).runId());
		for (ChartChoice choice : List.of(ChartChoice.EFFICIENCY, ChartChoice.VOLTAGE_CAPACITY, ChartChoice.INVENTORY,
				ChartChoice.OVERPOTENTIAL, ChartChoice.VOLTAGE_TIME, ChartChoice.SWEEP)) {
			ChartModel reopened = Ui.sync(() -> {
				view.check(List.of(runId));
				view.select(choice);
				return view.model();
			});
			assertNotNull(reopened, choice + ": " + Ui.sync(view::message));
			ChartModel fresh = Ui.sync(() -> {
				ChartView.show(Ui.page(), ratesRun()).check(List.of(runId));
				view.select(choice);
				return view.model();
			});
			assertSameSeries(fresh, reopened);
			assertEquals(fresh.markers(), reopened.markers(), choice + ": the expected values beside the predictions");
			Ui.run(() -> ChartView.show(Ui.page(), earlier));
		}
	}

	/**
	 * An earlier session's study is read off the UI thread when its charts open: the workbench keeps answering while
	 * a file of the folder is slow to read (here a named pipe, which blocks the reader until the test writes the
	 * file into it), a progress dialog says what is being read, and the charts show once it is read. The folder was
	 * read on the UI thread, which froze until the file came.
	 */
	@Test
	@Order(19)
	void anEarlierStudyIsReadWhileTheWorkbenchKeepsAnswering() throws Exception {
		IProject project = Studies.project("earlier");
		String stem = "slow" + System.currentTimeMillis();
		Path copy = Studies.copyAsEarlier(output.resolve("Rates"), Path.of(project.getLocationURI()), stem);
		Files.copy(Path.of(rates.getLocationURI()), copy.getParent().getParent().getParent().resolve(stem + ".cell"));
		Path result;
		try (java.util.stream.Stream<Path> files = Files.walk(copy)) {
			result = files.filter(f -> f.getFileName().toString().equals("result.json")).findFirst().orElseThrow();
		}
		String text = Files.readString(result);
		Files.delete(result);
		assertEquals(0, new ProcessBuilder("mkfifo", result.toString()).start().waitFor(), "mkfifo " + result);
		StudyRun earlier = Studies.listedEarlier(copy);
		try {
			Ui.display().asyncExec(() -> ChartView.show(Ui.page(), earlier));
			Thread.sleep(1500);
			java.util.concurrent.CompletableFuture<Void> answered = java.util.concurrent.CompletableFuture
					.runAsync(() -> Ui.display().syncExec(() -> {
					}));
			try {
				answered.get(5, java.util.concurrent.TimeUnit.SECONDS);
			} catch (java.util.concurrent.TimeoutException e) {
				throw new AssertionError("the workbench froze while the earlier study's folder was read");
			}
			Ui.screenshot("reading-earlier-study", null, false);
			org.eclipse.swt.widgets.Shell progress = Ui.sync(() -> Arrays.stream(Ui.display().getShells())
					.filter(s -> s.isVisible() && s != Ui.window().getShell()).findFirst().orElse(null));
			assertNotNull(progress, "a progress dialog while the folder is read");
		} finally {
			// the reader waits in the pipe: give it the file
			Files.writeString(result, text);
		}
		Ui.waitUntil("the earlier study's charts", () -> Ui.sync(() -> {
			ChartView view = (ChartView) Ui.page().findView(ChartView.ID);
			return view != null && earlier.equals(view.run()) && view.model() != null;
		}));
		Files.delete(result);
		Files.writeString(result, text);
	}

	/** A morphology study reopened from its folder shows the same deposit pictures as the run in memory. */
	@Test
	@Order(20)
	void theDepositPicturesOfAReopenedStudyAreThoseOfTheRun() throws Exception {
		IProject project = Studies.project("earlier");
		String stem = "deposit" + System.currentTimeMillis();
		Path copy = Studies.copyAsEarlier(output.resolve("Deposit"), Path.of(project.getLocationURI()), stem);
		StudyRun earlier = Studies.listedEarlier(copy);
		Path dir = Files.createTempDirectory("reopened");
		Path fresh = dir.resolve("fresh.png");
		Path reopened = dir.resolve("reopened.png");
		for (StudyRun run : List.of(depositRun, earlier)) {
			ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), run));
			Ui.run(() -> view.select(ChartChoice.PICTURES));
			assertEquals("", Ui.sync(view::message), "pictures of " + run.output());
			exportPng(view, run == depositRun ? fresh : reopened);
		}
		assertTrue(Files.size(reopened) > 5000, "deposit picture too small");
		assertTrue(Arrays.equals(Files.readAllBytes(fresh), Files.readAllBytes(reopened)),
				"the reopened study draws the same pictures");
		awaitPicture(Ui.sync(() -> (ChartView) Ui.page().findView(ChartView.ID)));
		Ui.screenshot("chart-deposit-reopened", null);
	}

	private static java.time.Instant instant(String json, String key) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\": \"([^\"]+)\"").matcher(json);
		assertTrue(m.find(), "study.json has no " + key);
		return java.time.Instant.parse(m.group(1));
	}

	/** Same series names and points; series.csv keeps 6 significant digits. */
	static void assertSameSeries(ChartModel expected, ChartModel actual) {
		assertEquals(expected.id(), actual.id());
		assertEquals(expected.series().stream().map(DataSeries::name).toList(),
				actual.series().stream().map(DataSeries::name).toList(), expected.id());
		assertFalse(expected.isEmpty(), expected.id() + " has no data");
		for (int s = 0; s < expected.series().size(); s++) {
			DataSeries a = expected.series().get(s);
			DataSeries b = actual.series().get(s);
			assertEquals(a.size(), b.size(), expected.id() + " " + a.name());
			for (int i = 0; i < a.size(); i++) {
				assertEquals(a.x()[i], b.x()[i], 1e-5 * Math.abs(a.x()[i]) + 1e-9, expected.id() + " x " + i);
				assertEquals(a.y()[i], b.y()[i], 1e-5 * Math.abs(a.y()[i]) + 1e-9, expected.id() + " y " + i);
			}
		}
	}

	@Test
	@Order(4)
	void theEfficiencyChartIsTheResultFilesEfficiency() throws Exception {
		ChartView view = charts();
		String runId = Ui.sync(() -> ratesRun().outcomes().get(1).runId());
		ChartModel chart = Ui.sync(() -> {
			view.check(List.of(runId));
			view.select(ChartChoice.EFFICIENCY);
			return view.model();
		});
		assertNotNull(chart, Ui.sync(view::message));
		DataSeries efficiency = chart.series().get(0);
		List<double[]> rows = csv(runFolder(runId).resolve("cycles.csv"), "cycle", "ce_percent");
		assertEquals(rows.size(), efficiency.size(), "points against cycles.csv rows");
		for (int i = 0; i < rows.size(); i++) {
			assertEquals(rows.get(i)[0], efficiency.x()[i], 1e-9, "cycle of point " + i);
			assertEquals(rows.get(i)[1], efficiency.y()[i], 1e-6 * Math.abs(rows.get(i)[1]) + 1e-9, "CE of point " + i);
		}
	}

	@Test
	@Order(5)
	void voltageAgainstCapacityOfCycleTwoIsTheSeriesFilesRows() throws Exception {
		ChartView view = charts();
		String runId = Ui.sync(() -> ratesRun().outcomes().get(0).runId());
		ChartModel chart = Ui.sync(() -> {
			view.check(List.of(runId));
			view.select(ChartChoice.VOLTAGE_CAPACITY);
			view.setCycles("2");
			return view.model();
		});
		assertNotNull(chart, Ui.sync(view::message));
		// the plating and stripping branches of the cycle are drawn as two lines, as the report draws them
		assertEquals(List.of("cycle 2 plating", "cycle 2 stripping"),
				chart.series().stream().map(DataSeries::name).toList());
		List<double[]> rows = csv(runFolder(runId).resolve("series.csv"), "cycle", "capacity_A*s_m2", "voltage_V",
				"current_A_m2").stream().filter(r -> r[0] == 2 && r[3] != 0).toList();
		List<double[]> points = new ArrayList<>();
		for (DataSeries branch : chart.series()) {
			for (int i = 0; i < branch.size(); i++) {
				points.add(new double[] { branch.x()[i], branch.y()[i] });
			}
		}
		assertEquals(rows.size(), points.size());
		// series.csv keeps 6 significant digits
		for (int i = 0; i < rows.size(); i++) {
			assertEquals(rows.get(i)[1] / 36000, points.get(i)[0], 1e-5 * Math.abs(rows.get(i)[1] / 36000) + 1e-12);
			assertEquals(rows.get(i)[2], points.get(i)[1], 1e-5 * Math.abs(rows.get(i)[2]) + 1e-12);
		}
	}

	@Test
	@Order(6)
	void severalRunsOverlayWithALegend() {
		ChartView view = charts();
		List<String> ids = ratesRunIds();
		ChartModel chart = Ui.sync(() -> {
			view.check(ids);
			view.select(ChartChoice.CAPACITY);
			return view.model();
		});
		assertEquals(4, chart.series().size(), "charge and discharge of two runs: " + chart.series());
		assertTrue(chart.series().stream().allMatch(s -> s.name().startsWith(ids.get(0)) || s.name().startsWith(ids.get(1))));
		assertNotNull(Ui.sync(() -> view.canvas().chart().getLegend()), "no legend");
		Ui.run(() -> {
			view.select(ChartChoice.VOLTAGE_CAPACITY);
			view.setCycles("1, 4");
		});
		Ui.screenshot("chart-overlay", Ui.sync(() -> view.canvas().control()));
		Ui.screenshot("workbench-charts", null);
	}

	/**
	 * At the size the perspective gives it, the chart view leaves the chart the room: its controls in one row (the
	 * cycles field only for voltage against capacity, the sweep's choices only for the sweep chart), the chart at
	 * least three fifths of the view's width (the runs list has the rest, as wide as the run names) and three
	 * quarters of its height, the legend of two runs below the plot.
	 */
	@Test
	@Order(7)
	void atItsDefaultSizeTheChartViewGivesTheChartTheRoom() {
		ChartView view = charts();
		List<String> ids = ratesRunIds();
		Ui.run(() -> {
			Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
			view.check(ids);
			view.select(ChartChoice.CAPACITY);
		});
		Ui.flush();
		Ui.run(() -> {
			// the view's contents: the control of the folder's selected tab
			org.eclipse.swt.widgets.Control part = ((org.eclipse.swt.custom.CTabFolder) folderOf(view)).getSelection()
					.getControl();
			var canvas = view.canvas().control().getBounds();
			var whole = part.getBounds();
			assertTrue(canvas.width >= 3 * whole.width / 5, "chart " + canvas + " in a view of " + whole);
			assertTrue(canvas.height >= 3 * whole.height / 4, "chart " + canvas + " in a view of " + whole);
			List<String> shown = Widgets.all(part, org.eclipse.swt.widgets.Label.class,
					l -> l.isVisible() && l.getText().endsWith(":")).stream().map(l -> l.getText()).toList();
			assertEquals(List.of("Chart:"), shown, "the capacity chart has no cycles or sweep to choose");
			assertEquals(org.jfree.chart.ui.RectangleEdge.BOTTOM, view.canvas().legendPosition(),
					"four series: the legend fits below");
			view.select(ChartChoice.VOLTAGE_CAPACITY);
			assertTrue(Widgets.all(part, org.eclipse.swt.widgets.Text.class, t -> t.isVisible()).size() == 1,
					"the cycles field shows for voltage against capacity");
			view.setCycles("1, 4");
		});
		Ui.flush();
		// eight long-named series: wherever the legend goes, the plot keeps half the chart each way
		assertPlotKeepsHalf(view);
		Ui.run(() -> view.select(ChartChoice.CAPACITY));
		Ui.flush();
		assertPlotKeepsHalf(view);
		Ui.screenshot("studio-chart", Ui.sync(() -> folderOf(view)));
	}

	/**
	 * Every chart says what each curve is, at the size the perspective gives the chart view and in a narrow one: the
	 * voltage curves of two runs' cycles 1 and 4 (eight curves) have a key naming each run and each cycle's branch,
	 * every entry on the canvas and clear of the axes' tick labels and titles (outside the plot, or inside its data
	 * area), each entry's tooltip naming its curves whole; a run's curves share the run's colour.
	 */
	@Test
	@Order(7)
	void everyChartHasAReadableKeyAtTheDefaultSizeAndInANarrowView() {
		ChartView view = charts();
		List<String> ids = ratesRunIds();
		Ui.run(() -> {
			Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
			view.check(ids);
			view.select(ChartChoice.VOLTAGE_CAPACITY);
			view.setCycles("1, 4");
		});
		Ui.flush();
		assertReadableKey(view, ids, "at the default size");
		Ui.screenshot("chart-key-default", Ui.sync(() -> folderOf(view)));
		org.eclipse.swt.widgets.Shell shell = Ui.sync(() -> view.getSite().getShell());
		org.eclipse.swt.graphics.Point size = Ui.sync(shell::getSize);
		try {
			Ui.run(() -> shell.setSize(900, size.y));
			Ui.flush();
			Ui.screenshot("chart-key-narrow", Ui.sync(() -> folderOf(view)));
			assertReadableKey(view, ids, "in a narrow view");
			// and low (a chart canvas about 220 px high)
			Ui.run(() -> shell.setSize(size.x, 600));
			Ui.flush();
			Ui.screenshot("chart-key-low", Ui.sync(() -> folderOf(view)));
			assertReadableKey(view, ids, "in a low view");
		} finally {
			Ui.run(() -> shell.setSize(size));
			Ui.flush();
		}
	}

	private static void assertReadableKey(ChartView view, List<String> ids, String where) {
		Ui.run(() -> {
			List<ChartCanvas.KeyEntry> key = view.canvas().keyEntries();
			var canvas = view.canvas().mouseTarget().getBounds();
			var data = view.canvas().plotArea();
			var axes = view.canvas().plotWithAxes();
			String shown = where + ": " + key + ", data " + data + ", with axes " + axes + ", canvas " + canvas;
			assertFalse(key.isEmpty(), "no key " + shown);
			List<String> tips = key.stream().map(ChartCanvas.KeyEntry::tooltip).toList();
			for (String id : ids) {
				assertTrue(tips.contains(id), id + " has no entry " + shown);
			}
			for (String member : List.of("cycle 1 plating", "cycle 1 stripping", "cycle 4 plating",
					"cycle 4 stripping")) {
				assertTrue(tips.contains(member), member + " has no entry " + shown);
			}
			for (ChartCanvas.KeyEntry entry : key) {
				var b = entry.bounds();
				assertTrue(b.width > 0 && b.height > 0 && b.x >= 0 && b.y >= 0 && b.x + b.width <= canvas.width
						&& b.y + b.height <= canvas.height, entry + " off the canvas " + shown);
				boolean insideData = data.contains(b.x, b.y) && data.contains(b.x + b.width - 1, b.y + b.height - 1);
				assertTrue(insideData || !b.intersects(axes), entry + " on the axes " + shown);
				// readable: the whole label in the entry, and a label at least a few characters long
				assertTrue(entry.label().length() >= Math.min(8, entry.tooltip().length()), entry + " " + shown);
			}
			// a run's curves all in the run's colour, as its entry
			var colours = view.canvas().seriesColours();
			for (String id : ids) {
				assertEquals(1, colours.entrySet().stream().filter(e -> e.getKey().startsWith(id + ":"))
						.map(java.util.Map.Entry::getValue).distinct().count(), id + ": " + colours);
			}
		});
	}

	/**
	 * At the size the perspective gives the chart view, the list of runs to tick is as wide as the run names, no wider:
	 * the rates study's names ("Half@j=0.5mA_cm2") are whole, and the deposit study's one short name ("Half") gets a
	 * narrow list, leaving the chart the room.
	 */
	@Test
	@Order(7)
	void theChartViewsRunListIsAsWideAsTheRunNames() {
		for (StudyRun study : List.of(ratesRun, depositRun)) {
			ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), study));
			Ui.run(() -> Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_RESTORED));
			Ui.flush();
			Ui.run(() -> {
				org.eclipse.swt.widgets.Table list = view.runList();
				org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(list);
				int namesEnd = 0;
				try {
					for (TableItem item : list.getItems()) {
						namesEnd = Math.max(namesEnd, item.getTextBounds(0).x + gc.textExtent(item.getText()).x);
					}
				} finally {
					gc.dispose();
				}
				int room = list.getClientArea().width;
				assertTrue(room >= namesEnd, study.study() + ": names cut, " + namesEnd + " pixels in a list of " + room);
				assertTrue(list.getBounds().width <= Math.max(RUN_LIST_MIN, namesEnd + RUN_LIST_SLACK),
						study.study() + ": a list " + list.getBounds().width + " pixels wide for names ending at "
								+ namesEnd);
			});
			Ui.screenshot("chart-run-list-" + study.study(), Ui.sync(() -> folderOf(view)));
		}
	}

	/**
	 * In a chart view too narrow for the run names (the window made narrower step by step until the list shortens
	 * one), every name fits the list, a shortened name keeps its cell and its sweep point around an ellipsis
	 * ("Half…@j=0.5mA_cm2"), so the rows stay different (cut at their end, a sweep's names are alike), and the mouse
	 * over a row shows its whole name.
	 */
	@Test
	@Order(7)
	void aNarrowChartViewShortensRunNamesInTheMiddleKeepingTheSweepPoint() {
		ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), ratesRun));
		org.eclipse.swt.widgets.Shell shell = Ui.sync(() -> view.getSite().getShell());
		org.eclipse.swt.graphics.Point size = Ui.sync(shell::getSize);
		List<String> ids = Ui.sync(() -> ratesRun.outcomes().stream().map(o -> o.runId()).toList());
		try {
			List<String> shown = List.of();
			for (int width = size.x; width >= 600 && shown.stream().noneMatch(t -> t.contains("\u2026")); width -= 40) {
				int next = width;
				Ui.run(() -> shell.setSize(next, size.y));
				Ui.flush();
				shown = Ui.sync(() -> Arrays.stream(view.runList().getItems()).map(TableItem::getText).toList());
			}
			assertTrue(shown.stream().anyMatch(t -> t.contains("\u2026")), "no name shortened: " + shown);
			// and the study opened afresh at that size (another study first): the path a double-click takes
			Ui.run(() -> {
				ChartView.show(Ui.page(), depositRun);
				ChartView.show(Ui.page(), ratesRun);
			});
			Ui.flush();
			List<String> names = Ui.sync(() -> Arrays.stream(view.runList().getItems()).map(TableItem::getText).toList());
			assertTrue(names.stream().anyMatch(t -> t.contains("\u2026")), "no name shortened: " + names);
			assertEquals(ids.size(), new java.util.HashSet<>(names).size(), "rows alike: " + names);
			for (int i = 0; i < ids.size(); i++) {
				String id = ids.get(i);
				String text = names.get(i);
				String point = id.substring(id.indexOf('@'));
				// the cell's name or its start (or nothing) before the ellipsis, the sweep point whole after it
				assertTrue(text.equals(id) || text.contains("\u2026")
						&& "Half".startsWith(text.substring(0, text.indexOf('\u2026')))
						&& text.endsWith(point.substring(1)), id + " shown as " + text);
			}
			Ui.run(() -> {
				org.eclipse.swt.widgets.Table list = view.runList();
				org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(list);
				try {
					for (TableItem item : list.getItems()) {
						int end = item.getTextBounds(0).x + gc.textExtent(item.getText()).x;
						int room = list.getClientArea().width;
						assertTrue(end <= room, item.getText() + " ends at " + end + " in a list of " + room);
						// a shortened name uses the room it has, within a few characters
						assertTrue(!item.getText().contains("\u2026") || end >= room - NAME_ROOM_SLACK,
								item.getText() + " ends at " + end + " in a list of " + room);
					}
				} finally {
					gc.dispose();
				}
			});
			Ui.screenshot("chart-run-list-narrow", Ui.sync(() -> folderOf(view)));
			// the mouse onto the first row: its whole name in the tooltip
			org.eclipse.swt.graphics.Point row = Ui.sync(() -> {
				org.eclipse.swt.graphics.Rectangle bounds = view.runList().getItem(0).getTextBounds(0);
				return view.runList().toDisplay(bounds.x + 5, bounds.y + bounds.height / 2);
			});
			Ui.run(() -> shell.forceActive());
			moveMouse(row.x - 20, row.y + 30);
			moveMouse(row.x, row.y);
			Ui.waitUntil("the whole name under the mouse",
					() -> String.valueOf(view.runList().getToolTipText()).startsWith(ids.get(0) + "\n"),
					Duration.ofSeconds(10));
		} finally {
			Ui.run(() -> shell.setSize(size));
			Ui.flush();
		}
	}

	/**
	 * Each ticked run's name in the chart view's list is written in the colour its curve is drawn in (the legend's job
	 * when the legend has no room): the item's colour is the series' paint; an unticked run and the sweep chart
	 * (whose series are not runs) keep the list's own colour.
	 */
	@Test
	@Order(7)
	void theRunListWritesEachTickedRunInItsCurvesColour() {
		ChartView view = charts();
		List<String> ids = Ui.sync(() -> ratesRun.outcomes().stream().map(o -> o.runId()).toList());
		Ui.run(() -> {
			view.check(ids);
			view.select(ChartChoice.VOLTAGE_TIME);
		});
		Ui.flush();
		Ui.run(() -> {
			java.util.Map<String, java.awt.Color> colours = view.canvas().seriesColours();
			assertEquals(new java.util.HashSet<>(ids), colours.keySet(), "one series per run");
			assertNotEquals(colours.get(ids.get(0)), colours.get(ids.get(1)), "two runs, one colour");
			for (TableItem item : view.runList().getItems()) {
				String id = ((org.lithos.sim.RunOutcome) item.getData()).runId();
				assertEquals(rgb(colours.get(id)), item.getForeground().getRGB(), id + "'s colour");
			}
		});
		Ui.screenshot("chart-run-colours", Ui.sync(() -> folderOf(view)));
		Ui.run(() -> view.check(ids.subList(0, 1)));
		// a lone run's series is named after the quantity: its name is still in the curve's colour
		assertEquals(Ui.sync(() -> rgb(view.canvas().seriesColours().values().iterator().next())),
				Ui.sync(() -> view.runList().getItem(0).getForeground().getRGB()), "the lone run's colour");
		assertEquals(Ui.sync(() -> view.runList().getForeground().getRGB()),
				Ui.sync(() -> view.runList().getItem(1).getForeground().getRGB()), "an unticked run is coloured");
		Ui.run(() -> {
			view.check(ids);
			view.select(ChartChoice.SWEEP);
		});
		assertEquals(Ui.sync(() -> view.runList().getForeground().getRGB()),
				Ui.sync(() -> view.runList().getItem(0).getForeground().getRGB()),
				"a run coloured on the sweep chart, whose series are not runs");
	}

	private static org.eclipse.swt.graphics.RGB rgb(java.awt.Color colour) {
		return new org.eclipse.swt.graphics.RGB(colour.getRed(), colour.getGreen(), colour.getBlue());
	}

	/** What a shortened run name may leave empty at the list's end: a few characters and the cell's padding. */
	private static final int NAME_ROOM_SLACK = 40;

	/** The narrowest the chart view's run list may be (room for the study's title) and the room beside its names. */
	private static final int RUN_LIST_MIN = 110;
	private static final int RUN_LIST_SLACK = 40;

	/** The plot's data area is at least half the chart canvas's width and height. */
	static void assertPlotKeepsHalf(ChartView view) {
		Ui.run(() -> {
			var plot = view.canvas().plotArea();
			var canvas = view.canvas().control().getBounds();
			assertTrue(plot.width >= canvas.width / 2 && plot.height >= canvas.height / 2,
					"the plot " + plot + " has less than half of the chart " + canvas + "; legend "
							+ view.canvas().legendPosition());
		});
	}

	/** @return the tab folder holding a view: its tab, tool bar and contents, as the screen shows them */
	private static org.eclipse.swt.widgets.Control folderOf(ChartView view) {
		org.eclipse.swt.widgets.Control control = view.canvas().control();
		while (!(control instanceof org.eclipse.swt.custom.CTabFolder) && control.getParent() != null) {
			control = control.getParent();
		}
		return control;
	}

	@Test
	@Order(7)
	void theSweepChartShowsTheMeasuredValueNextToThePredictions() {
		ChartView view = charts();
		ChartModel chart = Ui.sync(() -> {
			view.select(ChartChoice.SWEEP);
			return view.model();
		});
		assertNotNull(chart, Ui.sync(view::message));
		assertEquals("j", chart.xAxis().label());
		assertEquals(2, chart.series().stream().mapToInt(DataSeries::size).sum(), "one point per run");
		assertEquals(1, chart.markers().size(), "the expected first-cycle efficiency at j = 1 mA/cm2");
		Ui.screenshot("chart-sweep", Ui.sync(() -> view.canvas().control()));
	}

	@Test
	@Order(8)
	void zoomPanAndTooltipsWork() {
		ChartView view = charts();
		Ui.run(() -> {
			view.check(Ui.sync(() -> List.of(ratesRun().outcomes().get(0).runId())));
			view.select(ChartChoice.VOLTAGE_TIME);
		});
		Ui.flush();
		double[] before = Ui.sync(() -> range(view));
		// the mouse wheel turned up over the middle of the chart zooms in by 0.8
		Ui.run(() -> {
			var area = view.canvas().control().getBounds();
			mouse(view, SWT.MouseWheel, area.width / 2, area.height / 2, 0, 1);
		});
		double[] zoomed = Ui.sync(() -> range(view));
		assertEquals((before[1] - before[0]) * 0.8, zoomed[1] - zoomed[0], 1e-6 * (before[1] - before[0]), "x span");
		// dragging with the middle button pans, and does not zoom to the dragged rectangle
		Ui.run(() -> {
			var area = view.canvas().control().getBounds();
			int x = area.width / 2;
			int y = area.height / 2;
			mouse(view, SWT.MouseDown, x, y, 2, 0);
			mouse(view, SWT.MouseMove, x + 50, y + 20, 0, 0);
			mouse(view, SWT.MouseMove, x + 100, y + 40, 0, 0);
			mouse(view, SWT.MouseUp, x + 100, y + 40, 2, 0);
		});
		double[] panned = Ui.sync(() -> range(view));
		assertTrue(panned[0] < zoomed[0], "panning right shows earlier times");
		assertEquals(zoomed[1] - zoomed[0], panned[1] - panned[0], 1e-6 * (zoomed[1] - zoomed[0]), "pan keeps the span");
		// the arrow keys pan too: left shows earlier times by a tenth of the chart
		Ui.run(() -> {
			Event key = new Event();
			key.keyCode = SWT.ARROW_LEFT;
			canvasOf(view).notifyListeners(SWT.KeyDown, key);
		});
		double[] keyed = Ui.sync(() -> range(view));
		assertTrue(keyed[0] < panned[0], "the left arrow pans to earlier times");
		Ui.run(() -> Widgets.pressToolBarButton(view, "Reset Zoom"));
		double[] reset = Ui.sync(() -> range(view));
		assertEquals(before[0], reset[0], 1e-9);
		assertEquals(before[1], reset[1], 1e-9);
		Ui.screenshot("chart-voltage", Ui.sync(() -> view.canvas().control()));
	}

	/**
	 * A real hover: the mouse pointer moved by the window system (X events posted through SWT, as a user's mouse
	 * sends them) onto the point of cycle 2 of the efficiency chart; the chart's own mouse handling then gives its
	 * canvas the point's tooltip, which GTK shows after its hover delay: the run, the cycle and the efficiency
	 * with its unit. (The native tooltip window itself is GTK's, not an SWT widget a test can read; the text it
	 * shows is the canvas's tooltip text, asserted here, and the screenshot shows it drawn.)
	 */
	@Test
	@Order(8)
	void hoveringAPointShowsItsValuesWithUnits() {
		ChartView view = charts();
		String runId = Ui.sync(() -> ratesRun().outcomes().get(0).runId());
		ChartModel chart = show(view, runId, ChartChoice.EFFICIENCY);
		DataSeries series = chart.series().get(0);
		int cycle2 = 1;
		assertEquals(2, series.x()[cycle2], 1e-9, "the second point is cycle 2");
		// one run: its series is named after the y axis, which the tooltip does not repeat
		assertEquals("Coulombic efficiency", series.name());
		String expected = "Cycle: 2\nCoulombic efficiency: "
				+ new java.text.DecimalFormat("0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
						.format(series.y()[cycle2])
				+ " %";
		Ui.run(() -> {
			view.getSite().getShell().forceActive();
			view.canvas().mouseTarget().setToolTipText(null);
		});
		Ui.flush();
		org.eclipse.swt.graphics.Point target = Ui.sync(() -> view.canvas().mouseTarget()
				.toDisplay(view.canvas().pointOf(series.x()[cycle2], series.y()[cycle2])));
		// from beside the point onto it, as a hand moves the mouse
		moveMouse(target.x - 30, target.y - 30);
		moveMouse(target.x - 1, target.y);
		moveMouse(target.x, target.y);
		Ui.waitUntil("the point's tooltip", () -> expected.equals(view.canvas().mouseTarget().getToolTipText()),
				Duration.ofSeconds(10));
		sleepForTheHoverDelay();
		Ui.screenshot("chart-tooltip", Ui.sync(() -> view.canvas().control()));
		// to an empty part of the plot (between cycles 2 and 3, near the bottom): no tooltip
		org.eclipse.swt.graphics.Point empty = Ui.sync(() -> {
			var axis = ((XYPlot) view.canvas().chart().getPlot()).getRangeAxis();
			double low = axis.getLowerBound();
			return view.canvas().mouseTarget()
					.toDisplay(view.canvas().pointOf(2.5, low + 0.1 * (axis.getUpperBound() - low)));
		});
		moveMouse(empty.x, empty.y);
		Ui.waitUntil("no tooltip off the points", () -> view.canvas().mouseTarget().getToolTipText() == null,
				Duration.ofSeconds(10));
	}

	/** Moves the mouse pointer through the window system (an X event), as a user's mouse does. */
	private static void moveMouse(int x, int y) {
		Ui.run(() -> {
			Event move = new Event();
			move.type = SWT.MouseMove;
			move.x = x;
			move.y = y;
			assertTrue(Ui.display().post(move), "the window system refused the mouse move");
		});
		Ui.flush();
	}

	private static void sleepForTheHoverDelay() {
		long end = System.nanoTime() + Duration.ofMillis(1500).toNanos();
		while (System.nanoTime() < end) {
			Ui.flush();
		}
	}

	/** Exports what the chart view shows with its tool bar's Export PNG..., the file dialog answering a file. */
	private static void exportPng(ChartView view, Path file) {
		try (AnsweringChooser chooser = AnsweringChooser.answering(List.of(file))) {
			export(view, "Export PNG...", file);
			assertEquals(1, chooser.questions().size(), "the dialog was asked once");
		}
	}

	/**
	 * Presses an export button of the chart view and waits for the file; an error dialog (which would block the UI
	 * thread) is closed and fails the test with its message.
	 */
	private static void export(ChartView view, String button, Path file) {
		Ui.display().asyncExec(() -> Widgets.pressToolBarButton(view, button));
		Ui.waitUntil(button + " to write " + file.getFileName(), () -> {
			org.eclipse.swt.widgets.Shell error = Widgets.shell("Export Chart");
			if (error != null) {
				String text = Widgets.all(error, org.eclipse.swt.widgets.Label.class, l -> true).stream()
						.map(org.eclipse.swt.widgets.Label::getText).toList().toString();
				error.close();
				throw new AssertionError(button + " failed: " + text);
			}
			return Files.isRegularFile(file);
		});
	}

	/** @return the canvas the chart is drawn on, which gets the mouse and the keys */
	private static org.eclipse.swt.widgets.Control canvasOf(ChartView view) {
		return ((org.eclipse.swt.widgets.Composite) view.canvas().control()).getChildren()[0];
	}

	/** Sends a mouse event to the chart's canvas as the window system does. */
	private static void mouse(ChartView view, int type, int x, int y, int button, int count) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		event.button = button;
		event.count = count;
		event.stateMask = type == SWT.MouseMove && button == 0 ? SWT.BUTTON2 : 0;
		canvasOf(view).notifyListeners(type, event);
	}

	private static double[] range(ChartView view) {
		XYPlot plot = (XYPlot) view.canvas().chart().getPlot();
		return new double[] { plot.getDomainAxis().getLowerBound(), plot.getDomainAxis().getUpperBound() };
	}

	/**
	 * The chart view's own tool bar: Export PNG... and Export SVG... write the chart where the file dialog says (the
	 * dialog answered by {@link AnsweringChooser}), a PNG of the command line's size and an SVG document with the
	 * chart's title; Copy Data as CSV puts the series on the clipboard, one row per point, and so do Ctrl+C and Edit >
	 * Copy while the view is active.
	 */
	@Test
	@Order(9)
	void chartsExportAsPngSvgAndCsvFromTheViewsToolBar() throws Exception {
		ChartView view = charts();
		Path folder = Files.createTempDirectory("chart-export");
		Path png = folder.resolve("efficiency.png");
		Path svg = folder.resolve("efficiency.svg");
		ChartModel chart = Ui.sync(() -> {
			view.check(ratesRun().outcomes().stream().map(o -> o.runId()).toList());
			view.select(ChartChoice.EFFICIENCY);
			return view.model();
		});
		try (AnsweringChooser chooser = AnsweringChooser.answering(List.of(png), List.of(svg))) {
			export(view, "Export PNG...", png);
			export(view, "Export SVG...", svg);
			Ui.run(() -> Widgets.pressToolBarButton(view, "Copy Data as CSV"));
			// the dialog opens in the study's results folder, where lithos run puts the report's charts
			Path results = ratesRun().output();
			assertEquals(List.of(
					new AnsweringChooser.Question("Export Chart", List.of("png"), chart.id() + ".png", results),
					new AnsweringChooser.Question("Export Chart", List.of("svg"), chart.id() + ".svg", results)),
					chooser.questions());
		}
		ImageData image = new ImageData(png.toString());
		assertEquals(List.of(1200, 800), List.of(image.width, image.height), "the command line's chart size");
		byte[] bytes = Files.readAllBytes(png);
		assertTrue(bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "not a PNG");
		org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getLocalName() != null
				? document.getDocumentElement().getLocalName() : document.getDocumentElement().getTagName());
		assertTrue(document.getDocumentElement().getTextContent().contains(chart.title()),
				"the SVG has the chart's title " + chart.title());
		String csv = Ui.sync(() -> {
			Clipboard clipboard = new Clipboard(Ui.display());
			try {
				return (String) clipboard.getContents(TextTransfer.getInstance());
			} finally {
				clipboard.dispose();
			}
		});
		assertNotNull(csv, "nothing on the clipboard");
		List<String> lines = csv.lines().toList();
		assertEquals("series," + chart.xAxis().title() + "," + chart.yAxis().title(), lines.get(0));
		List<String> expected = new ArrayList<>();
		for (DataSeries series : chart.series()) {
			for (int i = 0; i < series.size(); i++) {
				expected.add(series.name() + "," + series.x()[i] + "," + series.y()[i]);
			}
		}
		assertEquals(expected, lines.subList(1, lines.size()), "one row per point of every series");

		// Ctrl+C and Edit > Copy in the chart view copy the same (the command did nothing there)
		Ui.run(() -> {
			Clipboard clipboard = new Clipboard(Ui.display());
			try {
				clipboard.setContents(new Object[] { "before" }, new org.eclipse.swt.dnd.Transfer[] {
						TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
			Ui.page().activate(view);
			try {
				Ui.window().getService(org.eclipse.ui.handlers.IHandlerService.class)
						.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_COPY, null);
			} catch (Exception e) {
				// not enabled or not handled: the command does nothing in the view
				throw new AssertionError("Edit > Copy in the chart view: " + e, e);
			}
		});
		assertEquals(csv, Ui.sync(() -> {
			Clipboard clipboard = new Clipboard(Ui.display());
			try {
				return (String) clipboard.getContents(TextTransfer.getInstance());
			} finally {
				clipboard.dispose();
			}
		}), "Edit > Copy puts the chart's data on the clipboard");
	}

	@Test
	@Order(10)
	void theDepositPicturesOfTheMorphologyRunAreShown() throws Exception {
		ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), depositRun));
		String message = Ui.sync(() -> {
			view.select(ChartChoice.PICTURES);
			return view.message();
		});
		assertEquals("", message);
		Path png = Files.createTempDirectory("deposit").resolve("deposit.png");
		exportPng(view, png);
		assertTrue(Files.size(png) > 5000, "deposit picture too small");
		// one run: its snapshots titled with the run as lithos run's deposit-sequence, not with the first one's charge
		Path svg = png.resolveSibling("deposit.svg");
		Ui.run(() -> {
			try {
				view.export(svg);
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		});
		String drawn = Files.readString(svg);
		assertTrue(drawn.contains(">Half: "), "the sequence's title names the run");
		assertFalse(drawn.contains(">Half, "), "a snapshot's charge as the sequence's title");
		awaitPicture(view);
		Ui.screenshot("chart-deposit", null);
	}

	/**
	 * Resizing the Charts view draws the deposit pictures in the background, not on the UI thread: right after the
	 * resize the canvas still shows the picture of the old size, a moment later the one of the new size, pixel for
	 * pixel the PNG the command line's renderer writes at that size; back at the old size its picture shows at once.
	 */
	@Test
	@Order(10)
	void depositPicturesAreDrawnInTheBackgroundAtEachSizeOfTheView() throws Exception {
		ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), depositRun));
		Ui.run(() -> view.select(ChartChoice.PICTURES));
		Control canvas = Ui.sync(view::pictureControl);
		Point first = Ui.sync(canvas::getSize);
		Ui.waitUntil("the picture of the view's size", () -> first.equals(size(view.pictureImage())));
		// the canvas resized as dragging the view's edge does: its resize event is sent within setSize
		Point second = new Point(first.x - 37, first.y - 23);
		ImageData during = Ui.sync(() -> {
			canvas.setSize(second);
			return view.pictureImage();
		});
		assertEquals(first, size(during), "the picture was drawn on the UI thread during the resize");
		Ui.waitUntil("the picture of the new size", () -> second.equals(size(view.pictureImage())));
		ImageData shown = Ui.sync(view::pictureImage);
		Path png = Files.createTempDirectory("deposit").resolve("view.png");
		var input = depositRun.input().orElseThrow().getRuns().get(0);
		var outcome = depositRun.outcomes().stream().filter(o -> o.runId().equals(input.getId())).findFirst()
				.orElseThrow();
		new Java2DDepositRenderer().renderSequence(
				MorphologyPictures.sequence(input, outcome.result()),
				DepositView.MATERIAL, ImageFile.of(png, second.x, second.y));
		ImageData expected = new ImageData(png.toString());
		for (int y = 0; y < expected.height; y++) {
			for (int x = 0; x < expected.width; x++) {
				if (!expected.palette.getRGB(expected.getPixel(x, y)).equals(shown.palette.getRGB(shown.getPixel(x, y)))) {
					throw new AssertionError("the view's picture differs from the renderer's PNG at " + x + ", " + y);
				}
			}
		}
		ImageData back = Ui.sync(() -> {
			canvas.setSize(first);
			return view.pictureImage();
		});
		assertEquals(first, size(back), "the picture of a size drawn before is not shown at once");
		Ui.run(() -> canvas.getParent().layout(true));
	}

	/** Waits until the view shows the deposit picture of its canvas's size, which is drawn in the background. */
	private static void awaitPicture(ChartView view) {
		Ui.waitUntil("the deposit picture", () -> view.pictureControl().getSize().equals(size(view.pictureImage())));
	}

	private static Point size(ImageData image) {
		return image == null ? null : new Point(image.width, image.height);
	}

	@Test
	@Order(11)
	void cancellingAStudyStopsItAndKeepsWhatFinished() throws Exception {
		IFile longFile = Studies.file("long.cell");
		Studies.runFromEditor(longFile);
		Ui.waitUntil("the long study to start", () -> RunHistory.get().runs().stream()
				.anyMatch(r -> r.study().equals("Long") && r.state() == StudyRun.State.RUNNING));
		// progress: the Progress view is open and the job's name shows in the workbench (the Progress view or the
		// status line), and the Runs view counts the runs that ended
		assertNotNull(Ui.sync(() -> Ui.page().findView(org.lithos.ui.internal.LithosPerspective.PROGRESS_VIEW)),
				"the Progress view is not open");
		Ui.waitUntil("the job's name to show", () -> progressTexts().stream()
				.anyMatch(t -> t.contains(JOB_NAME)), Duration.ofSeconds(30));
		StudyRun running = RunHistory.get().runs().stream().filter(r -> r.study().equals("Long")
				&& r.state() == StudyRun.State.RUNNING).findFirst().orElseThrow();
		List<String> row = row(running);
		assertEquals("running", row.get(2));
		assertTrue(row.get(3).matches("\\d / 6"), "runs done: " + row.get(3));
		// the Progress view's own list: a row with the job's name and its cancel button
		try {
			Ui.waitUntil("the job's row in the Progress view", () -> ProgressRows.find(Ui.page(), JOB_NAME) != null,
					Duration.ofSeconds(30));
		} catch (AssertionError e) {
			Ui.screenshot("progress-missing", null);
			throw new AssertionError(e.getMessage() + "; the name shows in " + Ui.sync(() -> ProgressRows.describe(
					JOB_NAME)), e);
		}
		org.eclipse.swt.widgets.Composite jobRow = Ui.sync(() -> ProgressRows.find(Ui.page(), JOB_NAME));
		Ui.run(() -> ProgressRows.show(Ui.page(), IWorkbenchPage.VIEW_ACTIVATE));
		Ui.screenshot("progress", null);
		long start = System.nanoTime();
		Ui.run(() -> ProgressRows.pressCancel(jobRow));
		Studies.awaitJobs(Duration.ofSeconds(60));
		double seconds = (System.nanoTime() - start) / 1e9;
		StudyRun run = run("Long");
		assertEquals(StudyRun.State.CANCELLED, run.state());
		assertEquals("cancelled", row(run).get(2), "the Runs view shows it cancelled");
		// the runs that finished of the study's six, not every run as done
		assertEquals(run.outcomes().stream().filter(o -> o.finished()).count() + " / 6", row(run).get(3));
		Ui.run(() -> {
			try {
				Ui.page().showView(RunsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.screenshot("runs-view-cancelled", null);
		assertTrue(seconds < 20, "cancelling took " + seconds + " s");
		assertTrue(run.outcomes().stream().anyMatch(o -> !o.finished()), "every run finished: nothing was cancelled");
		String text = Ui.sync(() -> RunConsole.get().console().getDocument().get());
		assertTrue(text.contains("cancelled"), "the console does not report the cancelled runs");
		int cancelledRun = text.lastIndexOf(": cancelled (");
		assertTrue(cancelledRun > 0, "no run line says cancelled");
		assertEquals(RunConsole.PROBLEM_COLOUR, colourAt(text.lastIndexOf("  [", cancelledRun)),
				"a run that did not finish is a problem: red");
	}

	/**
	 * The Runs view's own Cancel: the running study selected in the view, its tool-bar button enabled for it (and
	 * only for a running study) and pressed: the study ends cancelled, keeping the runs that finished.
	 */
	@Test
	@Order(21)
	void theRunsViewsCancelButtonStopsTheSelectedRunningStudy() throws Exception {
		IFile longFile = Studies.file("long.cell");
		Studies.runFromEditor(longFile);
		Ui.waitUntil("the long study to start again", () -> RunHistory.get().runs().stream()
				.anyMatch(r -> r.study().equals("Long") && r.state() == StudyRun.State.RUNNING));
		StudyRun running = RunHistory.get().runs().stream()
				.filter(r -> r.study().equals("Long") && r.state() == StudyRun.State.RUNNING).findFirst().orElseThrow();
		long start = System.nanoTime();
		Ui.run(() -> {
			RunsView view = runsView();
			TableViewer viewer = view.viewer();
			viewer.refresh();
			// a finished study first: Cancel is for running ones only
			viewer.setSelection(new StructuredSelection(ratesRun()), true);
			assertFalse(cancelEnabled(view), "Cancel enabled for a finished study");
			// select the row as a click does: the table's selection, then its selection event
			TableItem row = java.util.Arrays.stream(viewer.getTable().getItems()).filter(i -> i.getData() == running)
					.findFirst().orElseThrow(() -> new AssertionError("no row for the running study"));
			viewer.getTable().setSelection(row);
			Event click = new Event();
			click.item = row;
			viewer.getTable().notifyListeners(SWT.Selection, click);
			assertTrue(cancelEnabled(view), "Cancel disabled for the running study");
			Widgets.pressToolBarButton(view, "Cancel");
		});
		Studies.awaitJobs(Duration.ofSeconds(60));
		double seconds = (System.nanoTime() - start) / 1e9;
		assertEquals(StudyRun.State.CANCELLED, running.state());
		assertEquals("cancelled", row(running).get(2), "the Runs view shows it cancelled");
		assertTrue(seconds < 20, "cancelling took " + seconds + " s");
		assertTrue(running.outcomes().stream().anyMatch(o -> !o.finished()), "every run finished: nothing was cancelled");
	}

	private static boolean cancelEnabled(RunsView view) {
		for (var item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
			if (item instanceof org.eclipse.jface.action.ActionContributionItem action
					&& "Cancel".equals(action.getAction().getText())) {
				return action.getAction().isEnabled();
			}
		}
		throw new AssertionError("the Runs view has no Cancel");
	}

	@Test
	@Order(12)
	void aFileWithErrorsIsMarkedAndNotRun() throws Exception {
		IFile broken = wrongUnitFile("broken");
		int studiesBefore = RunHistory.get().runs().size();
		Studies.runFromEditor(broken);
		Studies.awaitJobs(Duration.ofSeconds(60));
		IMarker[] markers = broken.findMarkers(org.lithos.ui.internal.run.Problems.MARKER, false, IResource.DEPTH_ZERO);
		assertTrue(Arrays.stream(markers).anyMatch(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) == 5
				&& m.getAttribute(IMarker.MESSAGE, "").startsWith("'pressure' must be a pressure")),
				"no marker on line 5: " + Arrays.toString(markers));
		assertEquals(studiesBefore, RunHistory.get().runs().size(), "a file with errors was run");
		// the Problems view in front after the run, and its picture: ProblemsViewTest
	}

	@Test
	@Order(13)
	void aProblemIsOneMarkerWhetherTheEditorOrTheRunFoundIt() throws Exception {
		IFile twice = wrongUnitFile("twice");
		String editor = Ui.sync(() -> {
			try {
				return org.lithos.ui.internal.EditorOpener.open(Ui.page(), Path.of(twice.getLocationURI())).getSite().getId();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertEquals(org.lithos.dsl.ui.CellEditorIds.EDITOR_ID, editor, "a .cell file opens in the cell editor");
		// the editor's live validation marks the problem first (its markers carry the character range) ...
		Ui.waitUntil("the editor's marker", () -> problems(twice).stream()
				.anyMatch(m -> m.getAttribute(IMarker.CHAR_START, -1) >= 0 && m.getAttribute(IMarker.LINE_NUMBER, 0) == 5));
		// ... then the run (the tool bar's Run button) finds it again: still one marker, one row in the Problems view
		Ui.run(() -> Widgets.pressWindowToolBarButton("Run the studies of this .cell file"));
		Studies.awaitJobs(Duration.ofSeconds(60));
		List<String> rows = problems(twice).stream()
				.map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + m.getAttribute(IMarker.MESSAGE, "")).toList();
		assertEquals(rows.stream().distinct().toList(), rows, "a problem is marked twice");
		assertTrue(rows.stream().anyMatch(row -> row.startsWith("5: 'pressure' must be a pressure")), rows.toString());
	}

	/** @return a new file of the rates project, NAME.cell, whose cell has a wrong unit on line 5 */
	private static IFile wrongUnitFile(String name) throws Exception {
		return Studies.create(Studies.file("rates.cell").getProject(), name + ".cell", "package " + name
				+ "\nimport lithos.materials.*\n" + "cell C {\n  format half\n  pressure 9 mA/cm2\n}\n");
	}

	/** @return every problem marker of a file, whichever bundle made it */
	private static List<IMarker> problems(IFile file) {
		try {
			return Arrays.asList(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO));
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Retention, overpotentials and the Li inventory per cycle are the numbers of cycles.csv. */
	@Test
	@Order(14)
	void thePerCycleChartsAreTheResultFilesNumbers() throws Exception {
		ChartView view = charts();
		String runId = Ui.sync(() -> ratesRun().outcomes().get(0).runId());
		Path cycles = runFolder(runId).resolve("cycles.csv");

		ChartModel retention = show(view, runId, ChartChoice.RETENTION);
		List<double[]> discharge = csv(cycles, "cycle", "discharge_mAh_cm2");
		assertSeries(retention.series().get(0), discharge.stream()
				.map(r -> new double[] { r[0], 100 * r[1] / discharge.get(0)[1] }).toList());

		ChartModel overpotential = show(view, runId, ChartChoice.OVERPOTENTIAL);
		assertEquals("mV", overpotential.yAxis().unit());
		assertSeries(overpotential.series("Plating"), csv(cycles, "cycle", "plating_mV"));
		assertSeries(overpotential.series("Stripping"), csv(cycles, "cycle", "stripping_mV"));

		ChartModel capacity = show(view, runId, ChartChoice.CAPACITY);
		assertSeries(capacity.series("Charge"), csv(cycles, "cycle", "charge_mAh_cm2"));
		assertSeries(capacity.series("Discharge"), discharge);

		ChartModel inventory = show(view, runId, ChartChoice.INVENTORY);
		assertEquals("mAh/cm2", inventory.yAxis().unit());
		assertFalse(inventory.isEmpty(), "no inventory");
		java.util.Map<String, String> columns = java.util.Map.of("Plated Li", "li_plated_mAh_cm2", "Dead Li",
				"li_dead_mAh_cm2", "SEI", "li_sei_mAh_cm2", "Alloy", "li_alloy_mAh_cm2", "Conversion",
				"li_conversion_mAh_cm2", "Cracks", "li_cracks_mAh_cm2", "Cathode", "li_cathode_mAh_cm2");
		List<double[]> counter = csv(cycles, "cycle", "li_counter_mAh_cm2");
		double[] total = new double[counter.size()];
		for (DataSeries part : inventory.series()) {
			assertSeries(part, csv(cycles, "cycle", columns.get(part.name())));
			for (int i = 0; i < total.length; i++) {
				total[i] += part.y()[i];
			}
		}
		// Li is conserved: what the chart stacks plus the counter electrode (a half cell's, left off the chart) is the
		// same Li in every cycle, to the 6 digits cycles.csv keeps
		for (int i = 1; i < total.length; i++) {
			assertEquals(total[0] + counter.get(0)[1], total[i] + counter.get(i)[1], 1e-5 * counter.get(0)[1],
					"total Li of cycle " + (i + 1));
		}
		Ui.screenshot("chart-inventory", Ui.sync(() -> view.canvas().control()));
	}

	/** Voltage against time is series.csv's time (in h) and voltage. */
	@Test
	@Order(15)
	void voltageAgainstTimeIsTheSeriesFilesTrace() throws Exception {
		ChartView view = charts();
		String runId = Ui.sync(() -> ratesRun().outcomes().get(1).runId());
		ChartModel chart = show(view, runId, ChartChoice.VOLTAGE_TIME);
		assertEquals("h", chart.xAxis().unit());
		assertEquals("V", chart.yAxis().unit());
		assertSeries(chart.series().get(0), csv(runFolder(runId).resolve("series.csv"), "time_s", "voltage_V")
				.stream().map(r -> new double[] { r[0] / 3600, r[1] }).toList());
	}

	/**
	 * The study's expected value sits next to the predictions on the per-run chart too: the expected first-cycle
	 * efficiency at cycle 1 on the efficiency chart of the run it concerns (j = 1 mA/cm2), none on the other run's.
	 */
	@Test
	@Order(16)
	void theExpectedValueIsDrawnBesideThePredictionOfTheRunItConcerns() {
		ChartView view = charts();
		List<String> ids = ratesRunIds();
		String concerned = ids.stream().filter(id -> id.contains("j=1")).findFirst().orElseThrow();
		String other = ids.stream().filter(id -> !id.equals(concerned)).findFirst().orElseThrow();
		ChartModel marked = show(view, concerned, ChartChoice.EFFICIENCY);
		assertEquals(1, marked.markers().size(), "markers: " + marked.markers());
		assertEquals(90, marked.markers().get(0).value(), 1e-9);
		assertEquals(80, marked.markers().get(0).low(), 1e-9);
		assertEquals(100, marked.markers().get(0).high(), 1e-9);
		assertEquals(1, marked.markers().get(0).at(), 1e-9);
		assertTrue(show(view, other, ChartChoice.EFFICIENCY).markers().isEmpty(), "a marker on the other run");
		Ui.screenshot("chart-expected", Ui.sync(() -> view.canvas().control()));
	}

	/**
	 * The chart list offers, for every run, each chart the command line's report draws for it (RunCharts: the cycling
	 * charts, and for a kinetic Monte Carlo run its coverage, porosity, height and roughness), found by chart id; and
	 * leaves out what a study has no data for: no deposit charts or pictures for the cycling study, no cycle charts
	 * and no sweep for the deposit study, no measured charts for either.
	 */
	@Test
	@Order(16)
	void theChartListOffersWhatTheReportDrawsAndNothingEmpty() {
		for (StudyRun study : List.of(ratesRun, depositRun)) {
			ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), study));
			for (org.lithos.sim.RunOutcome outcome : study.outcomes()) {
				java.util.Set<String> report = new java.util.TreeSet<>();
				Stream.concat(ChartModels.all(outcome.result()).stream(),
						ChartModels.morphology(outcome.result()).stream()).filter(c -> !c.isEmpty())
						.forEach(c -> report.add(c.id()));
				java.util.Set<String> studio = Ui.sync(() -> {
					java.util.Set<String> ids = new java.util.TreeSet<>();
					view.check(List.of(outcome.runId()));
					for (ChartChoice choice : view.offered()) {
						if (!choice.isPicture()) {
							view.select(choice);
							ChartModel chart = view.model();
							assertNotNull(chart, choice + " is offered but draws nothing: " + view.message());
							assertFalse(chart.isEmpty(), choice + " is offered but empty");
							ids.add(chart.id());
						}
					}
					return ids;
				});
				assertTrue(studio.containsAll(report), outcome.runId() + ": the report draws " + report
						+ ", the studio offers " + studio);
			}
		}
		List<ChartChoice> rates = Ui.sync(() -> ChartView.show(Ui.page(), ratesRun).offered());
		List<ChartChoice> deposit = Ui.sync(() -> ChartView.show(Ui.page(), depositRun).offered());
		assertTrue(deposit.containsAll(List.of(ChartChoice.COVERAGE, ChartChoice.POROSITY, ChartChoice.HEIGHT,
				ChartChoice.ROUGHNESS, ChartChoice.PICTURES)), "deposit study: " + deposit);
		assertFalse(deposit.contains(ChartChoice.EFFICIENCY) || deposit.contains(ChartChoice.SWEEP),
				"deposit study: " + deposit);
		assertTrue(rates.containsAll(List.of(ChartChoice.EFFICIENCY, ChartChoice.SWEEP)), "rates study: " + rates);
		assertFalse(rates.contains(ChartChoice.PICTURES) || rates.contains(ChartChoice.POROSITY)
				|| rates.contains(ChartChoice.MEASURED_EFFICIENCY), "rates study: " + rates);
	}

	/**
	 * Switching from the sweep of one study to a study that sweeps nothing leaves no stale chart: the view shows what
	 * the new study's plot asks for (its deposit pictures, for `plot morphology`), with no message, instead of the
	 * earlier study's sweep under "This study sweeps nothing".
	 */
	@Test
	@Order(16)
	void openingAnotherStudyShowsItsOwnChartNeverTheEarlierOne() {
		ChartView view = charts();
		Ui.run(() -> view.select(ChartChoice.SWEEP));
		assertNotNull(Ui.sync(view::model), "the rates study's sweep");
		Ui.run(() -> ChartView.show(Ui.page(), depositRun));
		assertEquals(ChartChoice.PICTURES, Ui.sync(view::shown), "the chart the deposit study's plot asks for");
		assertEquals("", Ui.sync(view::message));
		assertNull(Ui.sync(view::model), "pictures, not a chart");
		Ui.screenshot("chart-switched-study", null);
	}

	/**
	 * The Charts view keeps what it shows in its memento, as the workbench saves it when the studio closes and when
	 * the view is closed: opened again, it shows the same study, chart, cycles and ticked runs, not "No results to
	 * chart yet".
	 */
	@Test
	@Order(17)
	void theChartsViewShowsTheSameChartWhenOpenedAgain() {
		ChartView before = charts();
		String first = ratesRun.outcomes().get(0).runId();
		Ui.run(() -> {
			before.select(ChartChoice.VOLTAGE_CAPACITY);
			before.setCycles("1, last");
			before.check(List.of(first));
			Ui.page().hideView(before);
		});
		ChartView after = Ui.sync(() -> {
			try {
				return (ChartView) Ui.page().showView(ChartView.ID);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		assertNotEquals(before, after, "the view was not closed");
		Ui.waitUntil("the study shown before", () -> after.run() != null, Duration.ofSeconds(10));
		Ui.run(() -> {
			assertEquals(ratesRun.output(), after.run().output());
			assertEquals(ChartChoice.VOLTAGE_CAPACITY, after.shown());
			assertEquals("1, last", after.cycles());
			List<String> ticked = Arrays.stream(after.runList().getItems()).filter(TableItem::getChecked)
					.map(item -> ((org.lithos.sim.RunOutcome) item.getData()).runId()).toList();
			assertEquals(List.of(first), ticked);
			assertNotNull(after.model(), "no chart drawn");
		});
		Ui.screenshot("charts-reopened", null);
	}

	/** The kinetic Monte Carlo run's coverage, porosity, height and roughness are its series.csv columns. */
	@Test
	@Order(17)
	void theMorphologyChartsAreTheKineticMonteCarloSeries() throws Exception {
		StudyRun deposit = depositRun;
		ChartView view = Ui.sync(() -> ChartView.show(Ui.page(), deposit));
		String runId = deposit.outcomes().get(0).runId();
		Path series = deposit.outcomes().get(0).folder().resolve("series.csv");
		ChartModel coverage = show(view, runId, ChartChoice.COVERAGE);
		assertEquals("%", coverage.yAxis().unit());
		assertSeries(coverage.series().get(0), csv(series, "charge_A*s_m2", "coverage").stream()
				.map(r -> new double[] { r[0] / 36000, 100 * r[1] }).toList());
		ChartModel height = show(view, runId, ChartChoice.HEIGHT);
		assertSeries(height.series("Tip height"), csv(series, "charge_A*s_m2", "tip height_m").stream()
				.map(r -> new double[] { r[0] / 36000, metres(r[1], height.yAxis().unit()) }).toList());
		ChartModel porosity = show(view, runId, ChartChoice.POROSITY);
		assertEquals(ChartModels.POROSITY_VS_CHARGE, porosity.id());
		assertEquals("%", porosity.yAxis().unit());
		assertSeries(porosity.series().get(0), csv(series, "charge_A*s_m2", "porosity").stream()
				.map(r -> new double[] { r[0] / 36000, 100 * r[1] }).toList());
		ChartModel roughness = show(view, runId, ChartChoice.ROUGHNESS);
		assertSeries(roughness.series().get(0), csv(series, "charge_A*s_m2", "roughness_m").stream()
				.map(r -> new double[] { r[0] / 36000, metres(r[1], roughness.yAxis().unit()) }).toList());
		Ui.screenshot("chart-coverage", Ui.sync(() -> view.canvas().control()));
	}

	/**
	 * The README's pictures of the chart view, maximised as a user would to read a chart: Coulombic efficiency of the
	 * two runs overlaid with a legend, and the sweep chart with the measured value beside the predictions.
	 */
	@Test
	@Order(18)
	void theChartViewMaximisedShowsTheOverlayAndTheSweep() throws Exception {
		ChartView view = charts();
		List<String> ids = ratesRunIds();
		Ui.run(() -> Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED));
		try {
			ChartModel overlay = Ui.sync(() -> {
				view.check(ids);
				view.select(ChartChoice.EFFICIENCY);
				return view.model();
			});
			assertEquals(ids, overlay.series().stream().map(DataSeries::name).toList(), "one line per run");
			Path file = Ui.screenshot("studio-chart-overlay", null);
			ChartModel sweep = Ui.sync(() -> {
				view.select(ChartChoice.SWEEP);
				return view.model();
			});
			assertEquals(1, sweep.markers().size());
			Path sweepFile = Ui.screenshot("studio-chart-sweep", null);
			assertTrue(Files.size(file) > 20_000 && Files.size(sweepFile) > 20_000, "screenshots too small");
		} finally {
			Ui.run(() -> Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_RESTORED));
		}
	}

	private static double metres(double si, String unit) {
		return org.lithos.units.Quantity.ofSi(si, org.lithos.units.Dimension.LENGTH).in(unit);
	}

	/** Ticks one run and shows a chart; fails with the view's message when there is no chart. */
	private static ChartModel show(ChartView view, String runId, ChartChoice choice) {
		ChartModel chart = Ui.sync(() -> {
			view.check(List.of(runId));
			view.select(choice);
			return view.model();
		});
		assertNotNull(chart, choice + ": " + Ui.sync(view::message));
		return chart;
	}

	/**
	 * A chart series is the file's rows, in order, to the 6 significant digits the files keep; a thinned series (long
	 * traces keep at most 5000 points) is an ordered subset of them with the first and last row.
	 */
	private static void assertSeries(DataSeries series, List<double[]> rows) {
		assertNotNull(series, "no such series");
		assertFalse(rows.isEmpty());
		assertTrue(series.size() > 0 && series.size() <= rows.size(), series.name() + ": " + series.size()
				+ " points for " + rows.size() + " rows");
		int row = 0;
		for (int i = 0; i < series.size(); i++) {
			double x = series.x()[i];
			double y = series.y()[i];
			while (row < rows.size() && !(close(rows.get(row)[0], x) && close(rows.get(row)[1], y))) {
				if (series.size() == rows.size()) {
					assertEquals(rows.get(row)[0], x, tolerance(x), series.name() + " x of point " + i);
					assertEquals(rows.get(row)[1], y, tolerance(y), series.name() + " y of point " + i);
				}
				row++;
			}
			assertTrue(row < rows.size(), series.name() + ": point " + i + " (" + x + ", " + y + ") is no row");
			row++;
		}
		assertTrue(close(rows.get(0)[0], series.x()[0]), series.name() + " does not start at the first row");
		assertTrue(close(rows.get(rows.size() - 1)[0], series.x()[series.size() - 1]),
				series.name() + " does not end at the last row");
	}

	private static boolean close(double expected, double actual) {
		return Math.abs(expected - actual) <= tolerance(expected);
	}

	private static double tolerance(double value) {
		return 1e-5 * Math.abs(value) + 1e-9;
	}

	/** @return the texts of the workbench window's labels and links (job names show in them while jobs run) */
	private static List<String> progressTexts() {
		org.eclipse.swt.widgets.Control root = Ui.window().getShell();
		List<String> texts = new ArrayList<>();
		for (org.eclipse.swt.widgets.Label label : Widgets.all(root, org.eclipse.swt.widgets.Label.class, l -> true)) {
			texts.add(label.getText());
		}
		for (org.eclipse.swt.widgets.Link link : Widgets.all(root, org.eclipse.swt.widgets.Link.class, l -> true)) {
			texts.add(link.getText());
		}
		return texts;
	}

	private static ChartView charts() {
		return Ui.sync(() -> ChartView.show(Ui.page(), ratesRun()));
	}

	private static StudyRun ratesRun() {
		return ratesRun;
	}

	/** @return the run ids of the rate sweep this class ran, read on the UI thread */
	private static List<String> ratesRunIds() {
		return Ui.sync(() -> ratesRun().outcomes().stream().map(o -> o.runId()).toList());
	}

	/**
	 * @return the latest run of a study that this session ran and that ended (runs of earlier sessions have no
	 *         compiled study in memory)
	 */
	private static StudyRun run(String study) {
		return RunHistory.get().runs().stream().filter(r -> r.study().equals(study) && r.input().isPresent()
				&& r.state() != StudyRun.State.RUNNING).findFirst()
				.orElseThrow(() -> new AssertionError("no run of " + study + " in " + RunHistory.get().runs()));
	}

	private static Path runFolder(String runId) {
		return ratesRun().outcomes().stream().filter(o -> o.runId().equals(runId)).findFirst().orElseThrow().folder();
	}

	/** @return the named columns of a CSV file with a header, one array per row */
	private static List<double[]> csv(Path file, String... columns) throws Exception {
		List<String> lines = Files.readAllLines(file);
		List<String> header = List.of(lines.get(0).split(","));
		int[] index = new int[columns.length];
		for (int i = 0; i < columns.length; i++) {
			index[i] = header.indexOf(columns[i]);
			assertNotEquals(-1, index[i], file.getFileName() + " has no column " + columns[i] + ": " + header);
		}
		List<double[]> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			double[] row = new double[columns.length];
			boolean complete = true;
			for (int i = 0; i < columns.length; i++) {
				complete &= !cells[index[i]].isEmpty();
				row[i] = complete ? Double.parseDouble(cells[index[i]]) : Double.NaN;
			}
			if (complete) {
				rows.add(row);
			}
		}
		assertFalse(rows.isEmpty(), file + " has no complete rows");
		return rows;
	}
}
