package org.lithos.dsl.ui.internal.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;

/**
 * An editor's tab name when files of the same name are open, e.g. two {@code cell.cell} of different projects: the
 * name with as many of its parent folders as tell it from the others ("alpha/cell.cell", "beta/cell.cell"), the way
 * IDEs name clashing tabs; the plain name otherwise. Paths are the workspace's ("/project/folder/cell.cell") for
 * workspace files and the file system's for others.
 */
final class EditorNames {

	private static final String SEPARATOR = "/";

	private EditorNames() {
	}

	/**
	 * @param mine   an editor's path, as segments ending with the file name
	 * @param others the paths of the other open editors
	 * @return the file name, prefixed by the fewest parent folders that no other open file of that name shares
	 *         ("beta/cell.cell"); the plain name when no other open file has it
	 */
	static String name(List<String> mine, Collection<List<String>> others) {
		String file = mine.get(mine.size() - 1);
		List<List<String>> clashing = others.stream()
				.filter(o -> !o.isEmpty() && o.get(o.size() - 1).equals(file) && !o.equals(mine)).toList();
		int segments = 1;
		while (segments < mine.size() && endsAlike(mine, clashing, segments)) {
			segments++;
		}
		return String.join(SEPARATOR, mine.subList(mine.size() - segments, mine.size()));
	}

	private static boolean endsAlike(List<String> mine, List<List<String>> others, int segments) {
		List<String> end = mine.subList(mine.size() - segments, mine.size());
		return others.stream().anyMatch(o -> o.size() >= segments && o.subList(o.size() - segments, o.size()).equals(end));
	}

	/**
	 * @param input an editor's input
	 * @return its path as segments, the last being the name; the name alone when it has no path
	 */
	static List<String> path(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		if (file != null) {
			return Arrays.asList(file.getFullPath().segments());
		}
		if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
			Path path = Path.of(uri.getURI());
			List<String> segments = new ArrayList<>();
			path.forEach(p -> segments.add(p.toString()));
			if (!segments.isEmpty()) {
				return segments;
			}
		}
		return List.of(input.getName());
	}

	/**
	 * @param input an editor's input
	 * @return the whole path for its tab's tooltip: the file's on disk, else the input's own tooltip
	 */
	static String fullPath(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		if (file != null && file.getLocation() != null) {
			return file.getLocation().toOSString();
		}
		if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
			return Path.of(uri.getURI()).toString();
		}
		return input.getToolTipText();
	}

	/**
	 * @param page    a workbench page
	 * @param self    the editor asking, left out
	 * @param closing an editor being closed, left out; may be null
	 * @return the paths of the page's other open editors
	 */
	static List<List<String>> others(IWorkbenchPage page, Object self, IWorkbenchPartReference closing) {
		List<List<String>> paths = new ArrayList<>();
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ref == closing || ref.getEditor(false) == self) {
				continue;
			}
			try {
				paths.add(path(ref.getEditorInput()));
			} catch (PartInitException e) {
				// an editor whose input cannot be restored names no file
			}
		}
		return paths;
	}
}
