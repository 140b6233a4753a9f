package org.lithos.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * Opens files in editors: a file inside the workspace as a workspace file (markers, Project Explorer linking),
 * any other file straight from the file system. The editor is the default one for the file's content type: the
 * .cell editor once it is installed, else the text editor ({@code .cell} is declared a text file).
 */
public final class EditorOpener {

	private EditorOpener() {
	}

	/**
	 * Opens every file; one that cannot be opened is reported on standard error, in the log and in the status line,
	 * and the others still open. The last one opened is active.
	 *
	 * @param window the window
	 * @param files  absolute paths
	 */
	public static void openAll(IWorkbenchWindow window, List<Path> files) {
		for (Path file : files) {
			try {
				open(window.getActivePage(), file);
			} catch (PartInitException | RuntimeException e) {
				String message = "lithos studio: cannot open " + file + ": " + e.getMessage();
				System.err.println(message);
				ILog.of(EditorOpener.class).error(message, e);
				StatusLine.error(window, message);
			}
		}
	}

	/**
	 * @param page the page to open it in
	 * @param file an absolute path
	 * @return the editor
	 * @throws PartInitException when the file is missing, a folder or cannot be shown
	 */
	public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
		if (!Files.isRegularFile(file)) {
			throw new PartInitException(Files.isDirectory(file) ? "it is a folder, not a file" : "no such file");
		}
		Optional<IFile> inWorkspace = workspaceFile(file);
		if (inWorkspace.isPresent()) {
			return IDE.openEditor(page, inWorkspace.get(), true);
		}
		IFileStore store = EFS.getLocalFileSystem().getStore(file.toUri());
		return IDE.openEditorOnFileStore(page, store);
	}

	/**
	 * @param file an absolute path
	 * @return the workspace file at that location, if a project holds it
	 */
	public static Optional<IFile> workspaceFile(Path file) {
		IFile[] found = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
		for (IFile candidate : found) {
			if (candidate.getProject().isOpen()) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}
}
