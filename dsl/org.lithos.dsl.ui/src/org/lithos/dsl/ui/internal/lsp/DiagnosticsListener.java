package org.lithos.dsl.ui.internal.lsp;

import org.eclipse.lsp4j.PublishDiagnosticsParams;

/** Receives the diagnostics the server publishes, for any document; called on a server thread. */
@FunctionalInterface
public interface DiagnosticsListener {

	/** @param diagnostics the complete current diagnostics of one document */
	void published(PublishDiagnosticsParams diagnostics);
}
