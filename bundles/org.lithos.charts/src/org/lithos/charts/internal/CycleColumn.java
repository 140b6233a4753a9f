package org.lithos.charts.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.lithos.charts.Channel;
import org.lithos.charts.DataSeries;
import org.lithos.model.CycleRecord;

/** Turns one per-cycle figure into a series against the cycle number, leaving out cycles where it is not a number. */
public final class CycleColumn {

	private CycleColumn() {
	}

	/**
	 * A series of one figure per cycle.
	 *
	 * @param name    legend name
	 * @param channel what it shows
	 * @param cycles  the cycle records
	 * @param si      reads the figure in SI from a record
	 * @param unit    the display unit
	 * @return x = cycle index, y = figure in {@code unit}; cycles whose figure is NaN or infinite are left out
	 */
	public static DataSeries of(String name, Channel channel, List<CycleRecord> cycles,
			ToDoubleFunction<CycleRecord> si, DisplayUnit unit) {
		double[] x = new double[cycles.size()];
		double[] y = new double[cycles.size()];
		int n = 0;
		for (CycleRecord cycle : cycles) {
			double value = si.applyAsDouble(cycle);
			if (Double.isFinite(value)) {
				x[n] = cycle.getIndex();
				y[n] = unit.fromSi(value);
				n++;
			}
		}
		return new DataSeries(name, channel, java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n));
	}
}
