package org.lithos.ui.internal.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.lithos.charts.ChartModel;
import org.lithos.charts.ChartModels;
import org.lithos.charts.RunScalar;
import org.lithos.charts.jfree.JFreeChartRenderer;
import org.lithos.charts.render.ImageFile;
import org.lithos.model.PlotRequest;
import org.lithos.model.StudyInput;
import org.lithos.sim.RunOutcome;
import org.lithos.ui.internal.FileChooser;
import org.lithos.ui.internal.run.RunHistory;
import org.lithos.ui.internal.run.StudyRun;

/**
 * Charts of a study's results: pick a chart, tick the runs to overlay, and for voltage against capacity the cycles;
 * sweeps draw a figure per run against the swept variable. Zoom, pan and tooltips come from {@link ChartCanvas};
 * the tool bar exports PNG or SVG (Lithos' own renderer, as the command line writes them) and copies the data as
 * CSV.
 */
public class ChartView extends ViewPart {

	/** The view's id in plugin.xml. */
	public static final String ID = "org.lithos.ui.charts";

	/** The most of the view's width the runs list widens to for long run names. */
	private static final double RUNS_SHARE = 0.35;
	/** The narrowest the runs list gets, in pixels: room for a short title's words. */
	private static final int RUNS_MIN = 110;
	/** Room right of the longest name: the list's border and vertical scroll bar, and the column's margins. */
	private static final int RUNS_MARGIN = 30;

	/** Room after a shortened name in the run list, in pixels: the cell's right padding. */
	private static final int NAME_END_MARGIN = 6;

	/** Export size in pixels, as the command line's charts. */
	private static final int EXPORT_WIDTH = 1200;
	private static final int EXPORT_HEIGHT = 800;
	/** How often reading an earlier study looks whether the user cancelled it. */
	private static final long CANCEL_POLL_MS = 100;

	/** What the view says before it has results. */
	public static final String NO_RESULTS = "No results to chart yet.\n\nRun the studies of a .cell file with Run > Run "
			+ "Studies (Ctrl+F11), the tool bar's Run button or the Project Explorer's Run Studies, or double-click a "
			+ "study in the Runs view to chart its results.";
	/** The run list's tooltip where no run is under the mouse. */
	private static final String RUNS_TIP = "Tick the runs to draw; several are overlaid with a legend";

	private StudyRun run;
	/** What the view showed in the last session, until it is restored. */
	private Optional<ChartViewState> saved = Optional.empty();
	/** The charts on offer for the study on show, in the chart list's order. */
	private List<ChartChoice> offered = List.of();
	private Label intro;
	private CheckboxTableViewer runs;
	private Combo chartCombo;
	private Text cyclesText;
	private Combo scalarCombo;
	private Combo variableCombo;
	private Composite controls;
	private SashForm sash;
	private Composite cycles;
	private Composite sweep;
	private Composite stack;
	private StackLayout stackLayout;
	private ChartCanvas canvas;
	private PictureCanvas pictures;
	private Label message;
	private Label title;
	/** The heading's study, file and ", N runs", whole. */
	private String titleStudy = "";
	private String titleFile = "";
	private String titleRuns = "";
	/** The width the run list has for a name, in pixels; -1 while whole names fit. */
	private int nameRoom = -1;
	/** Export PNG and SVG: for a chart or the deposit pictures. */
	private final List<Action> imageActions = new ArrayList<>();
	/** Copy Data as CSV and Reset Zoom: for a chart only. */
	private final List<Action> chartActions = new ArrayList<>();

	/**
	 * Shows a study's results in the chart view, opening it if needed.
	 *
	 * @param page the page
	 * @param run  a study run with results in memory
	 * @return the view
	 */
	public static ChartView show(IWorkbenchPage page, StudyRun run) {
		return show(page, run, IWorkbenchPage.VIEW_ACTIVATE);
	}

