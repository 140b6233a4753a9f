/**
 * Lithos Studio, the RCP application: the workbench and window advisors (what the IDE's advisor does, which is not
 * on Maven Central), menus and tool bar, the perspective, and opening the files named on the command line.
 */
package org.lithos.ui.internal;
