package org.lithos.dsl.ide.internal.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.UnknownProjectConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;
import org.lithos.materials.MaterialLibrary;

/**
 * One project per workspace folder (as Xtext does), plus the built-in material library and a project for files
 * outside every folder. Like {@code lithos check}, a user's file of the library package named like a built-in
 * library file replaces that file, so library authors working on the library sources get no "defined twice".
 */
public class LithosWorkspaceConfigFactory extends MultiRootWorkspaceConfigFactory {

	private static final Pattern LIBRARY_PACKAGE = Pattern
			.compile("(?m)^\\s*package\\s+" + Pattern.quote(MaterialLibrary.PACKAGE) + "\\s*$");

	@Override
	public IWorkspaceConfig getWorkspaceConfig(List<WorkspaceFolder> folders) {
		Workspace workspace = new Workspace();
		Set<String> names = new HashSet<>(Set.of(LibraryProject.NAME, LooseFilesProject.NAME));
		for (WorkspaceFolder folder : folders) {
			addProjectsForWorkspaceFolder(workspace, folder, names);
		}
		Set<String> shadowed = shadowedLibraryFiles(workspace.getProjects());
		List<Path> library = LibraryFiles.files().stream()
				.filter(file -> !shadowed.contains(file.getFileName().toString())).toList();
		workspace.addProject(new LibraryProject(library, this::toUri, workspace));
		workspace.addProject(workspace.loose);
		return workspace;
	}

	private URI toUri(Path path) {
		return getUriExtensions().toUri(path.toUri().toString());
	}

	/** @return names of built-in library files that a workspace file of the library package replaces */
	private static Set<String> shadowedLibraryFiles(Set<? extends IProjectConfig> projects) {
		Set<String> shadowed = new HashSet<>();
		for (IProjectConfig project : projects) {
			URI path = project.getPath();
			if (path == null || !path.isFile()) {
				continue;
			}
			try (Stream<Path> files = Files.walk(Path.of(path.toFileString()))) {
				files.filter(file -> MaterialLibrary.FILES.contains(file.getFileName().toString()))
						.filter(LithosWorkspaceConfigFactory::isLibraryPackage)
						.forEach(file -> shadowed.add(file.getFileName().toString()));
			} catch (IOException | UncheckedIOException e) {
				// an unreadable folder shadows nothing; the built-in library stays
			}
		}
		return shadowed;
	}

	private static boolean isLibraryPackage(Path file) {
		try {
			return LIBRARY_PACKAGE.matcher(Files.readString(file)).find();
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** Xtext's workspace, except that a file no folder holds belongs to the loose-files project. */
	private static final class Workspace extends WorkspaceConfig {

		final LooseFilesProject loose = new LooseFilesProject(this);

		@Override
		public IProjectConfig findProjectContaining(URI member) {
			IProjectConfig project = super.findProjectContaining(member);
			return project == null || project instanceof UnknownProjectConfig ? loose : project;
		}
	}
}
