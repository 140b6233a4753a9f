package org.lithos.dsl.ide.internal.server;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.IWorkspaceConfig;

/**
 * The built-in material library as a project of the language server's workspace: indexed so that
 * {@code import lithos.materials.*} resolves and go-to-definition reaches it, but never validated (it is checked
 * by the build) and never the owner of a user's file. Every other project depends on it.
 */
final class LibraryProject extends OneFolderProject {

	/** Its name in the index; every user project lists it as a dependency. */
	static final String NAME = "lithos.materials (built-in)";

	private final List<URI> files;

	/**
	 * @param files     the library files to index (those a user's library file shadows are left out)
	 * @param toUri     how the server spells a file URI, so that URIs from clients match the index
	 * @param workspace the workspace it belongs to
	 */
	LibraryProject(List<Path> files, Function<Path, URI> toUri, IWorkspaceConfig workspace) {
		super(NAME, files.isEmpty() ? URI.createURI("file:///") : toUri.apply(files.get(0).getParent()).appendSegment(""),
				workspace);
		this.files = files.stream().map(toUri).toList();
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
	public boolean isIndexOnly() {
		return true;
	}
}
