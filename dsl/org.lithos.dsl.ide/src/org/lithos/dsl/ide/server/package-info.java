/**
 * The cell language's server (Language Server Protocol): {@link org.lithos.dsl.ide.server.LithosLanguageServers}
 * creates it for an editor in the same process (the studio) or runs it on standard input and output
 * ({@code lithos lsp}, for VS Code and other editors).
 */
package org.lithos.dsl.ide.server;
