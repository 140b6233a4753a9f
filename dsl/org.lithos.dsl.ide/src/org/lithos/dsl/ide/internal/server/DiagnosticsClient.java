package org.lithos.dsl.ide.internal.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * A client that only listens for diagnostics, for code that drives the server as an editor would and waits for
 * what it publishes ({@code lithos bench}, the tests). Messages for people are ignored.
 */
public final class DiagnosticsClient implements LanguageClient {

	private final Map<String, CompletableFuture<List<Diagnostic>>> published = new ConcurrentHashMap<>();

	/**
	 * Call before the request or notification that makes the server publish.
	 *
	 * @param uri a file URI as the server spells it
	 * @return completes with the next diagnostics the server publishes for that file
	 */
	public CompletableFuture<List<Diagnostic>> expect(String uri) {
		CompletableFuture<List<Diagnostic>> future = new CompletableFuture<>();
		published.put(uri, future);
		return future;
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		published.computeIfAbsent(params.getUri(), uri -> new CompletableFuture<>()).complete(params.getDiagnostics());
	}

	@Override
	public void telemetryEvent(Object object) {
		// not needed
	}

	@Override
	public void showMessage(MessageParams message) {
		// not needed
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		// not needed
	}
}