	/**
	 * Shows a study's results in the chart view, opening it if needed.
	 *
	 * @param page the page
	 * @param run  a study run with results in memory
	 * @param mode {@link IWorkbenchPage#VIEW_ACTIVATE} or {@link IWorkbenchPage#VIEW_VISIBLE} (keeps the focus)
	 * @return the view, null when it cannot be shown
	 */
	public static ChartView show(IWorkbenchPage page, StudyRun run, int mode) {
		try {
			ChartView view = (ChartView) page.showView(ID, null, mode);
			view.setRun(run);
			return view;
		} catch (PartInitException e) {
			ILog.of(ChartView.class).log(e.getStatus());
			return null;
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		// the chart's controls in one row across the view (only those of the chart on show), then the runs to tick
		// on the left and the chart with the rest of the room: at the view's default size in the perspective (about
		// 560 x 500 pixels) the plot keeps most of it
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		parent.setLayout(layout);
		Composite controls = new Composite(parent, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.center = true;
		row.marginLeft = 5;
		row.marginTop = 4;
		row.marginBottom = 2;
		controls.setLayout(row);
		controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(controls, SWT.NONE).setText("Chart:");
		// the charts this study has data for, filled in by setRun
		chartCombo = new Combo(controls, SWT.READ_ONLY);
		chartCombo.setVisibleItemCount(ChartChoice.values().length);
		chartCombo.addListener(SWT.Selection, e -> redraw());
		// a field and its label (the sweep's two choices) wrap to the next row together when the view is narrow
		cycles = group(controls);
		new Label(cycles, SWT.NONE).setText("Cycles:");
		cyclesText = new Text(cycles, SWT.BORDER);
		cyclesText.setText("1, 2, last");
		cyclesText.setToolTipText("Cycles for voltage against capacity, e.g. 1, 2, 10, last (Enter redraws)");
		cyclesText.setLayoutData(new RowData(90, SWT.DEFAULT));
		cyclesText.addListener(SWT.DefaultSelection, e -> redraw());
		sweep = group(controls);
		new Label(sweep, SWT.NONE).setText("Figure:");
		scalarCombo = new Combo(sweep, SWT.READ_ONLY);
		scalarCombo.setItems(Arrays.stream(RunScalar.values()).map(RunScalar::label).toArray(String[]::new));
		scalarCombo.select(0);
		scalarCombo.addListener(SWT.Selection, e -> redraw());
		new Label(sweep, SWT.NONE).setText("against");
		variableCombo = new Combo(sweep, SWT.READ_ONLY);
		variableCombo.addListener(SWT.Selection, e -> redraw());
		this.controls = controls;

		// until there are results: what to do to get some, across the view
		intro = new Label(parent, SWT.WRAP);
		intro.setText(NO_RESULTS);
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
		introData.horizontalIndent = 8;
		introData.verticalIndent = 8;
		intro.setLayoutData(introData);

		sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite left = new Composite(sash, SWT.NONE);
		left.setLayout(new GridLayout(1, false));
		// one line for the study, one for its file and runs, each shortened to the list's width rather than wrapped
		// mid-phrase ("1 / run") or mid-word; the whole heading in the tooltip
		title = new Label(left, SWT.NONE);
		GridData titleData = new GridData(SWT.FILL, SWT.TOP, true, false);
		titleData.widthHint = 1; // the column's width, not the heading's: it is shortened to fit
		title.setLayoutData(titleData);
		title.addListener(SWT.Resize, e -> fitTitle());
		runs = CheckboxTableViewer.newCheckList(left, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		runs.setContentProvider(ArrayContentProvider.getInstance());
		runs.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				String name = nameOf((RunOutcome) element);
				return nameRoom < 0 ? name : RunNames.fit(name, nameRoom, ChartView.this::textWidth);
			}
		});
		runs.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		runs.getTable().setToolTipText(RUNS_TIP);
		// a run's whole name under the mouse: long names ("Cu_half+pressure=5MPa@j=0.1mA_cm2") are shortened in the list
		runs.getTable().addListener(SWT.MouseHover, e -> {
			TableItem item = runs.getTable().getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
			runs.getTable().setToolTipText(item == null || !(item.getData() instanceof RunOutcome outcome) ? RUNS_TIP
					: nameOf(outcome) + "\n" + RUNS_TIP);
		});
		runs.addCheckStateListener(event -> redraw());

		Composite right = new Composite(sash, SWT.NONE);
		GridLayout rightLayout = new GridLayout(1, false);
		rightLayout.marginWidth = 0;
		right.setLayout(rightLayout);
		message = new Label(right, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		stack = new Composite(right, SWT.NONE);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		canvas = new ChartCanvas(stack);
		pictures = new PictureCanvas(stack);
		stackLayout.topControl = canvas.control();
		// the runs list wide enough for run names such as "Half@j=0.5mA_cm2" at the default size
		sash.setWeights(1, 3);
		sash.addListener(SWT.Resize, e -> fitRunsList());
		showResults(false);
		makeActions();
		updateActions();
		// what the view showed when the studio was closed, once the view is up (reading a study takes a moment)
		saved.ifPresent(state -> parent.getDisplay().asyncExec(() -> restore(state)));
		saved = Optional.empty();
	}

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		saved = ChartViewState.of(memento);
	}

