package org.lithos.dsl.ui.internal.names;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.lithos.dsl.ui.internal.lsp.CellLanguageServer;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.DocumentUris;
import org.lithos.dsl.ui.internal.lsp.TextEdits;

/**
 * Applies the server's edits of several files (a rename). A file open in an editor gets them in its document, as
 * one undoable change there, and stays unsaved as any edit would; any other file gets them through its file buffer
 * and is saved, so the server (which watches the workspace) and {@code lithos check} see the new text.
 */
final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	/** @return the edits per document URI, whichever of its two forms the server used */
	static Map<String, List<TextEdit>> byDocument(WorkspaceEdit edit) {
		Map<String, List<TextEdit>> result = new LinkedHashMap<>();
		if (edit == null) {
			return result;
		}
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> result.computeIfAbsent(uri, u -> new ArrayList<>()).addAll(edits));
		}
		if (edit.getDocumentChanges() != null) {
			for (var change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					List<TextEdit> edits = result.computeIfAbsent(change.getLeft().getTextDocument().getUri(),
							u -> new ArrayList<>());
					change.getLeft().getEdits().stream().filter(e -> e.isLeft()).forEach(e -> edits.add(e.getLeft()));
				}
			}
		}
		return result;
	}

	/** @return a file the edit would change but that is neither open nor a file on disk, or null when all can change */
	static String unwritable(Map<String, List<TextEdit>> edits, CellLanguageServer server) {
		for (String uri : edits.keySet()) {
			Path file = DocumentUris.file(uri);
			if (server.openDocument(uri) == null && (file == null || !file.toFile().canWrite())) {
				return uri;
			}
		}
		return null;
	}

	/**
	 * Applies the edits (UI thread).
	 *
	 * @throws CoreException            if a file cannot be read or saved
	 * @throws IllegalArgumentException if edits do not fit a file's text
	 */
	static void apply(Map<String, List<TextEdit>> edits, CellLanguageServer server) throws CoreException {
		for (Map.Entry<String, List<TextEdit>> entry : edits.entrySet()) {
			DocumentSync open = server.openDocument(entry.getKey());
			if (open != null) {
				applyAsOneChange(open.document(), entry.getValue());
			} else {
				applyToFile(DocumentUris.file(entry.getKey()), entry.getValue());
			}
		}
	}

	private static void applyAsOneChange(IDocument document, List<TextEdit> edits) {
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			TextEdits.apply(document, edits);
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}

	private static void applyToFile(Path file, List<TextEdit> edits) throws CoreException {
		IFile[] resources = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
		IPath path;
		LocationKind kind;
		if (resources.length > 0) {
			path = resources[0].getFullPath();
			kind = LocationKind.IFILE;
		} else {
			path = IPath.fromOSString(file.toString());
			kind = LocationKind.LOCATION;
		}
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(path, kind, null);
		try {
			ITextFileBuffer buffer = buffers.getTextFileBuffer(path, kind);
			TextEdits.apply(buffer.getDocument(), edits);
			buffer.commit(null, false);
		} finally {
			buffers.disconnect(path, kind, null);
		}
	}
}
