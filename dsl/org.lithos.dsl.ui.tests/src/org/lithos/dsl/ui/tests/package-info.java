/**
 * UI tests of the cell editor, run by Tycho's UI harness inside a small workbench of their own, under Xvfb on CI:
 * they open examples, type, press the real key bindings and read the editor, markers, popups and views back.
 */
package org.lithos.dsl.ui.tests;
