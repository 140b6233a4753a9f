/**
 * UI tests of Lithos Studio: the real workbench under Tycho's UI harness (on a private Xvfb in the build), driven
 * through SWT events and workbench APIs, with screenshots saved as PNG files.
 */
package org.lithos.ui.tests;
