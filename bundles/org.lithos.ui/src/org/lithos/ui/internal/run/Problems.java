package org.lithos.ui.internal.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.workspace.Problem;
import org.lithos.ui.internal.EditorOpener;

/**
 * Marks the problems found when a study is run on the workspace file they concern, so they show in the Problems
 * view with the same messages as `lithos check`; the markers of the previous run are replaced.
 */
public final class Problems {

	/**
	 * The cell editor's problem marker type: the run and the editor's live validation find the same problems with the
	 * same messages, so they share one type and each replaces the other's markers; a problem is one row in the
	 * Problems view, whoever found it last.
	 */
	public static final String MARKER = CellEditorIds.MARKER_TYPE;

	/**
	 * @param file     the checked file
	 * @param problems what checking it found (problems of other files, e.g. imported ones, are not marked)
	 * @return whether an error was marked: the file is in the workspace and has one
	 */
	public boolean mark(Path file, List<Problem> problems) {
		Optional<IFile> resource = EditorOpener.workspaceFile(file);
		if (resource.isEmpty()) {
			return false;
		}
		IFile target = resource.get();
		List<Problem> own = problems.stream()
				.filter(problem -> Path.of(problem.file()).toAbsolutePath().normalize().equals(file)).toList();
		IWorkspaceRunnable update = monitor -> {
			target.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
			for (Problem problem : own) {
				IMarker marker = target.createMarker(MARKER);
				marker.setAttribute(IMarker.MESSAGE, problem.message());
				marker.setAttribute(IMarker.SEVERITY,
						problem.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
				marker.setAttribute(IMarker.LINE_NUMBER, Math.max(1, problem.line()));
				marker.setAttribute(IMarker.LOCATION, "line " + Math.max(1, problem.line()));
			}
		};
		try {
			ResourcesPlugin.getWorkspace().run(update, target, IResource.NONE, null);
		} catch (CoreException e) {
			ILog.of(Problems.class).log(e.getStatus());
			return false;
		}
		return own.stream().anyMatch(Problem::isError);
	}
}
