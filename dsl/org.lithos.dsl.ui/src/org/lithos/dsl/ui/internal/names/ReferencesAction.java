package org.lithos.dsl.ui.internal.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.IEditorStatusLine;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.ui.internal.assist.Words;
import org.lithos.dsl.ui.internal.library.LocationOpener;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.DocumentUris;
import org.lithos.dsl.ui.internal.lsp.Positions;

/**
 * References (Ctrl+Shift+G): lists where the name under the caret is used, in the workspace's files, in a popup by
 * the caret; choosing a row opens its file at that line. The server's {@code references} answer, and the lines of
 * files not open in an editor, are fetched off the UI thread.
 */
public final class ReferencesAction extends Action {

	/** One reference as listed: where it is and the text of its line. */
	public record Reference(Location location, String file, int line, String text) {
		/** @return the row shown: file, line and the line's text */
		public String row() {
			return file + ":" + line + "  " + text;
		}
	}

	private final ITextEditor editor;
	private final Supplier<StyledText> widget;
	private final Supplier<DocumentSync> sync;
	private ReferencesPopup popup;

	/**
	 * @param editor the editor
	 * @param widget its text widget (the popup opens below the caret)
	 * @param sync   its current document connection
	 */
	public ReferencesAction(ITextEditor editor, Supplier<StyledText> widget, Supplier<DocumentSync> sync) {
		super("Re&ferences");
		this.editor = editor;
		this.widget = widget;
		this.sync = sync;
		setToolTipText("List the references of the name at the caret");
		setActionDefinitionId(CellEditorIds.REFERENCES_COMMAND);
	}

	@Override
	public void run() {
		DocumentSync document = sync.get();
		if (document == null) {
			return;
		}
		IDocument text = document.document();
		int offset = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		IRegion word = Words.at(text, offset);
		String name = text.get().substring(word.getOffset(), word.getOffset() + word.getLength());
		if (name.isEmpty()) {
			status("References: the caret is not on a name");
			return;
		}
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(document.uri()),
				Positions.toPosition(text, offset), new ReferenceContext(false));
		CompletableFuture<List<? extends Location>> answer = document.request(server -> server.references(params));
		// this document's text is read here, on the UI thread; the lines of other files on the worker thread
		Map<String, String> openTexts = new HashMap<>();
		openTexts.put(DocumentUris.key(document.uri()), text.get());
		Display display = editor.getSite().getShell().getDisplay();
		long stamp = document.modificationStamp();
		answer.thenApply(locations -> rows(locations, openTexts, document)).whenComplete((rows, failure) -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (sync.get() != document) {
						return;
					}
					if (failure != null) {
						status("References: " + failure.getMessage());
					} else if (stamp != document.modificationStamp()) {
						status("References: the text changed while the server searched; ask again");
					} else {
						show(name, rows);
					}
				});
			}
		});
	}

	private void show(String name, List<Reference> rows) {
		if (popup != null) {
			popup.close();
		}
		StyledText text = widget.get();
		Point at = text.toDisplay(text.getLocationAtOffset(text.getCaretOffset()));
		at.y += text.getLineHeight();
		popup = new ReferencesPopup(editor.getSite().getShell(), name, rows, at,
				reference -> LocationOpener.open(reference.location()));
		popup.open();
		if (rows.isEmpty()) {
			status("No references to '" + name + "' in the workspace");
		}
	}

	/** @return the popup last opened, or null (tests drive it) */
	public ReferencesPopup popup() {
		return popup;
	}

	private static List<Reference> rows(List<? extends Location> locations, Map<String, String> openTexts,
			DocumentSync document) {
		List<Reference> rows = new ArrayList<>();
		Map<String, List<String>> lines = new HashMap<>();
		for (Location location : locations == null ? List.<Location>of() : locations) {
			String key = DocumentUris.key(location.getUri());
			List<String> fileLines = lines.computeIfAbsent(key, k -> linesOf(location.getUri(), openTexts.get(k), document));
			int line = location.getRange().getStart().getLine();
			String text = line < fileLines.size() ? fileLines.get(line).strip() : "";
			rows.add(new Reference(location, LocationOpener.displayName(location.getUri()), line + 1, text));
		}
		rows.sort(Comparator.comparing(Reference::file).thenComparingInt(Reference::line));
		return rows;
	}

	private static List<String> linesOf(String uri, String openText, DocumentSync document) {
		if (openText != null) {
			return openText.lines().toList();
		}
		DocumentSync open = document.server().openDocument(uri);
		if (open != null) {
			return open.document().get().lines().toList();
		}
		Path file = DocumentUris.file(uri);
		try {
			return file == null ? List.of() : Files.readAllLines(file);
		} catch (IOException e) {
			return List.of();
		}
	}

	private void status(String message) {
		IEditorStatusLine statusLine = editor.getAdapter(IEditorStatusLine.class);
		if (statusLine != null) {
			statusLine.setMessage(false, message, null);
		}
	}
}
