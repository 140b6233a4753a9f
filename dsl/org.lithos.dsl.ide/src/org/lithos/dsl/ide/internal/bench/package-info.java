/**
 * The language server's figures for {@code lithos bench}: whole {@code lithos lsp} processes driven over stdio, timed
 * from process start to the answer to initialize, to ready, and from an edit to its diagnostics.
 */
package org.lithos.dsl.ide.internal.bench;
