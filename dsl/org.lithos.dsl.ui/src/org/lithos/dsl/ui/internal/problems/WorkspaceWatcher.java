package org.lithos.dsl.ui.internal.problems;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.lithos.dsl.ui.internal.CellEditorPlugin;
import org.lithos.dsl.ui.internal.lsp.CellLanguageServer;
import org.lithos.dsl.ui.internal.lsp.DocumentUris;

/**
 * Tells the server what changes in the workspace outside its open documents: projects opened or closed become
 * workspace folders, and {@code .cell} files added, changed or deleted (by a wizard, a pull, another tool) become
 * watched-file events, so names across files stay resolved and the Problems view stays true.
 */
public final class WorkspaceWatcher implements IResourceChangeListener {

	private static final String CELL_EXTENSION = "cell";

	private CellLanguageServer server;

	/** @return one workspace folder per open project that has a location on disk */
	public List<WorkspaceFolder> folders() {
		List<WorkspaceFolder> folders = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			WorkspaceFolder folder = folder(project);
			if (project.isOpen() && folder != null) {
				folders.add(folder);
			}
		}
		return folders;
	}

	/** @param server the server to notify from now on */
	public void connect(CellLanguageServer server) {
		this.server = server;
	}

	private static WorkspaceFolder folder(IProject project) {
		return project.getLocationURI() == null ? null
				: new WorkspaceFolder(DocumentUris.of(project.getLocationURI()), project.getName());
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (server == null || event.getDelta() == null) {
			return;
		}
		List<FileEvent> files = new ArrayList<>();
		List<WorkspaceFolder> added = new ArrayList<>();
		List<WorkspaceFolder> removed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> visit(delta, files, added, removed));
		} catch (CoreException e) {
			CellEditorPlugin.log("cannot follow workspace changes", e);
		}
		if (!added.isEmpty() || !removed.isEmpty()) {
			DidChangeWorkspaceFoldersParams params = new DidChangeWorkspaceFoldersParams(
					new WorkspaceFoldersChangeEvent(added, removed));
			server.notify(s -> s.didChangeWorkspaceFolders(params));
		}
		if (!files.isEmpty()) {
			DidChangeWatchedFilesParams params = new DidChangeWatchedFilesParams(files);
			server.notify(s -> s.didChangeWatchedFiles(params));
		}
	}

	private static boolean visit(IResourceDelta delta, List<FileEvent> files, List<WorkspaceFolder> added,
			List<WorkspaceFolder> removed) {
		IResource resource = delta.getResource();
		if (resource instanceof IProject project) {
			boolean opened = (delta.getFlags() & IResourceDelta.OPEN) != 0;
			WorkspaceFolder folder = folder(project);
			if (folder != null && (delta.getKind() == IResourceDelta.ADDED || opened && project.isOpen())) {
				added.add(folder);
			} else if (folder != null && (delta.getKind() == IResourceDelta.REMOVED || opened && !project.isOpen())) {
				removed.add(folder);
			}
			return delta.getKind() != IResourceDelta.ADDED && !opened;
		}
		if (resource.getType() == IResource.FILE && CELL_EXTENSION.equals(resource.getFileExtension())
				&& resource.getLocationURI() != null) {
			FileChangeType type = switch (delta.getKind()) {
				case IResourceDelta.ADDED -> FileChangeType.Created;
				case IResourceDelta.REMOVED -> FileChangeType.Deleted;
				default -> (delta.getFlags() & IResourceDelta.CONTENT) != 0 ? FileChangeType.Changed : null;
			};
			if (type != null) {
				files.add(new FileEvent(DocumentUris.of(resource.getLocationURI()), type));
			}
		}
		return true;
	}
}
