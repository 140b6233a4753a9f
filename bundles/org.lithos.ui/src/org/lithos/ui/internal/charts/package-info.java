/**
 * The studio's chart view: the chart models of org.lithos.charts drawn natively in SWT (JFreeChart's chart
 * composite) with zoom, pan and tooltips, several runs overlaid, deposit pictures, and export to PNG, SVG and CSV.
 * Only the view and its canvases use SWT; the chart choices, overlays and CSV are toolkit-free.
 */
package org.lithos.ui.internal.charts;
