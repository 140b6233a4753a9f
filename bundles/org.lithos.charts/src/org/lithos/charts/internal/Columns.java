package org.lithos.charts.internal;

import org.lithos.model.Series;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;

/** Reads the named columns of a run's series. */
public final class Columns {

	private Columns() {
	}

	/**
	 * One column.
	 *
	 * @param result a run
	 * @param name   the series
	 * @return its values in SI (the array the model holds, not to be changed); empty when the run has no such
	 *         column
	 */
	public static double[] of(SimulationResult result, SeriesName name) {
		return name.in(result).map(Series::getValues).filter(values -> values != null).orElse(new double[0]);
	}
}
