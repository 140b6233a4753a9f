package org.lithos.dsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;

/** Test files in a workspace project, their markers, and what {@code lithos check} says about a text. */
final class Workspace {

	static final Path EXAMPLES = Path.of("../examples");
	private static final String PROJECT = "cells";

	private Workspace() {
	}

	/** @return a new workspace file with the given text (the project is created on first use) */
	static IFile file(String name, String text) throws CoreException {
		return file(PROJECT, name, text);
	}

	/** @return a new file of a project with the given text (the project is created on first use) */
	static IFile file(String projectName, String name, String text) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IFile file = project.getFile(name);
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, IResource.FORCE, null);
		} else {
			file.create(content, IResource.FORCE, null);
		}
		return file;
	}

	/**
	 * @return a workspace copy of an example, in a package of its own (copies of one example side by side would
	 *         otherwise define every name twice)
	 */
	static IFile example(String example, String name) throws CoreException {
		return file(name, exampleText(example, name));
	}

	/** @return an example's text with its package renamed after the copy's name */
	static String exampleText(String example, String name) {
		// a suffix, so that no package segment is a keyword (format, study ...)
		String packageName = "tests." + name.replace(".cell", "") + "_copy";
		return Ui.read(EXAMPLES.resolve(example)).replaceFirst("(?m)^package\\s+\\S+", "package " + packageName);
	}

	/** @return the cell editor's problem markers on a file, as "line: message" */
	static List<String> markers(IFile file) {
		try {
			List<String> result = new ArrayList<>();
			for (IMarker marker : file.findMarkers(CellEditorIds.MARKER_TYPE, false, IResource.DEPTH_ZERO)) {
				result.add(marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + marker.getAttribute(IMarker.MESSAGE, ""));
			}
			return result;
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @return what {@code lithos check} reports for a text with the library loaded, as "line: message" */
	static List<String> check(String name, String text) {
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addText(name, text);
		List<String> result = new ArrayList<>();
		for (Problem problem : workspace.validate(resource)) {
			result.add(problem.line() + ": " + problem.message());
		}
		return result;
	}

	static List<String> sorted(List<String> lines) {
		String[] array = lines.toArray(String[]::new);
		Arrays.sort(array);
		return List.of(array);
	}
}
