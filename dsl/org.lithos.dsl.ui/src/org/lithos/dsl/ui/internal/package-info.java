/**
 * The editor bundle's activator: it owns the one in-process language server of the workbench and the problem markers
 * it feeds.
 */
package org.lithos.dsl.ui.internal;
