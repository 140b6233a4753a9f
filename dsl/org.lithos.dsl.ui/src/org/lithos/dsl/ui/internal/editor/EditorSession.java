package org.lithos.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;
import org.lithos.dsl.ui.internal.lsp.CellLanguageServer;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.problems.DiagnosticAnnotations;

/**
 * One open editor's conversation with the server. Each time the server has digested the text (it publishes the
 * document's diagnostics), the session asks for semantic tokens, folding ranges and symbols and applies them on the
 * UI thread, unless the text moved on in the meantime; then the next round brings fresh ones.
 */
public final class EditorSession {

	private final DocumentSync sync;
	private final ProjectionViewer viewer;
	private final SemanticHighlighter highlighter;
	private final DiagnosticAnnotations annotations;
	private final Consumer<List<DocumentSymbol>> symbolsListener;
	private final Display display;
	private volatile List<DocumentSymbol> symbols = List.of();
	private volatile boolean disposed;

	/**
	 * @param server          the language server
	 * @param uri             the document's URI for the server
	 * @param document        the text
	 * @param viewer          the editor's viewer
	 * @param annotationModel where to show problems, or null when workspace markers show them
	 * @param symbolsListener receives new symbols on the UI thread (the outline)
	 */
	EditorSession(CellLanguageServer server, String uri, IDocument document, ProjectionViewer viewer,
			IAnnotationModel annotationModel, Consumer<List<DocumentSymbol>> symbolsListener) {
		this.sync = new DocumentSync(server, uri, document);
		this.viewer = viewer;
		this.highlighter = new SemanticHighlighter(viewer);
		this.annotations = annotationModel == null ? null : new DiagnosticAnnotations(annotationModel);
		this.symbolsListener = symbolsListener;
		this.display = viewer.getTextWidget().getDisplay();
	}

	/** Opens the document on the server (call on the UI thread). */
	void start() {
		highlighter.install(sync.document());
		sync.addUpdateListener(this::serverUpdated);
		sync.open();
		sync.server().ready().thenRun(() -> onUi(viewer::invalidateTextPresentation));
	}

	/** Closes the document on the server. */
	void dispose() {
		disposed = true;
		sync.close();
		highlighter.uninstall();
	}

	/** @return the document's connection to the server */
	public DocumentSync sync() {
		return sync;
	}

	/** @return the semantic highlighter (tests count its tokens) */
	public SemanticHighlighter highlighter() {
		return highlighter;
	}

	/** @return the last symbols the server gave */
	public List<DocumentSymbol> symbols() {
		return symbols;
	}

	private void serverUpdated() {
		if (disposed) {
			return;
		}
		if (annotations != null) {
			List<org.eclipse.lsp4j.Diagnostic> diagnostics = sync.diagnostics();
			onUi(() -> annotations.show(sync.document(), diagnostics));
		}
		if (sync.hasPendingEdits()) {
			return;
		}
		long stamp = sync.modificationStamp();
		TextDocumentIdentifier id = new TextDocumentIdentifier(sync.uri());
		CellLanguageServer server = sync.server();
		SemanticTokensLegend legend = server.semanticTokensLegend();
		if (legend != null) {
			server.request(s -> s.semanticTokensFull(new SemanticTokensParams(id)))
					.thenAccept(tokens -> onCurrent(stamp, () -> highlighter.apply(tokens, legend)));
		}
		server.request(s -> s.foldingRange(new FoldingRangeRequestParams(id))).thenAccept(ranges -> onCurrent(stamp,
				() -> FoldingUpdater.apply(viewer.getProjectionAnnotationModel(), sync.document(), ranges)));
		server.request(s -> s.documentSymbol(new DocumentSymbolParams(id))).thenAccept(answer -> {
			List<DocumentSymbol> tree = new ArrayList<>();
			for (var symbol : answer == null ? List.<org.eclipse.lsp4j.jsonrpc.messages.Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>>of() : answer) {
				if (symbol.isRight()) {
					tree.add(symbol.getRight());
				}
			}
			onCurrent(stamp, () -> {
				symbols = List.copyOf(tree);
				symbolsListener.accept(symbols);
			});
		});
	}

	private void onCurrent(long stamp, Runnable update) {
		onUi(() -> {
			if (stamp == sync.modificationStamp()) {
				update.run();
			}
		});
	}

	private void onUi(Runnable update) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!disposed && !viewer.getTextWidget().isDisposed()) {
					update.run();
				}
			});
		}
	}
}
