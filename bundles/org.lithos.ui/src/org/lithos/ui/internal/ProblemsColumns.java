package org.lithos.ui.internal;

import java.util.Arrays;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Gives the Problems view's Description column the width the other columns leave, so that a validation message
 * (typically 70 to 110 characters) reads whole at the studio's default window size, where Eclipse's default of 50
 * characters cut it off. The other columns keep their widths and stay in sight. The column follows the view's width
 * until the user sets a column's width by hand; from then on (remembered across restarts, with the widths the view
 * itself saves) the studio leaves the columns alone.
 */
public final class ProblemsColumns {

	/** Preference of this bundle: true once the user has set a column of the Problems view by hand. */
	public static final String BY_HAND = "problemsColumnsSetByHand";

	/** Eclipse's default width of the Description column, in average characters (MarkerDescriptionField). */
	static final int ECLIPSE_DEFAULT_CHARS = 50;

	/** The preference node (this bundle's) that holds {@link #BY_HAND}. */
	public static final String PREFERENCES = "org.lithos.ui";

	private final Tree tree;
	/** Set while this class sets a width, whose resize events are not the user's. */
	private boolean fitting;
	/**
	 * The widths after the last fit, null before the first: the view's TableLayout sets its columns' first widths
	 * (saved or default) when the tree is first laid out, after its first resize event, and fits run after it; GTK
	 * reports a column resized whenever it lays the tree out, widths changed or not. A width other than these is the
	 * user's.
	 */
	private int[] fitted;
	private boolean fitQueued;

	private ProblemsColumns(Tree tree) {
		this.tree = tree;
	}

	/**
	 * Fits the Description column of the window's Problems view, now if it is open and whenever it opens.
	 *
	 * @param window a workbench window
	 */
	static void track(IWorkbenchWindow window) {
		window.getPartService().addPartListener(new IPartListener2() {
			@Override
			public void partOpened(IWorkbenchPartReference ref) {
				if (IPageLayout.ID_PROBLEM_VIEW.equals(ref.getId()) && ref.getPart(false) instanceof IViewPart view) {
					install(view);
				}
			}
		});
		IWorkbenchPage page = window.getActivePage();
		IViewPart open = page == null ? null : page.findView(IPageLayout.ID_PROBLEM_VIEW);
		if (open != null) {
			install(open);
		}
	}

	private static void install(IViewPart view) {
		if (!(view.getSite().getSelectionProvider() instanceof TreeViewer viewer) || viewer.getTree().isDisposed()
				|| setByHand()) {
			return;
		}
		ProblemsColumns columns = new ProblemsColumns(viewer.getTree());
		columns.tree.addListener(SWT.Resize, e -> columns.fitSoon());
		for (TreeColumn column : columns.tree.getColumns()) {
			column.addListener(SWT.Resize, e -> columns.resized());
		}
		columns.fitSoon();
	}

	/** Fits once the tree's layout (which runs after its resize event) is done. */
	private void fitSoon() {
		if (fitQueued) {
			return;
		}
		fitQueued = true;
		tree.getDisplay().asyncExec(() -> {
			fitQueued = false;
			if (!tree.isDisposed()) {
				fit();
			}
		});
	}

	private void fit() {
		TreeColumn[] columns = tree.getColumns();
		int width = tree.getClientArea().width;
		if (fitting || columns.length == 0 || width <= 0 || setByHand()) {
			return;
		}
		int others = 0;
		for (int i = 1; i < columns.length; i++) {
			others += columns[i].getWidth();
		}
		fitting = true;
		try {
			columns[0].setWidth(Math.max(eclipseDefault(), width - others));
		} finally {
			fitting = false;
		}
		fitted = widths();
	}

	private int[] widths() {
		return Arrays.stream(tree.getColumns()).mapToInt(TreeColumn::getWidth).toArray();
	}

	/** A column may have changed its width: by the user unless this class or the first layout set it. */
	private void resized() {
		if (fitting || fitted == null || Arrays.equals(fitted, widths()) || setByHand()) {
			return;
		}
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PREFERENCES);
		preferences.putBoolean(BY_HAND, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(ProblemsColumns.class).error("cannot save that the Problems view's columns were set by hand", e);
		}
	}

	private int eclipseDefault() {
		GC gc = new GC(tree);
		try {
			return (int) Math.round(ECLIPSE_DEFAULT_CHARS * gc.getFontMetrics().getAverageCharacterWidth());
		} finally {
			gc.dispose();
		}
	}

	/** @return whether the user has set a column of the Problems view by hand */
	public static boolean setByHand() {
		return InstanceScope.INSTANCE.getNode(PREFERENCES).getBoolean(BY_HAND, false);
	}
}
