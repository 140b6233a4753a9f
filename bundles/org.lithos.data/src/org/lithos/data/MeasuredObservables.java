package org.lithos.data;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The observables a study can take from a measured file instead of a typed-in value, defined as {@code lithos.cell}
 * defines its predictions (forward charge is what goes onto the collector: plating in a half cell, charge in a full
 * cell). Capacities are charges of the whole cell, C; efficiencies are fractions.
 */
public final class MeasuredObservables {

	/** A complete cycle whose efficiency leaves this band failed: a soft short strips more than was plated. */
	public static final double FAILURE_LOW = 0.5;
	/** See {@link #FAILURE_LOW}. */
	public static final double FAILURE_HIGH = 1.05;

	private final List<MeasuredCycle> cycles;

	/** @param curve a measured curve */
	public MeasuredObservables(MeasuredCurve curve) {
		this.cycles = curve.cycles();
	}

	/** @return the first cycle's Coulombic efficiency, if it is complete */
	public OptionalDouble firstCycleEfficiency() {
		return cycles.isEmpty() || !cycles.get(0).complete() ? OptionalDouble.empty()
				: OptionalDouble.of(cycles.get(0).efficiency());
	}

	/**
	 * @return the charge-weighted efficiency of the complete cycles after the first, up to the failure (returned
	 *         over put in, as {@code lithos.cell} averages); empty without such a cycle
	 */
	public OptionalDouble averageEfficiency() {
		double forward = 0;
		double back = 0;
		int life = cycleLife();
		for (MeasuredCycle c : cycles) {
			if (c.complete() && c.index() > 1 && c.index() <= life) {
				forward += c.forward();
				back += c.back();
			}
		}
		return forward > 0 ? OptionalDouble.of(back / forward) : OptionalDouble.empty();
	}

	/**
	 * @param cycle a cycle, from 1
	 * @return the charge put onto the collector in that cycle (Lithos' charge capacity), C
	 */
	public OptionalDouble chargeCapacity(int cycle) {
		return find(cycle, true);
	}

	/**
	 * @param cycle a cycle, from 1
	 * @return the charge taken back in that cycle (Lithos' discharge capacity), C
	 */
	public OptionalDouble dischargeCapacity(int cycle) {
		return find(cycle, false);
	}

	/**
	 * @param cycle     a cycle, from 1
	 * @param reference the cycle retention is relative to
	 * @return the discharge capacity of {@code cycle} over that of {@code reference}
	 */
	public OptionalDouble retention(int cycle, int reference) {
		OptionalDouble now = dischargeCapacity(cycle);
		OptionalDouble then = dischargeCapacity(reference);
		return now.isPresent() && then.isPresent() && then.getAsDouble() > 0
				? OptionalDouble.of(now.getAsDouble() / then.getAsDouble())
				: OptionalDouble.empty();
	}

	/**
	 * @return the number of complete cycles before the first that failed (efficiency outside
	 *         [{@link #FAILURE_LOW}, {@link #FAILURE_HIGH}]); all complete cycles when none did
	 */
	public int cycleLife() {
		int life = 0;
		for (MeasuredCycle c : cycles) {
			if (!c.complete()) {
				continue;
			}
			if (c.efficiency() < FAILURE_LOW || c.efficiency() > FAILURE_HIGH) {
				return life;
			}
			life = c.index();
		}
		return life;
	}

	/** @return whether the file shows a failed cycle (so {@link #cycleLife()} is the cycle of failure less one) */
	public boolean failed() {
		return cycles.stream().anyMatch(c -> c.complete()
				&& (c.efficiency() < FAILURE_LOW || c.efficiency() > FAILURE_HIGH));
	}

	private OptionalDouble find(int cycle, boolean forward) {
		return cycles.stream().filter(c -> c.index() == cycle).mapToDouble(c -> forward ? c.forward() : c.back())
				.findFirst();
	}
}
