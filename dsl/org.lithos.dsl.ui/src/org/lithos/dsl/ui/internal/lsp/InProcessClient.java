package org.lithos.dsl.ui.internal.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client side the server calls back: diagnostics go to the registered listeners, messages to a log. The editor
 * never lets the server edit on its own ({@code workspace/applyEdit} is declined): edits come back as answers.
 */
final class InProcessClient implements LanguageClient {

	private final List<DiagnosticsListener> listeners = new CopyOnWriteArrayList<>();
	private final Map<String, List<Diagnostic>> latest = new ConcurrentHashMap<>();
	private final Consumer<String> log;

	InProcessClient(Consumer<String> log) {
		this.log = log;
	}

	void addListener(DiagnosticsListener listener) {
		listeners.add(listener);
	}

	void removeListener(DiagnosticsListener listener) {
		listeners.remove(listener);
	}

	/** @return the diagnostics last published for a document, empty if none */
	List<Diagnostic> diagnostics(String uri) {
		return latest.getOrDefault(DocumentUris.key(uri), List.of());
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		latest.put(DocumentUris.key(diagnostics.getUri()), List.copyOf(diagnostics.getDiagnostics()));
		for (DiagnosticsListener listener : listeners) {
			try {
				listener.published(diagnostics);
			} catch (RuntimeException e) {
				log.accept("a diagnostics listener failed on " + diagnostics.getUri() + ": " + e);
			}
		}
	}

	@Override
	public void telemetryEvent(Object object) {
		// nothing is collected
	}

	@Override
	public void showMessage(MessageParams message) {
		log.accept(message.getType() + ": " + message.getMessage());
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		log.accept(request.getType() + ": " + request.getMessage());
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		log.accept(message.getType() + ": " + message.getMessage());
	}

	@Override
	public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
		return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
	}

	@Override
	public CompletableFuture<Void> registerCapability(RegistrationParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public CompletableFuture<List<WorkspaceFolder>> workspaceFolders() {
		return CompletableFuture.completedFuture(List.of());
	}

	@Override
	public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
		return CompletableFuture.completedFuture(List.of());
	}
}
