package org.lithos.dsl.ui.internal.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;

/**
 * Applies the server's text edits to a document. LSP edits are all relative to the text before any of them, which
 * is what a {@link MultiTextEdit} of replace edits means too; it applies them back to front and refuses overlapping
 * ones rather than damaging the text.
 */
public final class TextEdits {

	private TextEdits() {
	}

	/**
	 * Applies edits made against the document's current text.
	 *
	 * @throws IllegalArgumentException if the edits overlap or fall outside the text (the document is unchanged)
	 */
	public static void apply(IDocument document, List<? extends TextEdit> edits) {
		if (edits == null || edits.isEmpty()) {
			return;
		}
		List<ReplaceEdit> replaces = new ArrayList<>();
		for (TextEdit edit : edits) {
			IRegion region = Positions.toRegion(document, edit.getRange());
			replaces.add(new ReplaceEdit(region.getOffset(), region.getLength(), edit.getNewText()));
		}
		replaces.sort(Comparator.comparingInt(ReplaceEdit::getOffset));
		MultiTextEdit root = new MultiTextEdit();
		try {
			for (ReplaceEdit replace : replaces) {
				root.addChild(replace);
			}
			root.apply(document);
		} catch (MalformedTreeException | BadLocationException e) {
			throw new IllegalArgumentException("the server's edits overlap or fall outside the text: " + e.getMessage(), e);
		}
	}

	/** @return the edits a workspace edit makes to one document, whichever of its two forms the server used */
	public static List<TextEdit> forDocument(WorkspaceEdit edit, String uri) {
		List<TextEdit> result = new ArrayList<>();
		if (edit == null) {
			return result;
		}
		String key = DocumentUris.key(uri);
		if (edit.getChanges() != null) {
			for (Map.Entry<String, List<TextEdit>> entry : edit.getChanges().entrySet()) {
				if (key.equals(DocumentUris.key(entry.getKey()))) {
					result.addAll(entry.getValue());
				}
			}
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(change -> change.isLeft()).map(change -> change.getLeft())
					.filter(change -> key.equals(DocumentUris.key(change.getTextDocument().getUri())))
					.map(TextDocumentEdit::getEdits)
					.forEach(edits -> edits.stream().filter(e -> e.isLeft()).forEach(e -> result.add(e.getLeft())));
		}
		return result;
	}
}
