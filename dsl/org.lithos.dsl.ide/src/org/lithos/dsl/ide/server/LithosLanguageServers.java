package org.lithos.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.Modules2;
import org.lithos.dsl.ide.LithosIdeSetup;
import org.lithos.dsl.ide.internal.server.ExitHandler;
import org.lithos.dsl.ide.internal.server.LithosServerModule;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Creates the cell language's server. Its index holds the built-in material library (package
 * {@code lithos.materials}), so {@code import lithos.materials.*} resolves and definitions reach the library;
 * its diagnostics are those of {@code lithos check}.
 */
public final class LithosLanguageServers {

	private static CompletableFuture<Injector> language;

	private LithosLanguageServers() {
	}

	/**
	 * A fully configured server for an editor in the same process. The caller connects its
	 * {@link LanguageClient} ({@link LanguageServerImpl#connect}) and then sends {@code initialize} with the
	 * workspace folders and {@code initialized}. Each call gives an independent server; the language's own
	 * services are created once per process.
	 *
	 * @return a server that has not been initialized yet
	 */
	public static LanguageServerImpl createInProcess() {
		return serverInjector().getInstance(LanguageServerImpl.class);
	}

	/**
	 * Runs a server on a pair of streams (for {@code lithos lsp}: standard input and output) until the client
	 * sends {@code exit} or closes the input. Nothing else may write to {@code out}.
	 *
	 * @param in  messages from the client
	 * @param out messages to the client
	 * @return the exit code the protocol asks for: 0 after {@code shutdown} and {@code exit}, otherwise 1
	 */
	public static int runOnStreams(InputStream in, OutputStream out) {
		// the language's injector is made on another core (started here unless the process started it earlier) while
		// the server's own injector and the protocol's plumbing are set up: start-up is what an editor waits for
		CompletableFuture<Injector> languageSetup = prepareLanguage();
		Injector injector = Guice.createInjector(Modules2.mixin(new ServerModule(), new LithosServerModule(languageSetup)));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		CompletableFuture<Integer> exited = injector.getInstance(ExitHandler.class).exited();
		CompletableFuture<Object> inputClosed = CompletableFuture.supplyAsync(() -> {
			try {
				return listening.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			} catch (ExecutionException e) {
				return null;
			}
		});
		Object first = CompletableFuture.anyOf(exited, inputClosed).join();
		listening.cancel(true);
		return first instanceof Integer code ? code : 1;
	}

	/**
	 * Starts making the cell language's IDE services on a thread of their own, unless that has started already. A
	 * process that is going to run a server calls this as early as it can, so that the language's set-up (about a
	 * fifth of a server's start-up) overlaps the rest of the process's start-up.
	 *
	 * @return completes with the injector of the language's IDE services, made once per process
	 */
	public static synchronized CompletableFuture<Injector> prepareLanguage() {
		if (language == null) {
			CompletableFuture<Injector> setup = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					setup.complete(new LithosIdeSetup().createInjectorAndDoEMFRegistration());
				} catch (RuntimeException | Error e) {
					setup.completeExceptionally(e);
				}
			}, "Lithos language setup");
			thread.setDaemon(true);
			thread.start();
			language = setup;
		}
		return language;
	}

	/** @return the injector of the cell language's IDE services, created once per process (it is costly) */
	public static Injector languageInjector() {
		try {
			return prepareLanguage().join();
		} catch (CompletionException e) {
			// the set-up's own failure, as if it had been made on this thread
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}

	private static Injector serverInjector() {
		return Guice.createInjector(Modules2.mixin(new ServerModule(), new LithosServerModule(languageInjector())));
	}
}
