package org.lithos.ui.internal.run;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.lithos.ui.internal.charts.ChartView;

/**
 * The studies run from the studio, newest first, with their state, runs done, duration and results folder. A
 * double-click (or Open Charts) shows a study's results in the chart view; Cancel stops a running study.
 */
public class RunsView extends ViewPart {

	/** The view's id in plugin.xml. */
	public static final String ID = "org.lithos.ui.runs";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());
	/** The narrowest the results column gets, in pixels, before the table scrolls sideways. */
	private static final int RESULTS_MIN = 160;

	private TableViewer viewer;
	private final RunHistory.Listener listener = run -> refreshSoon();
	private volatile boolean refreshQueued;
	private Action openCharts;
	private Action cancel;
	private Action copy;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		// each column as wide as its texts, the results folder the rest of the view (fitColumns)
		column("Study", StudyRun::study, NO_TIP);
		column("File", r -> r.file().getFileName().toString(), r -> r.file().toAbsolutePath().toString());
		column("State", r -> r.state().name().toLowerCase(), NO_TIP);
		// runs finished of the study's runs: a cancelled or failed study reads "2 / 6", not all of them as done
		column("Runs", r -> (r.finished() == StudyRun.UNKNOWN ? "?" : Integer.toString(r.finished())) + " / "
				+ r.total(), RunsView::runsTip);
		column("Duration", r -> seconds(r.duration()), NO_TIP);
		column("Started", r -> TIME.format(r.started()), NO_TIP);
		column("Results", r -> r.output().toString(), r -> r.output().toString());
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(RunHistory.get().runs());
		viewer.getTable().addListener(SWT.Resize, e -> fitColumns());
		fitColumns();
		viewer.addDoubleClickListener(event -> openCharts.run());
		viewer.addSelectionChangedListener(event -> updateActions());
		makeActions();
		getSite().setSelectionProvider(viewer);
		RunHistory.get().addListener(listener);
		updateActions();
	}

	/** A column whose text needs no tooltip: it is short and shown whole. */
	private static final Function<StudyRun, String> NO_TIP = r -> null;

	/**
	 * @param tip the cell's tooltip: the whole of what a narrow column cuts (the .cell file's path, the results
	 *            folder), null for none
	 */
	private void column(String title, Function<StudyRun, String> text, Function<StudyRun, String> tip) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((StudyRun) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return tip.apply((StudyRun) element);
			}
		});
	}

	/**
	 * Makes every column as wide as its header and texts, and the last one (the results folder) take the rest of
	 * the view, so the list fits the view at the perspective's size without sideways scrolling or wasted room; a
	 * folder too long for the rest is cut, its tooltip shows it whole.
	 */
	private void fitColumns() {
		Table table = viewer.getTable();
		int width = table.getClientArea().width;
		if (width <= 0) {
			return;
		}
		TableColumn[] columns = table.getColumns();
		int used = 0;
		for (int i = 0; i < columns.length - 1; i++) {
			columns[i].pack();
			used += columns[i].getWidth();
		}
		TableColumn results = columns[columns.length - 1];
		results.setWidth(Math.max(RESULTS_MIN, width - used));
	}

	/** @return what the Runs column's numbers mean for a study whose runs did not all finish, else null */
	private static String runsTip(StudyRun run) {
		if (run.finished() == StudyRun.UNKNOWN) {
			return "How many of its runs finished was not recorded by the version of the studio that ran it";
		}
		int unfinished = run.ended() - run.finished();
		if (unfinished <= 0) {
			return null;
		}
		return run.finished() + " of " + run.total() + " runs finished; " + unfinished
				+ (unfinished == 1 ? " run" : " runs") + " failed, ran out of time or were cancelled";
	}

	private static String seconds(Duration duration) {
		return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	private void makeActions() {
		openCharts = new Action("Open Charts") {
			@Override
			public void run() {
				StudyRun run = selected();
				if (run != null && run.hasResults()) {
					ChartView.show(getSite().getPage(), run);
				}
			}
		};
		openCharts.setToolTipText("Show the selected study's results in the chart view");
		cancel = new Action("Cancel") {
			@Override
			public void run() {
				StudyRun run = selected();
				if (run != null && run.state() == StudyRun.State.RUNNING) {
					for (Job job : Job.getJobManager().find(StudyJob.FAMILY)) {
						if (((StudyJob) job).runs(run)) {
							job.cancel();
						}
					}
				}
			}
		};
		copy = new Action("Copy") {
			@Override
			public void run() {
				StudyRun run = selected();
				if (run != null) {
					copyRow(run);
				}
			}
		};
		copy.setToolTipText("Copy the selected study's row, its columns apart by tabs (the results folder last)");
		// Ctrl+C and Edit > Copy while the view is active, as in the Problems view
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		cancel.setToolTipText("Cancel the selected running study; finished runs stay on disk");
		cancel.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ELCL_STOP));
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(cancel);
		MenuManager menu = new MenuManager();
		menu.add(openCharts);
		menu.add(copy);
		menu.add(cancel);
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
	}

	/** Puts a study's row on the clipboard as text: its columns as shown, apart by tabs. */
	private void copyRow(StudyRun run) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < viewer.getTable().getColumnCount(); i++) {
			cells.add(((ColumnLabelProvider) viewer.getLabelProvider(i)).getText(run));
		}
		Clipboard clipboard = new Clipboard(viewer.getTable().getDisplay());
		try {
			clipboard.setContents(new Object[] { String.join("\t", cells) },
					new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private StudyRun selected() {
		return (StudyRun) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	private void updateActions() {
		StudyRun run = selected();
		openCharts.setEnabled(run != null && run.hasResults());
		cancel.setEnabled(run != null && run.state() == StudyRun.State.RUNNING);
		copy.setEnabled(run != null);
	}

	private void refreshSoon() {
		if (refreshQueued) {
			return;
		}
		refreshQueued = true;
		Display.getDefault().asyncExec(() -> {
			refreshQueued = false;
			if (viewer != null && !viewer.getTable().isDisposed()) {
				viewer.setInput(RunHistory.get().runs());
				fitColumns();
				updateActions();
			}
		});
	}

	/** @return the table, for tests */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		RunHistory.get().removeListener(listener);
		super.dispose();
	}
}
