/** The {@code lithos lsp} command, contributed to the command line as a {@code Command} service by the bundle that owns the server. */
package org.lithos.dsl.ide.internal.command;
