/**
 * JFreeChart plumbing behind {@link org.lithos.charts.jfree.JFreeCharts}: colours per channel, the house style,
 * datasets per chart kind, expectation markers and image encoders; the layout, colours, colour map, scale bars
 * and site rasters of deposit pictures. Not API.
 */
package org.lithos.charts.jfree.internal;
