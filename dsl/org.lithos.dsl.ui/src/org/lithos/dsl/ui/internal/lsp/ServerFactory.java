package org.lithos.dsl.ui.internal.lsp;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.lithos.dsl.ide.server.LithosLanguageServers;

/**
 * Creates the language server the editor talks to in-process: the same server as {@code lithos lsp}, with the
 * built-in material library in its index.
 */
final class ServerFactory {

	private ServerFactory() {
	}

	static LanguageServerImpl create() {
		return LithosLanguageServers.createInProcess();
	}
}
