package org.lithos.sim.store;

import java.io.IOException;
import java.io.Writer;

import org.lithos.data.BatteryDataFormat;
import org.lithos.model.CellFormat;
import org.lithos.model.Series;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;

/**
 * A run's predicted series as a Battery Data Format file ({@value ResultStore#BDF_FILE}), so that predictions
 * travel through the same tools as measurements: the cell's current and charge instead of densities, and the
 * cycler's sign (positive on charge: onto the collector in a full cell, off it in a half or symmetric cell, whose
 * collector is the working electrode).
 */
final class PredictedBdf {

	private PredictedBdf() {
	}

	/** @return whether the result has the series a BDF file needs */
	static boolean possible(SimulationResult result) {
		return SeriesName.TIME.in(result).isPresent() && SeriesName.VOLTAGE.in(result).isPresent()
				&& SeriesName.CURRENT.in(result).isPresent() && SeriesName.CAPACITY.in(result).isPresent()
				&& SeriesName.CYCLE.in(result).isPresent();
	}

	static void write(SimulationInput input, SimulationResult result, Writer out) throws IOException {
		double[] time = column(result, SeriesName.TIME);
		double[] voltage = column(result, SeriesName.VOLTAGE);
		double[] density = column(result, SeriesName.CURRENT);
		double[] areal = column(result, SeriesName.CAPACITY);
		double[] cycles = column(result, SeriesName.CYCLE);
		int n = Math.min(Math.min(time.length, voltage.length), Math.min(Math.min(density.length, areal.length),
				cycles.length));
		double area = input.getCell().getArea();
		double sign = input.getCell().getFormat() == CellFormat.FULL ? 1 : -1;
		double[] current = new double[n];
		double[] charge = new double[n];
		int[] cycle = new int[n];
		int[] step = new int[n];
		for (int i = 0; i < n; i++) {
			current[i] = sign * density[i] * area;
			charge[i] = areal[i] * area;
			cycle[i] = (int) cycles[i];
			boolean next = i > 0 && (cycle[i] != cycle[i - 1] || areal[i] < areal[i - 1]
					|| Math.signum(density[i]) != Math.signum(density[i - 1]));
			step[i] = i == 0 ? 1 : step[i - 1] + (next ? 1 : 0);
		}
		BatteryDataFormat.write(java.util.Arrays.copyOf(time, n), java.util.Arrays.copyOf(voltage, n), current, charge,
				cycle, step, out);
	}

	private static double[] column(SimulationResult result, SeriesName name) {
		return name.in(result).map(Series::getValues).orElse(new double[0]);
	}
}
