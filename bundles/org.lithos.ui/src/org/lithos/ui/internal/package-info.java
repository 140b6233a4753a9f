/**
 * The Lithos Studio RCP application: workbench advisor and perspective. Editors and chart views arrive with
 * the studio issue; this package only makes the product start.
 */
package org.lithos.ui.internal;
