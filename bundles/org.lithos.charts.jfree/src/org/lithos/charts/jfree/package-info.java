/**
 * The headless renderers of chart models: {@link org.lithos.charts.jfree.JFreeChartRenderer} draws a
 * {@link org.lithos.charts.ChartModel} with JFreeChart into PNG and SVG files,
 * {@link org.lithos.charts.jfree.Java2DDepositRenderer} draws deposit pictures with plain Graphics2D into the same two
 * formats, and {@link org.lithos.charts.jfree.JFreeImageRenderer} (both) is the
 * {@link org.lithos.charts.render.ImageRenderer} service a study's report draws with.
 * {@link org.lithos.charts.jfree.JFreeCharts} gives the studio the same styled JFreeChart to show in SWT. This
 * bundle holds every AWT and JFreeChart dependency, so the chart models and the study runner need none.
 */
package org.lithos.charts.jfree;
