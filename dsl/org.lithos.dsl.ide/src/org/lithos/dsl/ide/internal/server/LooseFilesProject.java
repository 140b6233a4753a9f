package org.lithos.dsl.ide.internal.server;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;

/**
 * Owns every file outside the workspace folders (an editor opened with a single file sends none): such files
 * are built when opened, with the library, instead of being ignored. It scans nothing on its own.
 */
final class LooseFilesProject implements IProjectConfig, ISourceFolder {

	static final String NAME = "lithos (files outside the workspace)";

	private static final URI ROOT = URI.createURI("file:///");

	private final IWorkspaceConfig workspace;

	LooseFilesProject(IWorkspaceConfig workspace) {
		this.workspace = workspace;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public URI getPath() {
		return ROOT;
	}

	@Override
	public Set<? extends ISourceFolder> getSourceFolders() {
		return Set.of(this);
	}

	@Override
	public ISourceFolder findSourceFolderContaining(URI member) {
		return this;
	}

	@Override
	public boolean contains(URI uri) {
		return true;
	}

	@Override
	public List<URI> getAllResources(IFileSystemScanner scanner) {
		return List.of();
	}

	@Override
	public IWorkspaceConfig getWorkspaceConfig() {
		return workspace;
	}
}
