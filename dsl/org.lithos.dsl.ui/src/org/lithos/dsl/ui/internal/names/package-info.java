/**
 * What the cell editor does with a name under the caret, answered by the language server off the UI thread: its
 * other occurrences marked in the file, its references listed (Ctrl+Shift+G), and renaming it with every reference
 * (Alt+Shift+R).
 */
package org.lithos.dsl.ui.internal.names;
