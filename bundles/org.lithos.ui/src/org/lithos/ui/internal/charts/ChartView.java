package org.lithos.ui.internal.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
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
	/** Room beside the runs list's names: the list's margins and scroll bar. */
	private static final int RUNS_MARGIN = 30;

	/** Export size in pixels, as the command line's charts. */
	private static final int EXPORT_WIDTH = 1200;
	private static final int EXPORT_HEIGHT = 800;

	private StudyRun run;
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
		chartCombo = new Combo(controls, SWT.READ_ONLY);
		chartCombo.setItems(Arrays.stream(ChartChoice.values()).map(ChartChoice::label).toArray(String[]::new));
		chartCombo.select(0);
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

		sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite left = new Composite(sash, SWT.NONE);
		left.setLayout(new GridLayout(1, false));
		title = new Label(left, SWT.WRAP);
		title.setText("Run a study (Run > Run Studies) or open one from the Runs view.");
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		runs = CheckboxTableViewer.newCheckList(left, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		runs.setContentProvider(ArrayContentProvider.getInstance());
		runs.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				RunOutcome outcome = (RunOutcome) element;
				return outcome.runId() + (outcome.finished() ? "" : " (" + outcome.state().name().toLowerCase() + ")");
			}
		});
		runs.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		runs.getTable().setToolTipText("Tick the runs to draw; several are overlaid with a legend");
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
		showControlsOf(choice());
		makeActions();
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
		RowData data = control.getLayoutData() instanceof RowData given ? given : new RowData();
		data.exclude = !visible;
		control.setLayoutData(data);
		control.setVisible(visible);
	}

	private void makeActions() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(new Action("Export PNG...") {
			@Override
			public void run() {
				exportWithDialog("png");
			}
		});
		toolBar.add(new Action("Export SVG...") {
			@Override
			public void run() {
				exportWithDialog("svg");
			}
		});
		Action copy = new Action("Copy Data as CSV") {
			@Override
			public void run() {
				copyCsv();
			}
		};
		copy.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
		toolBar.add(copy);
		toolBar.add(new Action("Reset Zoom") {
			@Override
			public void run() {
				canvas.resetZoom();
			}
		});
	}

	/**
	 * @param run a study run whose results to chart (those of an earlier session are read from its folder); every
	 *            finished run is ticked
	 */
	public void setRun(StudyRun run) {
		try {
			BusyIndicator.showWhile(title.getDisplay(), () -> {
				try {
					run.loadResults();
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			title.setText(run.study() + "\nCannot read its results: " + e.getCause().getMessage());
			title.getParent().layout(true);
			return;
		}
		this.run = run;
		StudyInput study = run.input().orElseThrow();
		int count = run.outcomes().size();
		title.setText(run.study() + "\n" + run.file().getFileName() + ", " + count + (count == 1 ? " run" : " runs"));
		List<RunOutcome> outcomes = run.outcomes();
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
		// the run names decide; the study's title above them wraps
		int wanted = Math.max(RUNS_MIN, runs.getTable().computeSize(SWT.DEFAULT, SWT.DEFAULT).x + RUNS_MARGIN);
		int left = Math.min(wanted, (int) (RUNS_SHARE * total));
		sash.setWeights(left, Math.max(1, total - left));
	}

	/** @return the study run on show, or null */
	public StudyRun run() {
		return run;
	}

	/** @param choice the chart to show */
	public void select(ChartChoice choice) {
		chartCombo.select(choice.ordinal());
		redraw();
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

	private ChartChoice choice() {
		return ChartChoice.values()[Math.max(0, chartCombo.getSelectionIndex())];
	}

	private void redraw() {
		if (run == null || run.input().isEmpty()) {
			return;
		}
		ChartChoice choice = choice();
		showControlsOf(choice);
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
		message.setText(problem);
		stack.layout();
		message.getParent().layout(true);
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
		Optional<Path> chosen = FileChooser.current().save(getSite().getShell(), "Export Chart", extension, name);
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
