/**
 * The formatter that gives {@code .cell} files their canonical layout (used by {@code lithos format} and editors).
 */
package org.lithos.dsl.formatting2;
