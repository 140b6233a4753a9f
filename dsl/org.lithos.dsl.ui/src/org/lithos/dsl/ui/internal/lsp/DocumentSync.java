package org.lithos.dsl.ui.internal.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Keeps one open document in step with the server: {@code didOpen}, then incremental {@code didChange} events.
 * A keystroke only records its range (computed before the change, against the text the server knows) and restarts a
 * short timer; the changes are sent together when typing pauses, so the server re-parses and re-validates once per
 * pause rather than once per key. Any request flushes the pending changes first, so answers are about the text on
 * screen.
 */
public final class DocumentSync implements IDocumentListener, DiagnosticsListener {

	/** Pause in typing after which changes are sent, in milliseconds. */
	public static final long DEBOUNCE_MS = 150;

	/** The language id sent with {@code didOpen} (Xtext picks the language by file extension). */
	private static final String LANGUAGE_ID = "lithos";

	private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Lithos document sync");
		thread.setDaemon(true);
		return thread;
	});

	private final CellLanguageServer server;
	private final String uri;
	private final String key;
	private final IDocument document;
	private final List<TextDocumentContentChangeEvent> pending = new ArrayList<>();
	private final List<Runnable> updateListeners = new CopyOnWriteArrayList<>();
	private ScheduledFuture<?> scheduled;
	private int version;
	/** Incremented on every edit, so late answers can tell whether the text moved under them. */
	private volatile long modificationStamp;
	private volatile List<Diagnostic> diagnostics = List.of();
	private volatile boolean open;
	private final AtomicInteger published = new AtomicInteger();
	private final QuickFixCache quickFixes = new QuickFixCache(this);

	/**
	 * @param server   the language server
	 * @param uri      the document's URI as the server should know it (see {@link DocumentUris})
	 * @param document the text
	 */
	public DocumentSync(CellLanguageServer server, String uri, IDocument document) {
		this.server = server;
		this.uri = uri;
		this.key = DocumentUris.key(uri);
		this.document = document;
	}

	/** Opens the document on the server with its current text and starts following its edits. */
	public void open() {
		String text;
		synchronized (this) {
			text = document.get();
			version = 1;
			open = true;
		}
		server.addDiagnosticsListener(this);
		server.opened(this);
		document.addDocumentListener(this);
		TextDocumentItem item = new TextDocumentItem(uri, LANGUAGE_ID, 1, text);
		server.notify(s -> s.didOpen(new DidOpenTextDocumentParams(item)));
	}

	/** Sends pending edits, then closes the document on the server. */
	public void close() {
		if (!open) {
			return;
		}
		open = false;
		document.removeDocumentListener(this);
		flush();
		server.notify(s -> s.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri))));
		server.removeDiagnosticsListener(this);
		server.closed(this);
	}

	/** Tells the server the document was saved. */
	public void saved() {
		flush();
		server.notify(s -> s.didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri))));
	}

	@Override
	public synchronized void documentAboutToBeChanged(DocumentEvent event) {
		pending.add(new TextDocumentContentChangeEvent(
				Positions.toRange(document, event.getOffset(), event.getLength()), event.getText()));
	}

	@Override
	public synchronized void documentChanged(DocumentEvent event) {
		modificationStamp++;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
		scheduled = TIMER.schedule(this::flush, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
	}

	/** Sends the pending edits now (requests do this first). */
	public void flush() {
		List<TextDocumentContentChangeEvent> changes;
		int sent;
		synchronized (this) {
			if (scheduled != null) {
				scheduled.cancel(false);
				scheduled = null;
			}
			if (pending.isEmpty()) {
				return;
			}
			changes = new ArrayList<>(pending);
			pending.clear();
			sent = ++version;
		}
		DidChangeTextDocumentParams params = new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, sent), changes);
		server.notify(s -> s.didChange(params));
	}

	/**
	 * Sends a request about this document after flushing its edits.
	 *
	 * @return the server's answer
	 */
	public <T> CompletableFuture<T> request(Function<LanguageServerImpl, CompletableFuture<T>> request) {
		flush();
		return server.request(request);
	}

	@Override
	public void published(PublishDiagnosticsParams params) {
		if (!key.equals(DocumentUris.key(params.getUri()))) {
			return;
		}
		diagnostics = List.copyOf(params.getDiagnostics());
		published.incrementAndGet();
		quickFixes.diagnosticsPublished();
		for (Runnable listener : updateListeners) {
			listener.run();
		}
	}

	/**
	 * @param listener runs (on a server thread) each time the server has processed this document's text and
	 *                 published its diagnostics: the moment to refresh colours, outline and folding
	 */
	public void addUpdateListener(Runnable listener) {
		updateListeners.add(listener);
	}

	/** @return the quick fixes of the published diagnostics, computed in the background for Ctrl+1 */
	public QuickFixCache quickFixes() {
		return quickFixes;
	}

	/** @return how many times the server has published this document's diagnostics */
	public int publishedCount() {
		return published.get();
	}

	/** @return the last published diagnostics of this document */
	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}

	/** @return whether edits are waiting to be sent (answers in hand are then already out of date) */
	public synchronized boolean hasPendingEdits() {
		return !pending.isEmpty();
	}

	/** @return a counter of edits, to tell whether the text changed while an answer was on its way */
	public long modificationStamp() {
		return modificationStamp;
	}

	/** @return the URI the server knows this document by */
	public String uri() {
		return uri;
	}

	/** @return the text */
	public IDocument document() {
		return document;
	}

	/** @return the language server */
	public CellLanguageServer server() {
		return server;
	}
}
