package org.lithos.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One step of a curve as voltage against the charge passed since the step began: the pieces a voltage-capacity
 * overlay draws and a fit compares, for predicted and measured curves alike.
 *
 * @param cycle    the step's cycle
 * @param onto     whether Li goes onto the collector (plating, or charging an anode-free full cell)
 * @param capacity charge since the step began, C/m2 of cell area, non-decreasing
 * @param voltage  voltage, V
 */
public record VoltageStep(int cycle, boolean onto, double[] capacity, double[] voltage) {

	/**
	 * Splits series as a solver writes them (Lithos' {@code capacity}, {@code voltage}, {@code cycle} and
	 * {@code current} series) into steps: a step ends where the cycle changes, the capacity falls back or the current
	 * changes sign; rests are left out.
	 *
	 * @param capacity charge since the step began, C/m2
	 * @param voltage  voltage, V
	 * @param cycle    cycle of each point
	 * @param current  current density, positive onto the collector
	 * @return the steps with current, in order
	 */
	public static List<VoltageStep> ofSeries(double[] capacity, double[] voltage, double[] cycle, double[] current) {
		int n = Math.min(Math.min(voltage.length, capacity.length), Math.min(cycle.length, current.length));
		List<VoltageStep> steps = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= n; i++) {
			boolean boundary = i == n || (int) cycle[i] != (int) cycle[i - 1] || capacity[i] < capacity[i - 1]
					|| Math.signum(current[i]) != Math.signum(current[i - 1]);
			if (boundary) {
				if (i - start > 1 && current[start] != 0) {
					steps.add(new VoltageStep((int) cycle[start], current[start] > 0,
							Arrays.copyOfRange(capacity, start, i), Arrays.copyOfRange(voltage, start, i)));
				}
				start = i;
			}
		}
		return steps;
	}

	/**
	 * @param curve a measured curve
	 * @param area  the cell's area, m2
	 * @return its steps with current, in order; the file's first direction is taken as onto the collector (an
	 *         anode-free cell starts by plating)
	 */
	public static List<VoltageStep> ofCurve(MeasuredCurve curve, double area) {
		double[] capacity = curve.capacity();
		double[] voltage = curve.voltage();
		Direction onto = curve.forward();
		List<VoltageStep> steps = new ArrayList<>();
		for (MeasuredStep step : curve.steps()) {
			if (step.direction() == Direction.REST || step.size() < 2) {
				continue;
			}
			double[] q = Arrays.copyOfRange(capacity, step.first(), step.last() + 1);
			for (int k = 0; k < q.length; k++) {
				q[k] /= area;
			}
			steps.add(new VoltageStep(step.cycle(), step.direction() == onto, q,
					Arrays.copyOfRange(voltage, step.first(), step.last() + 1)));
		}
		return steps;
	}

	/**
	 * @param q a charge since the step began, C/m2
	 * @return the voltage there, linearly interpolated; NaN outside the step
	 */
	public double voltageAt(double q) {
		if (capacity.length == 0 || q < capacity[0] || q > capacity[capacity.length - 1]) {
			return Double.NaN;
		}
		int lo = 0;
		int hi = capacity.length - 1;
		while (hi - lo > 1) {
			int mid = (lo + hi) >>> 1;
			if (capacity[mid] <= q) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		double span = capacity[hi] - capacity[lo];
		return span <= 0 ? voltage[lo] : voltage[lo] + (voltage[hi] - voltage[lo]) * (q - capacity[lo]) / span;
	}

	/**
	 * @param steps steps of a curve
	 * @param other a step of another curve
	 * @return the step of the same cycle and direction, if any
	 */
	public static java.util.Optional<VoltageStep> matching(List<VoltageStep> steps, VoltageStep other) {
		return steps.stream().filter(s -> s.cycle == other.cycle && s.onto == other.onto).findFirst();
	}
}
