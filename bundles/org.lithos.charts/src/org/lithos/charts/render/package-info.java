/**
 * Rendering of chart models: the toolkit-neutral {@link org.lithos.charts.render.ChartRenderer} contract, and the
 * JFreeChart implementation that draws headless (AWT) into PNG and SVG files for the CLI and the HTML report.
 * {@link org.lithos.charts.render.JFreeCharts} gives the studio the same styled JFreeChart to show in SWT.
 * {@link org.lithos.charts.render.DepositRenderer} draws pictures of Li deposits (cross-sections, top views, panels
 * and time sequences) with plain Graphics2D into the same two formats.
 */
package org.lithos.charts.render;
