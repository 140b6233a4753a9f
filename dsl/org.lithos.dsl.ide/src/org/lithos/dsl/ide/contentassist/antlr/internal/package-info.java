/**
 * Generated content-assist parser internals; internal.
 */
package org.lithos.dsl.ide.contentassist.antlr.internal;
