package org.lithos.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.lithos.ui.internal.EditorOpener;
import org.lithos.ui.internal.run.RunHistory;
import org.lithos.ui.internal.run.StudyJob;
import org.lithos.ui.internal.run.StudyRun;

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

	/**
	 * Copies a study's results to where an earlier session's would be in another folder.
	 *
	 * @param results a study's results folder
	 * @param folder  the folder (a project's) that gets them
	 * @param stem    the name of the .cell file they are said to come from
	 * @return the copy, FOLDER/lithos-out/STEM/STUDY
	 */
	static Path copyAsEarlier(Path results, Path folder, String stem) throws IOException {
		Path copy = folder.resolve("lithos-out").resolve(stem).resolve(results.getFileName().toString());
		try (Stream<Path> files = Files.walk(results)) {
			for (Path file : files.toList()) {
				Path target = copy.resolve(results.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		return copy;
	}

	/**
	 * Scans the workspace for earlier sessions' results, as the Runs view does when it opens.
	 *
	 * @param output a study's results folder
	 * @return the run the Runs view lists for it
	 */
	static StudyRun listedEarlier(Path output) throws InterruptedException {
		RunHistory.get().findEarlierRuns().join();
		return RunHistory.get().runs().stream().filter(r -> r.output().equals(output)).findFirst()
				.orElseThrow(() -> new AssertionError("not listed: " + RunHistory.get().runs()));
	}

	/** Waits until no study job is queued or running. */
	static void awaitJobs(Duration timeout) {
		Ui.waitUntil("the study jobs to end", () -> Job.getJobManager().find(StudyJob.FAMILY).length == 0, timeout);
	}
}
