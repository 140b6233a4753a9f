package org.lithos.dsl.ide.internal.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

import com.google.inject.Singleton;

/**
 * Records {@code shutdown} and {@code exit} instead of calling {@link System#exit} as Xtext's default does: a
 * server running inside the studio must not end the studio, and {@code lithos lsp} returns its exit code through
 * the command line like every other command.
 */
@Singleton
public class ExitHandler implements ILanguageServerShutdownAndExitHandler {

	private volatile boolean shutdown;
	private final CompletableFuture<Integer> exited = new CompletableFuture<>();

	@Override
	public void shutdown() {
		shutdown = true;
	}

	@Override
	public void exit() {
		// the protocol: exit code 0 after a shutdown request, 1 without one
		exited.complete(shutdown ? 0 : 1);
	}

	/** @return completes with the exit code when the client sends {@code exit} */
	public CompletableFuture<Integer> exited() {
		return exited;
	}
}
