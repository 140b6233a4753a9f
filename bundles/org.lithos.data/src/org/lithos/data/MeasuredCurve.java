package org.lithos.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A measured cycling curve in SI units, whatever file it came from: time since the start (s), voltage (V), current
 * (A, positive on charge, see {@link Direction}), the charge passed since the step began (C, non-negative), and the
 * cycle and step of every point (both from 1; a step is a run of points with one file step, one cycle and one
 * direction). Immutable.
 */
public final class MeasuredCurve {

	private final Path source;
	private final CyclerFormat format;
	private final double[] time;
	private final double[] voltage;
	private final double[] current;
	private final double[] capacity;
	private final int[] cycle;
	private final int[] step;
	private final List<MeasuredStep> steps;
	private final List<MeasuredCycle> cycles;

	/**
	 * @param source   the file it was read from
	 * @param format   the file's format
	 * @param time     time since the start, s
	 * @param voltage  voltage, V
	 * @param current  current, A, positive on charge
	 * @param capacity charge passed since the step began, C
	 * @param cycle    cycle of each point, from 1, never decreasing
	 * @param step     step of each point, from 1, never decreasing
	 */
	public MeasuredCurve(Path source, CyclerFormat format, double[] time, double[] voltage, double[] current,
			double[] capacity, int[] cycle, int[] step) {
		int n = time.length;
		if (voltage.length != n || current.length != n || capacity.length != n || cycle.length != n
				|| step.length != n) {
			throw new IllegalArgumentException("columns of different lengths");
		}
		this.source = source;
		this.format = format;
		this.time = time.clone();
		this.voltage = voltage.clone();
		this.current = current.clone();
		this.capacity = capacity.clone();
		this.cycle = cycle.clone();
		this.step = step.clone();
		this.steps = Collections.unmodifiableList(findSteps());
		this.cycles = Collections.unmodifiableList(sumCycles());
	}

	/** @return the file it was read from */
	public Path source() {
		return source;
	}

	/** @return the format it was read as */
	public CyclerFormat format() {
		return format;
	}

	/** @return the number of points */
	public int size() {
		return time.length;
	}

	/** @return time since the start of each point, s (a copy) */
	public double[] time() {
		return time.clone();
	}

	/** @return voltage of each point, V (a copy) */
	public double[] voltage() {
		return voltage.clone();
	}

	/** @return current of each point, A, positive on charge (a copy) */
	public double[] current() {
		return current.clone();
	}

	/** @return charge passed since the step began at each point, C (a copy) */
	public double[] capacity() {
		return capacity.clone();
	}

	/** @return cycle of each point, from 1 (a copy) */
	public int[] cycle() {
		return cycle.clone();
	}

	/** @return step of each point, from 1 (a copy) */
	public int[] step() {
		return step.clone();
	}

	/** @return the steps in order */
	public List<MeasuredStep> steps() {
		return steps;
	}

	/** @return one summary per cycle, in order */
	public List<MeasuredCycle> cycles() {
		return cycles;
	}

	/** @return the direction of the first step that passes current; {@link Direction#REST} for a file without one */
	public Direction forward() {
		return steps.stream().map(MeasuredStep::direction).filter(d -> d != Direction.REST).findFirst()
				.orElse(Direction.REST);
	}

	private List<MeasuredStep> findSteps() {
		List<MeasuredStep> found = new ArrayList<>();
		double threshold = restThreshold(current);
		int first = 0;
		for (int i = 1; i <= time.length; i++) {
			if (i == time.length || step[i] != step[first]) {
				found.add(new MeasuredStep(step[first], cycle[first], direction(first, i - 1, threshold), first,
						i - 1, capacity[i - 1]));
				first = i;
			}
		}
		return found;
	}

	/** The direction of most of the step's charge: a step's first points may still carry the previous current. */
	private Direction direction(int first, int last, double threshold) {
		double sum = 0;
		for (int i = first; i <= last; i++) {
			sum += current[i];
		}
		return Direction.of(sum / (last - first + 1), threshold);
	}

	/**
	 * @param current the currents of a file, A
	 * @return the magnitude below which a current counts as rest: a thousandth of the largest, so that offsets of
	 *         the cycler's current measurement do not make a rest a step
	 */
	public static double restThreshold(double[] current) {
		double max = 0;
		for (double c : current) {
			max = Math.max(max, Math.abs(c));
		}
		return 1e-3 * max;
	}

	private List<MeasuredCycle> sumCycles() {
		Direction forward = forward();
		List<MeasuredCycle> sums = new ArrayList<>();
		if (time.length == 0) {
			return sums;
		}
		int last = cycle[cycle.length - 1];
		double[] there = new double[last + 1];
		double[] back = new double[last + 1];
		for (MeasuredStep s : steps) {
			if (s.direction() == forward) {
				there[s.cycle()] += s.charge();
			} else if (s.direction() != Direction.REST) {
				back[s.cycle()] += s.charge();
			}
		}
		for (int c = cycle[0]; c <= last; c++) {
			if (there[c] > 0 || back[c] > 0) {
				sums.add(new MeasuredCycle(c, there[c], back[c], there[c] > 0 && back[c] > 0));
			}
		}
		return sums;
	}

	@Override
	public String toString() {
		return format.label() + " " + source + ": " + size() + " points, " + cycles.size() + " cycles, "
				+ steps.size() + " steps";
	}
}
