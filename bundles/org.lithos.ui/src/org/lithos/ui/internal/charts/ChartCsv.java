package org.lithos.ui.internal.charts;

import java.util.Locale;

import org.lithos.charts.ChartModel;
import org.lithos.charts.DataSeries;

/**
 * A chart's data as CSV, one row per point: the series' name, then x and y in the axes' display units (named in
 * the header), so what is pasted into a spreadsheet is exactly what the chart draws.
 */
public final class ChartCsv {

	private ChartCsv() {
	}

	/**
	 * @param chart a chart
	 * @return CSV text with a header line, "\n" line ends, numbers in full precision with a decimal point
	 */
	public static String of(ChartModel chart) {
		StringBuilder csv = new StringBuilder();
		csv.append("series,").append(quote(chart.xAxis().title())).append(',').append(quote(chart.yAxis().title()))
				.append('\n');
		for (DataSeries series : chart.series()) {
			double[] x = series.x();
			double[] y = series.y();
			String name = quote(series.name());
			for (int i = 0; i < x.length; i++) {
				csv.append(name).append(',').append(number(x[i])).append(',').append(number(y[i])).append('\n');
			}
		}
		return csv.toString();
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%s", value);
	}

	private static String quote(String text) {
		return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}
}
