package org.lithos.dsl.ide.internal.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.IWorkspaceConfig;

/**
 * Owns every file outside the workspace folders (an editor opened with a single file sends none): such files
 * are built when opened, with the library, instead of being ignored. It scans nothing on its own.
 */
final class LooseFilesProject extends OneFolderProject {

	static final String NAME = "lithos (files outside the workspace)";

	LooseFilesProject(IWorkspaceConfig workspace) {
		super(NAME, URI.createURI("file:///"), workspace);
	}

	@Override
	public boolean contains(URI uri) {
		return true;
	}

	@Override
	public List<URI> getAllResources(IFileSystemScanner scanner) {
		return List.of();
	}
}
