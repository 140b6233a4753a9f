/**
 * The Outline page of the editor: cells, materials, protocols and studies from the server's document symbols.
 */
package org.lithos.dsl.ui.internal.outline;
