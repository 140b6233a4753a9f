package org.lithos.dsl.ui.internal.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.ui.internal.CellEditorPlugin;
import org.lithos.dsl.ui.internal.lsp.DocumentUris;
import org.lithos.dsl.ui.internal.lsp.Positions;
import org.lithos.materials.MaterialLibrary;

/**
 * Opens a definition the server pointed at and selects it: a workspace file in its editor, a file on disk outside
 * the workspace through the file system, anything else (the built-in library) as a read-only library input.
 */
public final class LocationOpener {

	private LocationOpener() {
	}

	/** @return a short name for a location's file, for link labels */
	public static String displayName(String uri) {
		return new LibraryStorage(uri).getName();
	}

	/**
	 * Opens the location in the active workbench page (call on the UI thread).
	 *
	 * @return the editor, or null if it could not be opened (the reason is logged)
	 */
	public static IEditorPart open(Location location) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return null;
		}
		try {
			// where the caret was, so that Navigate > Back (Alt+Left) returns there
			IEditorPart from = page.getActiveEditor();
			if (from != null) {
				page.getNavigationHistory().markLocation(from);
			}
			IEditorPart editor = openEditor(page, location.getUri());
			if (editor instanceof ITextEditor text) {
				IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
				IRegion region = Positions.toRegion(document, location.getRange());
				text.selectAndReveal(region.getOffset(), region.getLength());
				page.getNavigationHistory().markLocation(editor);
			}
			return editor;
		} catch (CoreException e) {
			CellEditorPlugin.log("cannot open " + location.getUri(), e);
			return null;
		}
	}

	/**
	 * @return whether a file outside the workspace is a copy of a built-in library file (the server indexes the library
	 *         from files extracted from its bundle): those open read-only, from the bundle
	 */
	static boolean isLibrary(Path file) {
		if (!MaterialLibrary.FILES.contains(file.getFileName().toString())) {
			return false;
		}
		try (BufferedReader reader = Files.newBufferedReader(file)) {
			String line;
			while ((line = reader.readLine()) != null) {
				String code = line.strip();
				if (!code.isEmpty() && !code.startsWith("//")) {
					return code.equals("package " + MaterialLibrary.PACKAGE);
				}
			}
			return false;
		} catch (IOException e) {
			return false;
		}
	}

	private static IEditorPart openEditor(IWorkbenchPage page, String uri) throws CoreException {
		Path file = DocumentUris.file(uri);
		if (file != null) {
			IFile[] resources = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
			for (IFile resource : resources) {
				if (resource.isAccessible()) {
					return IDE.openEditor(page, resource, CellEditorIds.EDITOR_ID);
				}
			}
			if (Files.isRegularFile(file) && !isLibrary(file)) {
				return IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
			}
		}
		return page.openEditor(new LibraryEditorInput(uri), CellEditorIds.EDITOR_ID);
	}
}
