package org.lithos.dsl.ui.internal.editor;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.widgets.Display;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.TextEdits;

/**
 * Format (Ctrl+Shift+F): the server's formatter, the same as {@code lithos format}, applied as one undoable change.
 * The caret stays on its line. The UI thread does not wait for the server: the edits are applied when they arrive,
 * unless the text changed in the meantime (they would be about another text).
 */
final class FormatAction extends Action {

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
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(sync.uri()),
				new FormattingOptions(INDENT, true));
		CompletableFuture<List<? extends TextEdit>> answer = sync.request(server -> server.formatting(params));
		long stamp = sync.modificationStamp();
		Display display = editor.getSite().getShell().getDisplay();
		answer.whenComplete((edits, failure) -> display.asyncExec(() -> {
			if (editor.sync() != sync) {
				return;
			}
			if (failure != null) {
				editor.status("Format failed: " + (failure.getCause() != null ? failure.getCause().getMessage()
						: failure.getMessage()));
			} else if (stamp != sync.modificationStamp()) {
				editor.status("Format: the text changed while the server formatted it; format again");
			} else {
				apply(sync.document(), edits);
			}
		}));
	}

	private void apply(IDocument document, List<? extends TextEdit> edits) {
		if (edits == null || edits.isEmpty()) {
			return;
		}
		try {
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
		} catch (BadLocationException | IllegalArgumentException e) {
			editor.status("Format failed: " + e.getMessage());
		}
	}
}
