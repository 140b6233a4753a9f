/**
 * Fast tests of the cell language's server, in-process through lsp4j's Java interfaces: the library in the index,
 * diagnostics equal to {@code lithos check}, completion, hover, symbols, semantic tokens, quick fixes,
 * definitions, references and formatting.
 */
package org.lithos.dsl.ide.tests;
