package org.lithos.dsl.ui.internal.lsp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentHighlightCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ReferencesCapabilities;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TokenFormat;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceServiceProvider;

/**
 * The workbench's one language server, running in this JVM. It starts in the background (creating the language
 * injector and indexing the workspace and library takes a second or two) while editors already show text with lexical
 * colouring. Notifications and requests pass through one thread in the order they were made, so a request always
 * sees every edit sent before it; the server itself answers on its own threads.
 */
public final class CellLanguageServer {

	/** The file extension of cell files. */
	public static final String FILE_EXTENSION = "cell";

	private final InProcessClient client;
	private final ExecutorService calls = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Lithos language server calls");
		thread.setDaemon(true);
		return thread;
	});
	private final CompletableFuture<LanguageServerImpl> ready = new CompletableFuture<>();
	private volatile InitializeResult capabilities;
	private volatile Set<String> keywords = Set.of();
	private final Map<String, DocumentSync> open = new ConcurrentHashMap<>();

	/**
	 * Starts a server on a background thread.
	 *
	 * @param folders the folders the server indexes (the workspace's projects), possibly none
	 * @param log     where the server's messages go
	 */
	public CellLanguageServer(List<WorkspaceFolder> folders, Consumer<String> log) {
		client = new InProcessClient(log);
		Thread starter = new Thread(() -> start(folders), "Lithos language server start");
		starter.setDaemon(true);
		starter.start();
	}

	private void start(List<WorkspaceFolder> folders) {
		try {
			LanguageServerImpl server = ServerFactory.create();
			server.connect(client);
			capabilities = server.initialize(initializeParams(folders)).get();
			server.initialized(new InitializedParams());
			keywords = grammarKeywords();
			ready.complete(server);
		} catch (Exception | LinkageError e) {
			ready.completeExceptionally(e);
		}
	}

	private static InitializeParams initializeParams(List<WorkspaceFolder> folders) {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setClientInfo(new ClientInfo("Lithos Studio"));
		params.setWorkspaceFolders(List.copyOf(folders));
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		CodeActionCapabilities codeActions = new CodeActionCapabilities();
		codeActions.setCodeActionLiteralSupport(new CodeActionLiteralSupportCapabilities(
				new CodeActionKindCapabilities(List.of(CodeActionKind.QuickFix, CodeActionKind.Empty))));
		text.setCodeAction(codeActions);
		text.setHover(new HoverCapabilities(List.of(MarkupKind.PLAINTEXT, MarkupKind.MARKDOWN), false));
		CompletionItemCapabilities items = new CompletionItemCapabilities(false);
		items.setDocumentationFormat(List.of(MarkupKind.PLAINTEXT, MarkupKind.MARKDOWN));
		CompletionCapabilities completion = new CompletionCapabilities(items);
		text.setCompletion(completion);
		text.setFoldingRange(new FoldingRangeCapabilities());
		SemanticTokensCapabilities tokens = new SemanticTokensCapabilities(
				new SemanticTokensClientCapabilitiesRequests(true), List.of(), List.of(), List.of(TokenFormat.Relative));
		text.setSemanticTokens(tokens);
		text.setDocumentHighlight(new DocumentHighlightCapabilities());
		text.setReferences(new ReferencesCapabilities());
		// rename is asked about first, so the editor can say why a name cannot be renamed before asking a new one
		text.setRename(new RenameCapabilities(true, false));
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		ClientCapabilities capabilities = new ClientCapabilities(workspace, text, null);
		params.setCapabilities(capabilities);
		return params;
	}

	/**
	 * The words of the grammar, taken from the language the server registered, for lexical colouring; words only
	 * (no punctuation).
	 */
	private static Set<String> grammarKeywords() {
		IResourceServiceProvider language = IResourceServiceProvider.Registry.INSTANCE
				.getResourceServiceProvider(URI.createURI("keywords." + FILE_EXTENSION));
		if (language == null) {
			return Set.of();
		}
		return GrammarUtil.getAllKeywords(language.get(IGrammarAccess.class).getGrammar()).stream()
				.filter(word -> !word.isEmpty() && word.chars().allMatch(Character::isJavaIdentifierPart))
				.collect(Collectors.toUnmodifiableSet());
	}

	/** @return the grammar's keywords once the server is ready, empty before */
	public Set<String> keywords() {
		return keywords;
	}

	/** @return completes with the server once it has been initialized */
	public CompletableFuture<LanguageServerImpl> ready() {
		return ready;
	}

	/** @return the semantic-token legend the server announced, or null before it is ready or if it has none */
	public SemanticTokensLegend semanticTokensLegend() {
		InitializeResult result = capabilities;
		if (result == null || result.getCapabilities().getSemanticTokensProvider() == null) {
			return null;
		}
		return result.getCapabilities().getSemanticTokensProvider().getLegend();
	}

	/** Sends a notification once the server is ready, after every call made before. */
	public void notify(Consumer<LanguageServerImpl> notification) {
		calls.execute(() -> {
			LanguageServerImpl server = await();
			if (server != null) {
				notification.accept(server);
			}
		});
	}

	/**
	 * Sends a request once the server is ready, after every call made before.
	 *
	 * @return the answer; completes exceptionally if the server could not start. Cancelling it cancels the
	 *         server's work on the request (or the request itself, if it has not been sent yet).
	 */
	public <T> CompletableFuture<T> request(Function<LanguageServerImpl, CompletableFuture<T>> request) {
		CompletableFuture<T> answer = new CompletableFuture<>();
		calls.execute(() -> {
			if (answer.isDone()) {
				return;
			}
			LanguageServerImpl server = await();
			if (server == null) {
				answer.completeExceptionally(new IllegalStateException("the language server did not start", cause()));
				return;
			}
			try {
				CompletableFuture<T> working = request.apply(server);
				working.whenComplete((value, failure) -> {
					if (failure != null) {
						answer.completeExceptionally(failure);
					} else {
						answer.complete(value);
					}
				});
				answer.whenComplete((value, failure) -> {
					if (answer.isCancelled()) {
						working.cancel(true);
					}
				});
			} catch (RuntimeException e) {
				answer.completeExceptionally(e);
			}
		});
		return answer;
	}

	private LanguageServerImpl await() {
		try {
			return ready.join();
		} catch (RuntimeException e) {
			return null;
		}
	}

	private Throwable cause() {
		try {
			ready.join();
			return null;
		} catch (RuntimeException e) {
			return e.getCause() != null ? e.getCause() : e;
		}
	}

	/**
	 * @return the diagnostics the server last published for a document, open in an editor or not (empty if it has
	 *         published none)
	 */
	public List<Diagnostic> diagnostics(String uri) {
		return client.diagnostics(uri);
	}

	/** @param document an open document, now in step with the server */
	void opened(DocumentSync document) {
		open.put(DocumentUris.key(document.uri()), document);
	}

	/** @param document a document no longer open */
	void closed(DocumentSync document) {
		open.remove(DocumentUris.key(document.uri()), document);
	}

	/** @return the open document with this URI, or null when no editor has it open */
	public DocumentSync openDocument(String uri) {
		return open.get(DocumentUris.key(uri));
	}

	/** @param listener receives every document's diagnostics from now on */
	public void addDiagnosticsListener(DiagnosticsListener listener) {
		client.addListener(listener);
	}

	/** @param listener no longer receives diagnostics */
	public void removeDiagnosticsListener(DiagnosticsListener listener) {
		client.removeListener(listener);
	}

	/**
	 * Shuts the server down, waiting at most a few seconds. {@code exit} is never sent: Xtext's default exit handler
	 * ends the JVM, which here is the workbench's.
	 */
	public void shutdown() {
		notify(server -> {
			try {
				server.shutdown().get(5, TimeUnit.SECONDS);
			} catch (Exception e) {
				// the workbench is closing anyway
			}
		});
		calls.shutdown();
		try {
			calls.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
