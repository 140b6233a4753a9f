/**
 * How chart models are computed: unit conversion to display units, decimation of long series, per-cycle
 * columns, and turning expectations into markers. Not API: use {@link org.lithos.charts.ChartModels}.
 */
package org.lithos.charts.internal;
