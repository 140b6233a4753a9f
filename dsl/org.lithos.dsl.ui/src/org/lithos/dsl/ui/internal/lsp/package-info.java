/**
 * The in-process language-server client: Xtext's {@code LanguageServerImpl} called directly through lsp4j's Java
 * interfaces (no JSON), with incremental, debounced document synchronisation and diagnostics routed to their documents.
 * Nothing here depends on SWT, so it is testable without a display.
 */
package org.lithos.dsl.ui.internal.lsp;