	@Override
	public void saveState(IMemento memento) {
		if (run != null) {
			List<String> ticked = Arrays.stream(runs.getCheckedElements()).map(o -> ((RunOutcome) o).runId())
					.toList();
			new ChartViewState(run.output(), choice(), cyclesText.getText(), ticked).save(memento);
		}
	}

	/** Shows the study, chart, cycles and ticked runs of an earlier session, if the study is still listed. */
	private void restore(ChartViewState state) {
		if (title.isDisposed() || run != null) {
			return; // closed, or a run came first
		}
		Optional<StudyRun> study = RunHistory.get().runs().stream()
				.filter(r -> r.output().equals(state.study()) && r.hasResults()).findFirst();
		if (study.isEmpty()) {
			return;
		}
		setRun(study.get());
		if (run != study.get()) {
			return; // its folder could not be read: the view says why
		}
		cyclesText.setText(state.cycles());
		if (state.chart() != null && offered.contains(state.chart())) {
			chartCombo.select(offered.indexOf(state.chart()));
		}
		check(state.ticked()); // and redraws
	}

	/** Shows the chart controls, runs and chart once there are results, else only the line saying how to get some. */
	private void showResults(boolean results) {
		show(controls, results);
		show(sash, results);
		show(intro, !results);
		if (results) {
			showControlsOf(choice());
		}
		intro.getParent().layout(true, true);
	}

	/** Shows the cycles field for voltage against capacity and the sweep's choices for the sweep chart only. */
	private void showControlsOf(ChartChoice choice) {
		show(cycles, choice == ChartChoice.VOLTAGE_CAPACITY);
		show(sweep, choice == ChartChoice.SWEEP);
		controls.getParent().layout(true, true);
	}

	private static Composite group(Composite parent) {
		Composite group = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = false;
		layout.center = true;
		layout.marginLeft = 0;
		layout.marginRight = 0;
		layout.marginTop = 0;
		layout.marginBottom = 0;
		group.setLayout(layout);
		return group;
	}

	private static void show(Control control, boolean visible) {
		if (control.getLayoutData() instanceof GridData grid) {
			grid.exclude = !visible;
		} else {
			RowData data = control.getLayoutData() instanceof RowData given ? given : new RowData();
			data.exclude = !visible;
			control.setLayoutData(data);
		}
		control.setVisible(visible);
	}

