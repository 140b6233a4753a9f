package org.lithos.dsl.ide.internal.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ISourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;

/**
 * The built-in material library as a project of the language server's workspace: indexed so that
 * {@code import lithos.materials.*} resolves and go-to-definition reaches it, but never validated (it is checked
 * by the build) and never the owner of a user's file. Every other project depends on it.
 */
final class LibraryProject implements IProjectConfig, ISourceFolder {

	/** Its name in the index; every user project lists it as a dependency. */
	static final String NAME = "lithos.materials (built-in)";

	private final URI folder;
	private final List<URI> files;
	private final IWorkspaceConfig workspace;

	/**
	 * @param files    the library files to index (those a user's library file shadows are left out)
	 * @param toUri    how the server spells a file URI, so that URIs from clients match the index
	 * @param workspace the workspace it belongs to
	 */
	LibraryProject(List<Path> files, java.util.function.Function<Path, URI> toUri, IWorkspaceConfig workspace) {
		this.files = files.stream().map(toUri).toList();
		this.folder = files.isEmpty() ? URI.createURI("file:///") : toUri.apply(files.get(0).getParent()).appendSegment("");
		this.workspace = workspace;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public URI getPath() {
		return folder;
	}

	@Override
	public Set<? extends ISourceFolder> getSourceFolders() {
		return Set.of(this);
	}

	@Override
	public ISourceFolder findSourceFolderContaining(URI member) {
		return contains(member) ? this : null;
	}

	@Override
	public boolean contains(URI uri) {
		return files.contains(uri);
	}

	@Override
	public List<URI> getAllResources(IFileSystemScanner scanner) {
		return files;
	}

	@Override
	public IWorkspaceConfig getWorkspaceConfig() {
		return workspace;
	}

	@Override
	public boolean isIndexOnly() {
		return true;
	}
}
