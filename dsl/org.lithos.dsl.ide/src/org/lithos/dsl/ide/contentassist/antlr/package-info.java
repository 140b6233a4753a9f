/**
 * Generated content-assist parser; internal.
 */
package org.lithos.dsl.ide.contentassist.antlr;
