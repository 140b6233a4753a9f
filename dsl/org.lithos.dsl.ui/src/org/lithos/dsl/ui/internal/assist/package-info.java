/**
 * Editor services answered by the language server: content assist, hover, quick fixes from code actions and
 * go-to-definition hyperlinks.
 */
package org.lithos.dsl.ui.internal.assist;
