package org.lithos.data;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.lithos.units.SignificantDigits;

/**
 * Writes curves in the Battery Data Format (BDF) of the Battery Data Alliance: CSV with "Name / unit" headers, one
 * row per point, current positive on charge. Lithos writes its required quantities (test time, voltage, current),
 * the cycle and step counts and the charging and discharging capacities, cumulative within each cycle, so that
 * predictions travel through the same tools as measurements (and read back with {@link MeasuredData}).
 */
public final class BatteryDataFormat {

	/** The columns written, in order. */
	public static final List<String> HEADER = List.of("Test Time / s", "Voltage / V", "Current / A",
			"Cycle Count / 1", "Step Count / 1", "Charging Capacity / Ah", "Discharging Capacity / Ah");
	private static final double COULOMBS_PER_AH = 3600;
	/** Exchange files keep what a double holds to a part in 10^15, so a curve reads back as it was written. */
	private static final SignificantDigits NUMBERS = new SignificantDigits(15);

	private BatteryDataFormat() {
	}

	/**
	 * @param curve a curve in SI units
	 * @param out   where the CSV goes (not closed)
	 * @throws IOException when writing fails
	 */
	public static void write(MeasuredCurve curve, Writer out) throws IOException {
		write(curve.time(), curve.voltage(), curve.current(), curve.capacity(), curve.cycle(), curve.step(), out);
	}

	/**
	 * @param time     time since the start, s
	 * @param voltage  voltage, V
	 * @param current  current, A, positive on charge
	 * @param capacity charge passed since the step began, C
	 * @param cycle    cycle of each point, from 1
	 * @param step     step of each point, from 1
	 * @param out      where the CSV goes (not closed)
	 * @throws IOException when writing fails
	 */
	public static void write(double[] time, double[] voltage, double[] current, double[] capacity, int[] cycle,
			int[] step, Writer out) throws IOException {
		out.write(String.join(",", HEADER));
		out.write('\n');
		double charged = 0;
		double discharged = 0;
		double chargedBefore = 0;
		double dischargedBefore = 0;
		StringBuilder row = new StringBuilder(128);
		for (int i = 0; i < time.length; i++) {
			if (i > 0 && cycle[i] != cycle[i - 1]) {
				charged = discharged = chargedBefore = dischargedBefore = 0;
			} else if (i > 0 && step[i] != step[i - 1]) {
				chargedBefore = charged;
				dischargedBefore = discharged;
			}
			if (current[i] > 0) {
				charged = chargedBefore + capacity[i];
			} else if (current[i] < 0) {
				discharged = dischargedBefore + capacity[i];
			}
			row.setLength(0);
			NUMBERS.append(row, time[i]).append(',');
			NUMBERS.append(row, voltage[i]).append(',');
			NUMBERS.append(row, current[i]).append(',');
			row.append(cycle[i]).append(',').append(step[i]).append(',');
			NUMBERS.append(row, charged / COULOMBS_PER_AH).append(',');
			NUMBERS.append(row, discharged / COULOMBS_PER_AH).append('\n');
			out.append(row);
		}
	}
}
