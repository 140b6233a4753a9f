package org.lithos.dsl.ui.internal.assist;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ContentAssistEvent;
import org.eclipse.jface.text.contentassist.ICompletionListener;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.Positions;

/**
 * Content assist (Ctrl+Space) answered by the server's completion: keywords, library and workspace materials, cells,
 * protocols, units, observables. The popup then filters locally as the user keeps typing.
 *
 * <p>The editor's assistant is asynchronous: JFace calls this processor on a worker thread and shows "Computing
 * proposals..." until it returns, so waiting for the server never holds the UI thread. A new request, or the popup
 * closing, cancels the server's work on the previous one (JFace interrupts the waiting worker; the session listener
 * catches the popup closing).
 */
public final class ServerCompletionProcessor implements IContentAssistProcessor, ICompletionListener {

	/** How long a worker waits for the server before the list shows a message instead, in milliseconds. */
	static final long TIMEOUT_MS = 30_000;
	/** How often a request the server cancelled is sent again. */
	private static final int ATTEMPTS = 3;

	private static final Comparator<CompletionItem> ORDER = Comparator
			.comparing((CompletionItem item) -> item.getSortText() != null ? item.getSortText() : item.getLabel())
			.thenComparing(CompletionItem::getLabel);

	private final Supplier<DocumentSync> sync;
	private final AtomicReference<Future<?>> inFlight = new AtomicReference<>();
	private volatile String error;

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
		for (int attempt = 1;; attempt++) {
			CompletableFuture<Either<List<CompletionItem>, CompletionList>> request = document
					.request(server -> server.completion(params));
			cancel(inFlight.getAndSet(request));
			try {
				Either<List<CompletionItem>, CompletionList> answer = request.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
				List<CompletionItem> items = answer == null ? List.of()
						: answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
				return items.stream().sorted(ORDER).map(item -> new ServerCompletionProposal(item, text, offset))
						.toArray(ICompletionProposal[]::new);
			} catch (TimeoutException e) {
				error = "The language server did not answer within " + TIMEOUT_MS / 1000 + " s";
			} catch (CancellationException e) {
				// a newer request or the popup closing cancelled this one
			} catch (ExecutionException e) {
				if (isCancellation(e.getCause()) && attempt < ATTEMPTS && !request.isCancelled()) {
					// the server drops reads when a write (an edit, a file changed on disk) comes in: ask again
					continue;
				}
				error = "The language server failed: " + e.getCause();
			} catch (InterruptedException e) {
				// JFace gave up on this computation (the popup closed or a new one started)
				Thread.currentThread().interrupt();
			} finally {
				request.cancel(true);
				inFlight.compareAndSet(request, null);
			}
			return new ICompletionProposal[0];
		}
	}

	/** @return whether a failure is the server cancelling the request (Xtext cancels reads when a write starts) */
	static boolean isCancellation(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CancellationException || cause instanceof ResponseErrorException response
					&& response.getResponseError().getCode() == ResponseErrorCode.RequestCancelled.getValue()) {
				return true;
			}
		}
		return false;
	}

	private static void cancel(Future<?> request) {
		if (request != null) {
			request.cancel(true);
		}
	}

	@Override
	public void assistSessionStarted(ContentAssistEvent event) {
		// requests start when JFace asks for proposals
	}

	@Override
	public void assistSessionEnded(ContentAssistEvent event) {
		cancel(inFlight.getAndSet(null));
	}

	@Override
	public void selectionChanged(ICompletionProposal proposal, boolean smartToggle) {
		// nothing to prepare
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
