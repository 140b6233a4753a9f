/**
 * IDE services of the cell language independent of any editor: content assist, highlighting, hover and the language server, configured by Guice.
 */
package org.lithos.dsl.ide;
