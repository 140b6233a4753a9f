package org.lithos.data.internal;

import org.lithos.data.Direction;
import org.lithos.data.MeasuredCurve;

/**
 * Step and cycle numbers from 1. A step ends where the file's step or cycle index changes or, in a file without a
 * step column, where the current changes direction. Cycles follow the file's cycle column, renumbered from 1 (PEC and
 * BioLogic count from 0); without one, a cycle begins with each step in the first step's direction that follows a
 * step in the other.
 */
public final class StepNumbers {

	private StepNumbers() {
	}

	/**
	 * @param rawCycle the file's cycle index per point, NaN where it has none
	 * @param rawStep  the file's step index per point, NaN where it has none
	 * @param current  the signed current per point, A
	 * @return the step of each point, from 1
	 */
	public static int[] steps(double[] rawCycle, double[] rawStep, double[] current) {
		int n = current.length;
		int[] step = new int[n];
		double threshold = MeasuredCurve.restThreshold(current);
		boolean hasSteps = !allNaN(rawStep);
		for (int i = 0; i < n; i++) {
			boolean next = i > 0 && (differs(rawStep[i], rawStep[i - 1]) || differs(rawCycle[i], rawCycle[i - 1])
					|| !hasSteps && Direction.of(current[i], threshold) != Direction.of(current[i - 1], threshold));
			step[i] = i == 0 ? 1 : step[i - 1] + (next ? 1 : 0);
		}
		return step;
	}

	/**
	 * @param rawCycle the file's cycle index per point, NaN where it has none
	 * @param step     the step of each point
	 * @param current  the signed current per point, A
	 * @return the cycle of each point, from 1, never decreasing
	 */
	public static int[] cycles(double[] rawCycle, int[] step, double[] current) {
		int n = current.length;
		int[] cycle = new int[n];
		if (!allNaN(rawCycle)) {
			double first = Double.NaN;
			for (int i = 0; i < n; i++) {
				if (Double.isNaN(first) && !Double.isNaN(rawCycle[i])) {
					first = rawCycle[i];
				}
				int own = Double.isNaN(rawCycle[i]) ? 1 : (int) Math.round(rawCycle[i] - first) + 1;
				cycle[i] = Math.max(i == 0 ? 1 : cycle[i - 1], own);
			}
			return cycle;
		}
		Direction[] direction = stepDirections(step, current);
		Direction forward = Direction.REST;
		boolean back = false;
		int c = 1;
		for (int i = 0; i < n; i++) {
			if (i == 0 || step[i] != step[i - 1]) {
				Direction d = direction[step[i]];
				if (forward == Direction.REST) {
					forward = d;
				} else if (d == forward && back) {
					c++;
					back = false;
				} else if (d != forward && d != Direction.REST) {
					back = true;
				}
			}
			cycle[i] = c;
		}
		return cycle;
	}

	private static Direction[] stepDirections(int[] step, double[] current) {
		int steps = step.length == 0 ? 0 : step[step.length - 1];
		double[] sum = new double[steps + 1];
		int[] count = new int[steps + 1];
		for (int i = 0; i < step.length; i++) {
			sum[step[i]] += current[i];
			count[step[i]]++;
		}
		double threshold = MeasuredCurve.restThreshold(current);
		Direction[] direction = new Direction[steps + 1];
		for (int s = 1; s <= steps; s++) {
			direction[s] = Direction.of(sum[s] / Math.max(1, count[s]), threshold);
		}
		return direction;
	}

	private static boolean differs(double a, double b) {
		return !(Double.isNaN(a) && Double.isNaN(b)) && a != b;
	}

	private static boolean allNaN(double[] values) {
		for (double v : values) {
			if (!Double.isNaN(v)) {
				return false;
			}
		}
		return true;
	}
}
