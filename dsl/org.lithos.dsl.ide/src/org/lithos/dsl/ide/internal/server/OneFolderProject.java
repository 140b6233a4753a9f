package org.lithos.dsl.ide.internal.server;

import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;

/**
 * A project of the language server's workspace that is its own one source folder, so that what it holds is decided
 * by {@link #contains(URI)} alone: the material library and the files outside the workspace folders.
 */
abstract class OneFolderProject implements IProjectConfig, ISourceFolder {

	private final String name;
	private final URI path;
	private final IWorkspaceConfig workspace;

	/**
	 * @param name      its name in the index
	 * @param path      its folder
	 * @param workspace the workspace it belongs to
	 */
	OneFolderProject(String name, URI path, IWorkspaceConfig workspace) {
		this.name = name;
		this.path = path;
		this.workspace = workspace;
	}

	@Override
	public final String getName() {
		return name;
	}

	@Override
	public final URI getPath() {
		return path;
	}

	@Override
	public final Set<? extends ISourceFolder> getSourceFolders() {
		return Set.of(this);
	}

	@Override
	public final ISourceFolder findSourceFolderContaining(URI member) {
		return contains(member) ? this : null;
	}

	@Override
	public final IWorkspaceConfig getWorkspaceConfig() {
		return workspace;
	}
}
