package org.lithos.data;

/**
 * The charge one cycle of a {@link MeasuredCurve} passed each way. The forward direction is the file's first
 * non-rest direction: plating for a half cell that starts by plating Li onto its collector, charge for a full cell;
 * the Coulombic efficiency is what comes back over what went forward.
 *
 * @param index    the cycle, from 1
 * @param forward  charge passed in the forward direction, C
 * @param back     charge passed in the return direction, C
 * @param complete whether the cycle has both directions (the last cycle of a file may stop half way)
 */
public record MeasuredCycle(int index, double forward, double back, boolean complete) {

	/** @return the Coulombic efficiency, a fraction; NaN when nothing went forward */
	public double efficiency() {
		return forward > 0 ? back / forward : Double.NaN;
	}
}
