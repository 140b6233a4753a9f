/**
 * Toolkit-free chart models: a {@link org.lithos.charts.ChartModel} holds a chart's title, axes with display
 * units, data series already converted to those units, and expectation markers; {@link org.lithos.charts.ChartModels}
 * builds them from a {@code SimulationResult}. A {@link org.lithos.charts.DepositPicture} is a snapshot of a Li
 * deposit on a lattice (cross-section and column heights) for morphology pictures. This package must never depend on
 * AWT, SWT or JFreeChart, so that the CLI, the HTML report and the studio can all render the same models.
 */
package org.lithos.charts;
