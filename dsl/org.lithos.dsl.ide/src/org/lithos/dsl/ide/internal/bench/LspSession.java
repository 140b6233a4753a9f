package org.lithos.dsl.ide.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.lithos.dsl.ide.internal.server.DiagnosticsClient;

/**
 * One session of {@code lithos lsp} in its own process, driven over stdio as an editor drives it: initialize on a
 * folder of cell files, wait until the diagnostics of every file are published (the server is then ready: the
 * library indexed, every file checked), then edit one file several times, breaking and repairing it, and time each
 * edit until its diagnostics arrive.
 */
final class LspSession {

	/** What one session measured, in milliseconds. */
	record Times(double initializeAnswered, double ready, List<Double> edits) {
	}

	/** The edit that breaks the file: a material the library does not have. */
	static final String BROKEN = "collector Cuu ";
	private static final String REPAIRED = "collector Cu ";
	private static final long TIMEOUT_S = 120;

	private final DiagnosticsClient client = new DiagnosticsClient();

	/**
	 * @param lithos   the {@code lithos} launcher to start as {@code lithos lsp}
	 * @param folder   a scratch folder holding copies of the cell files; {@code edited} among them
	 * @param edited   the file to edit; it must contain {@code "collector Cu "}
	 * @param edits    how many edits to time
	 * @return the times of this session
	 * @throws IOException if the server cannot be started or does not answer in time
	 */
	Times run(Path lithos, Path folder, Path edited, int edits) throws IOException {
		List<CompletableFuture<List<Diagnostic>>> initialBuild = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(f -> f.toString().endsWith(".cell")).forEach(f -> initialBuild.add(expect(f)));
		}
		String clean = Files.readString(edited);
		long start = System.nanoTime();
		Process process = new ProcessBuilder(lithos.toString(), "lsp").redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
		try {
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
					process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams initialize = new InitializeParams();
			initialize.setProcessId((int) ProcessHandle.current().pid());
			initialize.setCapabilities(new ClientCapabilities());
			initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "bench")));
			long sent = System.nanoTime();
			await(server.initialize(initialize));
			long answered = System.nanoTime();
			server.initialized(new InitializedParams());
			await(CompletableFuture.allOf(initialBuild.toArray(CompletableFuture[]::new)));
			long ready = System.nanoTime();

			String uri = uri(edited);
			int version = 1;
			CompletableFuture<List<Diagnostic>> opened = expect(edited);
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "lithos", version++, clean)));
			await(opened);
			String broken = clean.replace(REPAIRED, BROKEN);
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < edits; i++) {
				boolean breaking = i % 2 == 0;
				CompletableFuture<List<Diagnostic>> diagnostics = expect(edited);
				long before = System.nanoTime();
				server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version++),
						List.of(new TextDocumentContentChangeEvent(breaking ? broken : clean))));
				List<Diagnostic> after = await(diagnostics);
				times.add(millis(System.nanoTime() - before));
				if (after.isEmpty() == breaking) {
					throw new IOException("the server answered edit " + i + " with " + after);
				}
			}
			await(server.shutdown());
			server.exit();
			return new Times(millis(answered - start), millis(ready - sent), Collections.unmodifiableList(times));
		} finally {
			stop(process);
		}
	}

	private CompletableFuture<List<Diagnostic>> expect(Path file) {
		return client.expect(uri(file));
	}

	private static <T> T await(CompletableFuture<T> future) throws IOException {
		try {
			return future.get(TIMEOUT_S, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		} catch (ExecutionException | TimeoutException e) {
			throw new IOException("the language server did not answer within " + TIMEOUT_S + " s: " + e, e);
		}
	}

	/** Waits for the server to end after exit (it writes its class-data archive then); kills it if it does not. */
	private static void stop(Process process) {
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	static String uri(Path file) {
		return file.toAbsolutePath().normalize().toUri().toString();
	}
}
