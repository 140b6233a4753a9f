/**
 * The rendering contracts of chart models, free of any toolkit: {@link org.lithos.charts.render.ChartRenderer} draws a
 * chart onto some target, {@link org.lithos.charts.render.DepositRenderer} draws deposit pictures, and
 * {@link org.lithos.charts.render.ImageRenderer} (both, into an {@link org.lithos.charts.render.ImageFile}) is the
 * service a study's report draws with. The implementations live in org.lithos.charts.jfree (JFreeChart and Java2D,
 * headless PNG and SVG) and in the studio (SWT), as Trace Compass keeps its chart model in tmf.chart.core and its
 * viewers in tmf.chart.ui.
 */
package org.lithos.charts.render;
