package org.lithos.dsl.ui.internal.editor;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.TextEdits;

/**
 * Format (Ctrl+Shift+F): the server's formatter, the same as {@code lithos format}, applied as one undoable change.
 * The caret stays on its line.
 */
final class FormatAction extends Action {

	private static final long TIMEOUT_MS = 10_000;
	private static final int INDENT = 4;

	private final CellEditor editor;

	FormatAction(CellEditor editor) {
		super("Format");
		this.editor = editor;
		setActionDefinitionId(CellEditorIds.FORMAT_COMMAND);
	}

	@Override
	public void run() {
		DocumentSync sync = editor.sync();
		if (sync == null || !editor.isEditorInputModifiable()) {
			return;
		}
		IDocument document = sync.document();
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(sync.uri()),
				new FormattingOptions(INDENT, true));
		try {
			List<? extends TextEdit> edits = sync.request(server -> server.formatting(params)).get(TIMEOUT_MS,
					TimeUnit.MILLISECONDS);
			if (edits == null || edits.isEmpty()) {
				return;
			}
			int line = document.getLineOfOffset(((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset());
			IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
			target.beginCompoundChange();
			try {
				TextEdits.apply(document, edits);
			} finally {
				target.endCompoundChange();
			}
			int caret = document.getLineOffset(Math.min(line, document.getNumberOfLines() - 1));
			editor.selectAndReveal(caret, 0);
		} catch (TimeoutException e) {
			editor.status("Format: the language server did not answer within " + TIMEOUT_MS / 1000 + " s");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (Exception e) {
			editor.status("Format failed: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
		}
	}
}
