package org.lithos.dsl.ui.internal.assist;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.Positions;

/**
 * Content assist (Ctrl+Space) answered by the server's completion: keywords, library and workspace materials, cells,
 * protocols, units, observables. The popup then filters locally as the user keeps typing.
 */
public final class ServerCompletionProcessor implements IContentAssistProcessor {

	/** How long the editor waits for the server before showing an empty list with a message, in milliseconds. */
	static final long TIMEOUT_MS = 5000;

	private static final Comparator<CompletionItem> ORDER = Comparator
			.comparing((CompletionItem item) -> item.getSortText() != null ? item.getSortText() : item.getLabel())
			.thenComparing(CompletionItem::getLabel);

	private final Supplier<DocumentSync> sync;
	private String error;

	/** @param sync the editor's current document connection (null while it has none) */
	public ServerCompletionProcessor(Supplier<DocumentSync> sync) {
		this.sync = sync;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		DocumentSync document = sync.get();
		if (document == null) {
			return new ICompletionProposal[0];
		}
		IDocument text = viewer.getDocument();
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(document.uri()),
				Positions.toPosition(text, offset));
		try {
			Either<List<CompletionItem>, CompletionList> answer = document.request(server -> server.completion(params))
					.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			List<CompletionItem> items = answer == null ? List.of()
					: answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
			return items.stream().sorted(ORDER).map(item -> new ServerCompletionProposal(item, text, offset))
					.toArray(ICompletionProposal[]::new);
		} catch (TimeoutException e) {
			error = "The language server did not answer within " + TIMEOUT_MS / 1000 + " s";
		} catch (ExecutionException e) {
			error = "The language server failed: " + e.getCause().getMessage();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return new ICompletionProposal[0];
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
