package org.lithos.dsl.ide.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.lithos.dsl.ide.internal.server.DiagnosticsClient;
import org.lithos.dsl.ide.server.LithosLanguageServers;

/** An in-process server on a workspace folder, with a client that records what the server publishes. */
final class Server implements AutoCloseable {

	/** The examples, relative to this test bundle (Tycho runs tests in the module folder). */
	static final Path EXAMPLES = Path.of("../examples");

	private static final long TIMEOUT_S = 60;

	final LanguageServerImpl server = LithosLanguageServers.createInProcess();
	private final DiagnosticsClient client = new DiagnosticsClient();
	private int version = 1;
	/** What the server announced in answer to initialize. */
	final org.eclipse.lsp4j.ServerCapabilities capabilities;

	private Server(Path folder, boolean preparesRename) throws Exception {
		server.connect(client);
		InitializeParams params = new InitializeParams();
		// as the studio's editor and VS Code do: rename is asked about first (prepareRename)
		org.eclipse.lsp4j.TextDocumentClientCapabilities text = new org.eclipse.lsp4j.TextDocumentClientCapabilities();
		text.setRename(new org.eclipse.lsp4j.RenameCapabilities(preparesRename, false));
		params.setCapabilities(new ClientCapabilities(null, text, null));
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "test")));
		capabilities = server.initialize(params).get(TIMEOUT_S, TimeUnit.SECONDS).getCapabilities();
		server.initialized(new InitializedParams());
	}

	/** @return a server initialized on the folder (built, diagnostics published) */
	static Server on(Path folder) throws Exception {
		return new Server(folder, true);
	}

	/** @return a server on a fresh temporary folder holding the given files */
	static Server withFiles(Path folder, Map<String, String> files) throws Exception {
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue());
		}
		return new Server(folder, true);
	}

	/** @return a server on a folder for a client that renames without asking first (no prepareRename) */
	static Server renamingWithoutPrepare(Path folder) throws Exception {
		return new Server(folder, false);
	}

	/** Opens a file in the editor with the given text and returns its diagnostics. */
	List<Diagnostic> open(Path file, String text) throws Exception {
		String uri = uri(file);
		CompletableFuture<List<Diagnostic>> published = expect(uri);
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "lithos", version++, text)));
		return published.get(TIMEOUT_S, TimeUnit.SECONDS);
	}

	/** Replaces the whole text of an open file and returns its diagnostics. */
	List<Diagnostic> change(Path file, String text) throws Exception {
		String uri = uri(file);
		CompletableFuture<List<Diagnostic>> published = expect(uri);
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version++),
				List.of(new TextDocumentContentChangeEvent(text))));
		return published.get(TIMEOUT_S, TimeUnit.SECONDS);
	}

	private CompletableFuture<List<Diagnostic>> expect(String uri) {
		return client.expect(uri);
	}

	static String uri(Path file) {
		return file.toAbsolutePath().normalize().toUri().toString();
	}

	static TextDocumentIdentifier document(Path file) {
		return new TextDocumentIdentifier(uri(file));
	}

	/** @return the position of the first occurrence of {@code text} in {@code source}, plus an offset into it */
	static Position positionOf(String source, String text, int offsetInText) {
		int offset = source.indexOf(text);
		if (offset < 0) {
			throw new IllegalArgumentException("'" + text + "' is not in the source");
		}
		offset += offsetInText;
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (source.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	@Override
	public void close() throws Exception {
		server.shutdown().get(TIMEOUT_S, TimeUnit.SECONDS);
	}
}
