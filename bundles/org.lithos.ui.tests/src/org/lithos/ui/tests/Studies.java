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
import org.lithos.ui.internal.EditorOpener;
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
	 * @param project a project, open
	 * @param name    a file name
	 * @param text    its content
	 * @return the project's file with that content (rewritten when a kept workspace has it from an earlier run)
	 */
	static IFile create(IProject project, String name, String text) {
		IFile file = project.getFile(name);
		Ui.run(() -> {
			try {
				var content = new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				if (file.exists()) {
					file.setContents(content, true, false, null);
				} else {
					file.create(content, true, null);
				}
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});
		return file;
	}

	/**
	 * Opens a file in an editor and runs its studies with Run > Run Studies, as a user does: the menu item chosen.
	 *
	 * @param file a workspace file
	 */
	static void runFromEditor(IFile file) {
		Ui.run(() -> {
			try {
				EditorOpener.open(Ui.page(), Path.of(file.getLocationURI()));
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Menus.choose("Run", "Run Studies");
	}

	/** Waits until no study job is queued or running. */
	static void awaitJobs(Duration timeout) {
		Ui.waitUntil("the study jobs to end", () -> Job.getJobManager().find(StudyJob.FAMILY).length == 0, timeout);
	}
}