	private void makeActions() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		Action png = new Action("Export PNG...") {
			@Override
			public void run() {
				exportWithDialog("png");
			}
		};
		png.setToolTipText("Save the chart on show as a PNG image (1200 x 800, as lithos run draws it)");
		toolBar.add(png);
		Action svg = new Action("Export SVG...") {
			@Override
			public void run() {
				exportWithDialog("svg");
			}
		};
		svg.setToolTipText("Save the chart on show as an SVG drawing");
		toolBar.add(svg);
		Action copy = new Action("Copy Data as CSV") {
			@Override
			public void run() {
				copyCsv();
			}
		};
		copy.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		copy.setToolTipText("Copy the data of the chart on show as CSV (series, x, y in the axes' units)");
		toolBar.add(copy);
		// Ctrl+C and Edit > Copy while the view is active: the same data, not a command that does nothing
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		Action resetZoom = new Action("Reset Zoom") {
			@Override
			public void run() {
				canvas.resetZoom();
			}
		};
		resetZoom.setToolTipText("Show the whole chart again after zooming or panning");
		toolBar.add(resetZoom);
		imageActions.addAll(List.of(png, svg));
		chartActions.addAll(List.of(copy, resetZoom));
	}

	/** Export, copy and zoom act on what is on show: enabled only while there is a chart or picture to act on. */
	private void updateActions() {
		boolean chart = model() != null;
		boolean drawn = run != null && stackLayout.topControl == pictures.control() && message.getText().isEmpty();
		imageActions.forEach(action -> action.setEnabled(chart || drawn));
		chartActions.forEach(action -> action.setEnabled(chart));
	}

	/**
	 * Reads an earlier session's study folder in a thread of its own while the progress monitor is watched, so Cancel
	 * answers at once even in the middle of a file (the reading then ends unwatched, and a later open finds it done).
	 */
	private static void read(StudyRun run, IProgressMonitor monitor) throws InvocationTargetException,
			InterruptedException {
		monitor.beginTask("Reading the results of " + run.study() + " from " + run.output(), IProgressMonitor.UNKNOWN);
		CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
			try {
				run.loadResults();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, task -> {
			Thread thread = new Thread(task, "Reading " + run.output());
			thread.setDaemon(true);
			thread.start();
		});
		while (true) {
			try {
				reading.get(CANCEL_POLL_MS, TimeUnit.MILLISECONDS);
				return;
			} catch (TimeoutException e) {
				if (monitor.isCanceled()) {
					throw new InterruptedException("cancelled");
				}
			} catch (ExecutionException e) {
				Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
				throw new InvocationTargetException(cause, cause.getMessage());
			}
		}
	}

	/**
	 * @param run a study run whose results to chart (those of an earlier session are read from its folder); every
	 *            finished run is ticked
	 */
	public void setRun(StudyRun run) {
		if (run.input().isEmpty()) {
			try {
				// off the UI thread: a large sweep's folder takes seconds to read; the workbench keeps painting and,
				// after a moment, shows a progress dialog whose Cancel leaves the view as it was
				PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> read(run, monitor));
			} catch (InvocationTargetException e) {
				this.run = null;
				canvas.clear();
				intro.setText(run.study() + " (" + run.output() + "): cannot read its results: "
						+ e.getCause().getMessage());
				showResults(false);
				updateActions();
				return;
			} catch (InterruptedException e) {
				return;
			}
		}
		intro.setText(NO_RESULTS);
		this.run = run;
		StudyInput study = run.input().orElseThrow();
		int count = run.outcomes().size();
		titleStudy = run.study();
		titleFile = run.file().getFileName().toString();
		titleRuns = ", " + count + (count == 1 ? " run" : " runs");
		title.setToolTipText(titleStudy + "\n" + titleFile + titleRuns);
		fitTitle();
		List<RunOutcome> outcomes = run.outcomes();
		offerChartsOf(study, outcomes);
		showResults(true);
		runs.setInput(outcomes);
		runs.setCheckedElements(outcomes.stream().filter(RunOutcome::finished).toArray());
		fitRunsList();
		List<String> variables = ChartChoice.sweepVariables(study);
		variableCombo.setItems(variables.toArray(String[]::new));
		if (!variables.isEmpty()) {
			variableCombo.select(0);
		}
		for (PlotRequest plot : study.getPlots()) {
			RunScalar scalar = ChartChoice.scalar(plot.getY());
			if (scalar != null && variables.contains(plot.getX())) {
				scalarCombo.select(scalar.ordinal());
				variableCombo.select(variables.indexOf(plot.getX()));
				break;
			}
		}
		redraw();
		title.getParent().layout(true);
		fitTitle();
	}

	/** Writes the heading's two lines, each shortened with an ellipsis to the label's width. */
	private void fitTitle() {
		int room = title.getSize().x;
		if (room <= 1) {
			title.setText(titleStudy + "\n" + titleFile + titleRuns);
			return;
		}
		ToIntFunction<String> measure = text -> {
			GC gc = new GC(title);
			try {
				return gc.textExtent(text).x;
			} finally {
				gc.dispose();
			}
		};
		String study = RunNames.fitEnd(titleStudy, room, measure);
		String file = RunNames.fitMiddle(titleFile, room - measure.applyAsInt(titleRuns), measure) + titleRuns;
		if (measure.applyAsInt(file) > room) {
			file = RunNames.fitEnd(file, room, measure);
		}
		String text = study + "\n" + file;
		if (!text.equals(title.getText())) {
			title.setText(text);
		}
	}

	/** @return the study's heading above the run list */
	public Label heading() {
		return title;
	}

	/**
	 * Fills the chart list with the charts this study has data for, keeping the chart on show when the study has it
	 * (to compare studies chart by chart), else the one its plot asks for, else the first.
	 */
	private void offerChartsOf(StudyInput study, List<RunOutcome> outcomes) {
		ChartChoice shown = choice();
		offered = ChartChoice.offered(study, outcomes);
		chartCombo.setItems(offered.stream().map(ChartChoice::label).toArray(String[]::new));
		chartCombo.setEnabled(!offered.isEmpty());
		if (!offered.isEmpty()) {
			ChartChoice next = offered.contains(shown) ? shown : preferred(study, offered);
			chartCombo.select(offered.indexOf(next));
		}
	}

	/**
	 * @return the chart the study's first plot clause with a chart on offer asks for (deposit pictures, a sweep, a
	 *         per-run chart, over the measured data when the study has them), else the comparison with measured data
	 *         when there is one, else the first on offer
	 */
	private static ChartChoice preferred(StudyInput study, List<ChartChoice> offered) {
		for (PlotRequest plot : study.getPlots()) {
			if (plot.getX() == null || plot.getX().isEmpty()) {
				if (offered.contains(ChartChoice.PICTURES)) {
					return ChartChoice.PICTURES;
				}
			} else if (ChartChoice.scalar(plot.getY()) != null && offered.contains(ChartChoice.SWEEP)
					&& ChartChoice.sweepVariables(study).contains(plot.getX())) {
				return ChartChoice.SWEEP;
			}
			for (ChartChoice asked : ChartChoice.forPlot(plot.getY(), plot.getX())) {
				if (offered.contains(asked)) {
					return asked;
				}
			}
		}
		return offered.contains(ChartChoice.MEASURED_VOLTAGE) ? ChartChoice.MEASURED_VOLTAGE : offered.get(0);
	}

	/**
	 * Makes the runs list as wide as its longest run name, up to {@link #RUNS_SHARE} of the
	 * view, whatever the view's size: run names such as "Half@j=0.5mA_cm2" are what tell the runs apart, and a
	 * maximised view gives the chart the room it gains.
	 */
	private void fitRunsList() {
		int total = sash.getClientArea().width;
		if (total <= 0) {
			return;
		}
		// the run names decide (measured: the table's own preferred width is far wider than short names such as
		// "Half"); the study's title above them wraps
		int beside = besideNames();
		int widest = widestName();
		int wanted = beside + widest;
		int left = Math.min(Math.max(RUNS_MIN, wanted), (int) (RUNS_SHARE * total));
		sash.setWeights(left, Math.max(1, total - left));
		// names too long for the share are shortened in the middle, keeping what tells a sweep's runs apart; the room
		// is the column's width less what is beside a name (not the list's size as last laid out: the window system
		// may not have resized it yet, which left the tour's sweep names a third of their room)
		Table table = runs.getTable();
		GridLayout column = (GridLayout) table.getParent().getLayout();
		int textStart = table.getItemCount() == 0 ? 0 : table.getItem(0).getTextBounds(0).x;
		int scrollBar = table.getVerticalBar() != null && table.getVerticalBar().isVisible()
				? table.getVerticalBar().getSize().x : 0;
		int fits = left - 2 * column.marginWidth - 2 * table.getBorderWidth() - textStart - scrollBar
				- NAME_END_MARGIN;
		int room = wanted <= left || widest <= fits ? -1 : Math.max(1, fits);
		if (room != nameRoom) {
			nameRoom = room;
			runs.update(runs.getTable().getItemCount() == 0 ? new Object[0]
					: Arrays.stream(runs.getTable().getItems()).map(TableItem::getData).toArray(), null);
		}
	}

	/** @return a run's name in the list: its id, and its state unless it finished */
	private static String nameOf(RunOutcome outcome) {
		return outcome.runId() + (outcome.finished() ? "" : " (" + outcome.state().name().toLowerCase() + ")");
	}

	private int textWidth(String text) {
		GC gc = new GC(runs.getTable());
		try {
			return gc.textExtent(text).x;
		} finally {
			gc.dispose();
		}
	}

	/** @return the widest of the runs' whole names, 0 without runs */
	private int widestName() {
		int widest = 0;
		for (TableItem item : runs.getTable().getItems()) {
			widest = Math.max(widest, textWidth(nameOf((RunOutcome) item.getData())));
		}
		return widest;
	}

	/**
	 * @return the width the left column needs beside a name: where names start (after the check box), the list's
	 *         margin, and the column's own margins around the list
	 */
	private int besideNames() {
		Table table = runs.getTable();
		int start = table.getItemCount() == 0 ? 0 : table.getItem(0).getTextBounds(0).x;
		GridLayout layout = (GridLayout) table.getParent().getLayout();
		return start + RUNS_MARGIN + 2 * layout.marginWidth + 2 * table.getBorderWidth();
	}

	/** @return the list of runs to tick */
	public Table runList() {
		return runs.getTable();
	}

	/** @return the study run on show, or null */
	public StudyRun run() {
		return run;
	}

	/**
	 * @param choice the chart to show
	 * @throws IllegalArgumentException when the study on show has no data for it (the list does not offer it)
	 */
	public void select(ChartChoice choice) {
		int index = offered.indexOf(choice);
		if (index < 0) {
			throw new IllegalArgumentException("'" + choice.label() + "' is not offered for "
					+ (run == null ? "an empty view" : run.study()) + "; offered: " + offered);
		}
		chartCombo.select(index);
		redraw();
	}

	/** @return the chart chosen in the list, null when it offers none */
	public ChartChoice shown() {
		return choice();
	}

	/** @return the charts the chart list offers for the study on show, in its order */
	public List<ChartChoice> offered() {
		return offered;
	}

	/** @return the cycles for voltage against capacity, as typed */
	public String cycles() {
		return cyclesText.getText();
	}

	/** @param cycles the cycles for voltage against capacity, as typed, e.g. "1, 5, last" */
	public void setCycles(String cycles) {
		cyclesText.setText(cycles);
		redraw();
	}

	/** @param runIds the runs to tick (overlay); the others are unticked */
	public void check(List<String> runIds) {
		runs.setCheckedElements(run.outcomes().stream().filter(o -> runIds.contains(o.runId())).toArray());
		redraw();
	}

	/** @return the chart on show, for tests and export */
	public ChartCanvas canvas() {
		return canvas;
	}

	/** @return the chart model on show, or null when pictures or a message are shown */
	public ChartModel model() {
		return stackLayout.topControl == canvas.control() && message.getText().isEmpty() ? canvas.model() : null;
	}

	/** @return the line above the chart, empty when all is well */
	public String message() {
		return message.getText();
	}

	/** @return the control the deposit pictures are drawn on */
	public Control pictureControl() {
		return pictures.control();
	}

	/**
	 * @return the deposit picture on show as image data, null when none is drawn yet; while a picture of a new size is
	 *         drawn in the background, the one of the previous size
	 */
	public ImageData pictureImage() {
		return pictures.shownImage();
	}

	/** @return the chart chosen in the list, null when it offers none */
	private ChartChoice choice() {
		int index = chartCombo.getSelectionIndex();
		return index < 0 || index >= offered.size() ? null : offered.get(index);
	}

	private void redraw() {
		if (run == null || run.input().isEmpty()) {
			return;
		}
		ChartChoice choice = choice();
		showControlsOf(choice);
		if (choice == null) {
			canvas.clear();
			stackLayout.topControl = canvas.control();
			message.setText("No run of this study finished: there is nothing to chart.");
			stack.layout();
			message.getParent().layout(true);
			updateActions();
			return;
		}
		List<RunOutcome> checked = new ArrayList<>();
		for (Object element : runs.getCheckedElements()) {
			checked.add((RunOutcome) element);
		}
		String problem = "";
		try {
			if (choice.isPicture()) {
				problem = pictures.show(run.input().get(), checked);
				stackLayout.topControl = pictures.control();
			} else {
				if (choice == ChartChoice.SWEEP && variableCombo.getItemCount() == 0) {
					problem = "This study sweeps nothing: there is no swept variable to plot against.";
				} else {
					ChartModel chart = choice.model(new ChartChoice.Request(run.input().get(),
							choice == ChartChoice.SWEEP ? run.outcomes() : checked, cycles(checked),
							variableCombo.getText(), RunScalar.values()[Math.max(0, scalarCombo.getSelectionIndex())]));
					if (chart.isEmpty()) {
						problem = "These runs have no data for this chart.";
					}
					canvas.show(chart);
				}
				stackLayout.topControl = canvas.control();
			}
		} catch (IllegalStateException | IllegalArgumentException e) {
			problem = e.getMessage();
		}
		if (!problem.isEmpty() && stackLayout.topControl == canvas.control()) {
			// the message replaces the chart: never an earlier chart (another study's) under it
			canvas.clear();
		}
		message.setText(problem);
		showColours();
		stack.layout();
		message.getParent().layout(true);
		updateActions();
	}

	/**
	 * Writes each ticked run's name in the list in the colour its curves are drawn in, so the list tells the curves
	 * apart even when the legend has no room (many runs in a small view): a run drawn as measured and predicted in
	 * its prediction's colour, the measured curves being grey for every run ({@link RunColours}); the list's own
	 * colour where a run is not drawn in one colour (pictures, the sweep, one line per cycle) and for unticked runs.
	 * Coloured text rather than a mark beside the name: a table keeps room for images once it had one, which would
	 * cost every chart's names that room.
	 */
	private void showColours() {
		ChartModel chart = model();
		List<String> ticked = Arrays.stream(runs.getCheckedElements()).map(o -> ((RunOutcome) o).runId()).toList();
		Map<String, java.awt.Color> colours = chart == null ? Map.of()
				: RunColours.of(chart, canvas.seriesColours(), ticked);
		for (TableItem item : runs.getTable().getItems()) {
			java.awt.Color colour = colours.get(((RunOutcome) item.getData()).runId());
			item.setForeground(colour == null || !runs.getChecked(item.getData()) ? null
					: new Color(colour.getRed(), colour.getGreen(), colour.getBlue()));
		}
	}

	private List<Integer> cycles(List<RunOutcome> checked) {
		int last = checked.stream().filter(RunOutcome::finished)
				.mapToInt(o -> ChartModels.lastCycle(o.result())).max().orElse(1);
		List<Integer> cycles = new ArrayList<>();
		for (String part : cyclesText.getText().split("[,\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			if (part.equalsIgnoreCase("last")) {
				cycles.add(last);
				continue;
			}
			try {
				cycles.add(Integer.parseInt(part));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("Cycles: '" + part + "' is not a cycle number (e.g. 1, 2, last)");
			}
		}
		return cycles.stream().distinct().toList();
	}

	/**
	 * Writes what is on show as a PNG or SVG file (by its extension), the chart at the command line's size.
	 *
	 * @param file a .png or .svg file
	 * @throws IOException when it cannot be written
	 */
	public void export(Path file) throws IOException {
		if (stackLayout.topControl == pictures.control()) {
			pictures.export(file);
			return;
		}
		ChartModel chart = model();
		if (chart == null) {
			throw new IOException("there is no chart to export");
		}
		new JFreeChartRenderer().render(chart, ImageFile.of(file, EXPORT_WIDTH, EXPORT_HEIGHT));
	}

	/** @return the data of the chart on show as CSV, "" when there is none */
	public String csv() {
		ChartModel chart = model();
		return chart == null ? "" : ChartCsv.of(chart);
	}

	/** Puts the chart's data on the clipboard as CSV text. */
	public void copyCsv() {
		String csv = csv();
		if (csv.isEmpty()) {
			return;
		}
		Clipboard clipboard = new Clipboard(stack.getDisplay());
		try {
			clipboard.setContents(new Object[] { csv }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private void exportWithDialog(String extension) {
		ChartModel chart = canvas.model();
		String name = (chart == null ? "chart" : chart.id()) + "." + extension;
		// beside the study's results, where `lithos run` puts the report's charts, not the studio's working folder
		Optional<Path> chosen = FileChooser.current().save(getSite().getShell(), "Export Chart", extension, name,
				run == null ? null : run.output());
		if (chosen.isEmpty()) {
			return;
		}
		try {
			export(chosen.get());
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), "Export Chart", "Cannot write " + chosen.get() + ": "
					+ e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

}
