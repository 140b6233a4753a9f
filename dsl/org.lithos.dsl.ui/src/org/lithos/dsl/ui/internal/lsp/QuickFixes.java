package org.lithos.dsl.ui.internal.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The server's quick fixes for problems of one document: its code actions (derived from the validator's issue codes),
 * each as a title and the edits it makes to that document. Ctrl+1 in the editor and Quick Fix in the Problems view
 * both ask here, so they offer the same fixes.
 */
public final class QuickFixes {

	/** One fix: what the user reads, and the edits against the text the server knows. */
	public record Fix(String title, List<TextEdit> edits) {

		/** Longest replacement text shown in a label; longer ones are left to the fix's details. */
		private static final int SHOWN_TEXT = 40;

		/** Copies the edits. */
		public Fix {
			edits = List.copyOf(edits);
		}

		/**
		 * @return what a list of fixes shows: the title, and for a fix that writes one short text, that text (the
		 *         server's titles are fixed per issue code, "Change to the suggested name", and say not which)
		 */
		public String label() {
			if (edits.size() == 1) {
				String text = edits.get(0).getNewText().strip();
				if (!text.isEmpty() && text.length() <= SHOWN_TEXT && !text.contains("\n")) {
					return title + ": " + text;
				}
			}
			return title;
		}
	}

	private QuickFixes() {
	}

	/**
	 * Asks the server for the fixes of some problems of a document, after sending the pending edits of its editor if
	 * one has it open.
	 *
	 * @param problems diagnostics the server published for the document, in document order; not empty
	 * @return the fixes that edit this document (code actions without edits, or editing other files, are left out)
	 */
	public static CompletableFuture<List<Fix>> request(CellLanguageServer server, String uri, List<Diagnostic> problems) {
		DocumentSync open = server.openDocument(uri);
		if (open != null) {
			open.flush();
		}
		Range range = new Range(problems.get(0).getRange().getStart(),
				problems.get(problems.size() - 1).getRange().getEnd());
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), range,
				new CodeActionContext(List.copyOf(problems)));
		return server.request(s -> s.codeAction(params)).thenApply(actions -> fixes(actions, uri));
	}

	private static List<Fix> fixes(List<Either<Command, CodeAction>> actions, String uri) {
		List<Fix> fixes = new ArrayList<>();
		for (Either<Command, CodeAction> action : actions == null ? List.<Either<Command, CodeAction>>of() : actions) {
			if (action.isRight()) {
				List<TextEdit> edits = TextEdits.forDocument(action.getRight().getEdit(), uri);
				if (!edits.isEmpty()) {
					fixes.add(new Fix(action.getRight().getTitle(), edits));
				}
			}
		}
		return fixes;
	}
}
