package org.lithos.ui.internal.run;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lithos.ui.internal.EditorOpener;
import org.lithos.ui.internal.LithosPerspective;
import org.lithos.ui.internal.charts.ChartView;

/**
 * Run > Run Studies (and the Project Explorer's context menu): runs the studies of the .cell file in the active
 * editor, or of the file selected in the explorer, after saving unsaved changes to it. Results go where `lithos run`
 * would put them when started in the project's folder (or, for a file outside the workspace, in the folder the
 * studio was started from): {@code lithos-out/FILE-NAME/STUDY/RUN}.
 */
public class RunStudiesHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND = "org.lithos.ui.runStudies";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Optional<Path> file = target(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event),
				HandlerUtil.getActiveEditor(event));
		if (file.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), "Run Studies",
					"Select a .cell file in the Project Explorer or open one in an editor.");
			return null;
		}
		saveIfDirty(window.getActivePage(), file.get());
		launch(window, file.get());
		return null;
	}

	/**
	 * Schedules a run of a file's studies and shows its progress and console.
	 *
	 * @param window the window whose views show the run
	 * @param file   the .cell file, absolute
	 * @return the scheduled job
	 */
	public static StudyJob launch(IWorkbenchWindow window, Path file) {
		Optional<IFile> inWorkspace = EditorOpener.workspaceFile(file);
		StudyJob job = new StudyJob(file, outputFor(file), RunConsole.get(), new Problems(), new RunViews(window));
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				inWorkspace.ifPresent(resource -> {
					try {
						resource.getProject().refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
					} catch (CoreException e) {
						ILog.of(RunStudiesHandler.class).log(e.getStatus());
					}
				});
				showCharts(window, job);
			}
		});
		job.schedule();
		// the job then puts the console, or the Problems view, in front of these (RunViews, after this returns)
		IWorkbenchPage page = window.getActivePage();
		try {
			page.showView(LithosPerspective.PROGRESS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
			page.showView(RunsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(RunStudiesHandler.class).log(e.getStatus());
		}
		return job;
	}

	/** Shows the first study with results in the chart view, without taking the focus from the editor. */
	private static void showCharts(IWorkbenchWindow window, StudyJob job) {
		job.studyRuns().stream().filter(StudyRun::hasResults).findFirst().ifPresent(run -> window.getShell()
				.getDisplay().asyncExec(() -> {
					if (!window.getShell().isDisposed() && window.getActivePage() != null) {
						ChartView.show(window.getActivePage(), run, IWorkbenchPage.VIEW_VISIBLE);
					}
				}));
	}

	/**
	 * @param file a .cell file, absolute
	 * @return its output folder: lithos-out/NAME in its project, or in the working directory outside the workspace
	 */
	public static Path outputFor(Path file) {
		String stem = file.getFileName().toString().replaceFirst("\\.cell$", "");
		Path base = EditorOpener.workspaceFile(file)
				.map(resource -> Path.of(resource.getProject().getLocationURI()))
				.orElse(Path.of(System.getProperty("user.dir")));
		return base.resolve("lithos-out").resolve(stem).toAbsolutePath().normalize();
	}

	/**
	 * Enabled when there is a file to run: a .cell file in the active editor or selected, or, with another view
	 * active (the Runs or Charts view after a run), in the editor last active; the tool bar's button greys out
	 * otherwise instead of answering with a dialog.
	 */
	@Override
	public void setEnabled(Object evaluationContext) {
		if (evaluationContext instanceof IEvaluationContext context) {
			setBaseEnabled(target(context.getVariable(ISources.ACTIVE_PART_NAME) instanceof IWorkbenchPart part
					? part : null,
					context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) instanceof ISelection selection
							? selection : null,
					context.getVariable(ISources.ACTIVE_EDITOR_NAME) instanceof IEditorPart editor ? editor : null)
					.isPresent());
		}
	}

	/**
	 * @param part      the active part
	 * @param selection its selection
	 * @param editor    the active editor (the one last active when a view is), null when none
	 * @return the .cell file to run: the active editor's, else the one selected, else the active editor's when a
	 *         view without a .cell file selected is active
	 */
	static Optional<Path> target(IWorkbenchPart part, ISelection selection, IEditorPart editor) {
		if (part instanceof IEditorPart active) {
			return fileOf(active.getEditorInput()).filter(RunStudiesHandler::isCellFile);
		}
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && file.getLocation() != null && "cell".equals(file.getFileExtension())) {
				return Optional.of(file.getLocation().toFile().toPath());
			}
		}
		return editor == null ? Optional.empty()
				: fileOf(editor.getEditorInput()).filter(RunStudiesHandler::isCellFile);
	}

	private static boolean isCellFile(Path file) {
		return file.getFileName().toString().endsWith(".cell");
	}

	static Optional<Path> fileOf(IEditorInput input) {
		IFile file = Adapters.adapt(input, IFile.class);
		if (file != null && file.getLocation() != null) {
			return Optional.of(file.getLocation().toFile().toPath());
		}
		if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
			return Optional.of(Path.of(uri.getURI()));
		}
		return Optional.empty();
	}

	private static void saveIfDirty(IWorkbenchPage page, Path file) {
		for (IEditorPart editor : page.getDirtyEditors()) {
			if (fileOf(editor.getEditorInput()).filter(file::equals).isPresent()) {
				page.saveEditor(editor, false);
			}
		}
	}
}
