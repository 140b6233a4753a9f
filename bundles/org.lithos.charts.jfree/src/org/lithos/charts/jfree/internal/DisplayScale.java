package org.lithos.charts.jfree.internal;

/**
 * A unit picked to suit the size of the values it shows, for colour bars, scale bars and captions.
 *
 * @param unit   the symbol, e.g. "nm", "min"
 * @param factor SI value per unit, e.g. 1e-9 for nm, 60 for min
 */
public record DisplayScale(String unit, double factor) {

	/**
	 * A length unit.
	 *
	 * @param max the largest length to show in m
	 * @return nm below 1 µm, µm below 1 mm, else mm
	 */
	public static DisplayScale length(double max) {
		if (max < 1e-6 * (1 - 1e-9)) {
			return new DisplayScale("nm", 1e-9);
		}
		if (max < 1e-3 * (1 - 1e-9)) {
			return new DisplayScale("µm", 1e-6);
		}
		return new DisplayScale("mm", 1e-3);
	}

	/**
	 * A time unit.
	 *
	 * @param max the longest time to show in s
	 * @return s up to 2 min, min up to 2 h, else h
	 */
	public static DisplayScale time(double max) {
		if (max <= 120) {
			return new DisplayScale("s", 1);
		}
		if (max <= 7200) {
			return new DisplayScale("min", 60);
		}
		return new DisplayScale("h", 3600);
	}

	/**
	 * @param si a value in the SI unit
	 * @return the value in {@link #unit()}
	 */
	public double fromSi(double si) {
		return si / factor;
	}

	/**
	 * @param si a value in the SI unit
	 * @return e.g. "12 min"
	 */
	public String label(double si) {
		return NiceNumbers.format(fromSi(si)) + " " + unit;
	}
}
