/**
 * Generated ANTLR lexer and parser internals; internal.
 */
package org.lithos.dsl.parser.antlr.internal;
