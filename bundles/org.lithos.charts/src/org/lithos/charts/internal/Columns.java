package org.lithos.charts.internal;

import org.lithos.model.Series;
import org.lithos.model.SimulationResult;

/** Reads the named columns of a run's series. */
public final class Columns {

	private Columns() {
	}

	/**
	 * One column.
	 *
	 * @param result a run
	 * @param name   the series name, e.g. "time", "charge"
	 * @return its values in SI (the array the model holds, not to be changed); empty when the run has no such
	 *         column
	 */
	public static double[] of(SimulationResult result, String name) {
		for (Series series : result.getSeries()) {
			if (name.equals(series.getName()) && series.getValues() != null) {
				return series.getValues();
			}
		}
		return new double[0];
	}
}
