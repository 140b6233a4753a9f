package org.lithos.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.console.IConsoleConstants;

/**
 * The studio's perspective: the Project Explorer and outline on the left, the editors in the middle, charts on the
 * right once there are results, and problems, console, runs and progress below.
 */
public class LithosPerspective implements IPerspectiveFactory {

	/** The Project Explorer's id (org.eclipse.ui.navigator.resources). */
	public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	/** The Progress view's id (org.eclipse.ui.ide). */
	public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";

	/** The folder left of the editors: the Project Explorer. */
	public static final String LEFT = "left";
	/** The folder below it: the Outline. */
	public static final String LEFT_BOTTOM = "leftBottom";
	/** The folder below the editors: Problems, Console, Progress and Runs. */
	public static final String BOTTOM = "bottom";
	/** The folder right of the editors, empty until there are charts. */
	public static final String RIGHT = "right";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.2f, editors);
		left.addView(PROJECT_EXPLORER);
		IFolderLayout outline = layout.createFolder(LEFT_BOTTOM, IPageLayout.BOTTOM, 0.6f, LEFT);
		outline.addView(IPageLayout.ID_OUTLINE);

		IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.68f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IConsoleConstants.ID_CONSOLE_VIEW);
		bottom.addPlaceholder(PROGRESS_VIEW);
		for (String view : StudioViews.BOTTOM) {
			bottom.addView(view);
		}

		// the charts take the right half once there is something to chart (a run, or the Runs view's Open
		// Charts); until then the editors have the width, and start-up does not load JFreeChart
		IPlaceholderFolderLayout right = layout.createPlaceholderFolder(RIGHT, IPageLayout.RIGHT, 0.5f, editors);
		for (String view : StudioViews.RIGHT) {
			right.addPlaceholder(view);
		}

		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IConsoleConstants.ID_CONSOLE_VIEW);
		layout.addShowViewShortcut(PROGRESS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		StudioViews.BOTTOM.forEach(layout::addShowViewShortcut);
		StudioViews.RIGHT.forEach(layout::addShowViewShortcut);
		StudioWizards.IDS.forEach(layout::addNewWizardShortcut);
	}
}
