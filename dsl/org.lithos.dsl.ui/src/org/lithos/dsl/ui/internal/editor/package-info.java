/**
 * The {@code .cell} text editor: source viewer configuration, lexical colouring before the server answers, semantic
 * colouring from the server's tokens, folding, bracket matching, comment toggling and formatting.
 */
package org.lithos.dsl.ui.internal.editor;
