package org.lithos.data;

/**
 * Which way the current flows in a step of a {@link MeasuredCurve}: charge is positive current (the cell's voltage
 * rises; in a half cell against Li, Li leaves the working electrode), discharge negative.
 */
public enum Direction {
	/** Positive current. */
	CHARGE,
	/** Negative current. */
	DISCHARGE,
	/** No current worth counting. */
	REST;

	/**
	 * @param current   a current, A
	 * @param threshold the magnitude below which it counts as rest, A
	 * @return the direction of that current
	 */
	public static Direction of(double current, double threshold) {
		if (current > threshold) {
			return CHARGE;
		}
		return current < -threshold ? DISCHARGE : REST;
	}
}
