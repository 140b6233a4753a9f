package org.lithos.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.handlers.IHandlerService;
import org.lithos.ui.internal.EditorOpener;
import org.lithos.ui.internal.run.RunStudiesHandler;
import org.lithos.ui.internal.run.StudyJob;

/** The test studies (fixtures/*.cell) in a workspace project, run through the studio's Run Studies command. */
final class Studies {

	static final String PROJECT = "studies";

	private Studies() {
	}

	/**
	 * @param fixture a file name in fixtures/
	 * @return the file copied into the test project (created on first use)
	 */
	static IFile file(String fixture) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		IFile file = project.getFile(fixture);
		byte[] content = Files.readAllBytes(Path.of("fixtures", fixture));
		Ui.run(() -> {
			try {
				if (!project.exists()) {
					project.create(null);
				}
				project.open(null);
				if (!file.exists()) {
					file.create(new ByteArrayInputStream(content), true, null);
				}
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		return file;
	}

	/**
	 * @param name a project's name
	 * @return the open project, created on first use
	 */
	static IProject project(String name) {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		Ui.run(() -> {
			try {
				if (!project.exists()) {
					project.create(null);
				}
				project.open(null);
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		return project;
	}

	/**
	 * Opens a file in an editor and runs its studies with Run > Run Studies, as a user does.
	 *
	 * @param file a workspace file
	 */
	static void runFromEditor(IFile file) {
		Ui.run(() -> {
			try {
				EditorOpener.open(Ui.page(), Path.of(file.getLocationURI()));
				Ui.window().getService(IHandlerService.class).executeCommand(RunStudiesHandler.COMMAND, null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** Waits until no study job is queued or running. */
	static void awaitJobs(Duration timeout) {
		Ui.waitUntil("the study jobs to end", () -> Job.getJobManager().find(StudyJob.FAMILY).length == 0, timeout);
	}
}
