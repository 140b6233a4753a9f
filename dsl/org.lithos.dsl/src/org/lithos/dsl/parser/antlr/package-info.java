/**
 * The generated ANTLR parser of the cell language; internal.
 */
package org.lithos.dsl.parser.antlr;
