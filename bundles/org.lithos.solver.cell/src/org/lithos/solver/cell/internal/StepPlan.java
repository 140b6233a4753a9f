package org.lithos.solver.cell.internal;

/** One protocol step as plain numbers (copied from a StepSpec). */
final class StepPlan {

	/** Constant-current deposition on the working electrode (plate, charge). */
	static final int DEPOSIT = 0;
	/** Constant-current dissolution from the working electrode (strip, discharge). */
	static final int DISSOLVE = 1;
	/** Constant voltage. */
	static final int HOLD = 2;
	/** Open circuit (rest, store). */
	static final int OPEN = 3;

	/** Index in the flattened protocol. */
	int index;
	/** Cycle, from 1. */
	int cycle;
	/** One of the constants above. */
	int kind;
	/** Applied current density magnitude, A/m2 (current steps). */
	double current;
	/** Held voltage, V (hold steps). */
	double voltage;
	/** Temperature, K. */
	double temperature;
	/** Stack pressure, Pa. */
	double pressure;
	/** Capacity limit, A s/m2, or NaN. */
	double capacityLimit = Double.NaN;
	/** Duration limit, s, or NaN. */
	double durationLimit = Double.NaN;
	/** Voltage limit, V, or NaN. */
	double voltageLimit = Double.NaN;
	/** Current limit (holds), A/m2, or NaN. */
	double currentLimit = Double.NaN;
	/** Source label, for messages. */
	String label;

	/** @return whether the step drives current */
	boolean isCurrent() {
		return kind == DEPOSIT || kind == DISSOLVE;
	}
}
