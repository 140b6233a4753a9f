package org.lithos.data;

/**
 * One step of a {@link MeasuredCurve}: a run of points with one cycle, one step index and one direction.
 *
 * @param index     the step's number in the file, from 1
 * @param cycle     the cycle it belongs to, from 1
 * @param direction which way the current flows
 * @param first     index of its first point in the curve
 * @param last      index of its last point in the curve (inclusive)
 * @param charge    the charge it passed, C (non-negative)
 */
public record MeasuredStep(int index, int cycle, Direction direction, int first, int last, double charge) {

	/** @return the number of points in the step */
	public int size() {
		return last - first + 1;
	}
}
