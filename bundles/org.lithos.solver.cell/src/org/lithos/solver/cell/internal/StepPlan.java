package org.lithos.solver.cell.internal;

/** One protocol step as plain numbers (copied from a StepSpec). */
final class StepPlan {

	/** What a step does to the working electrode. */
	enum Kind {
		/** Constant-current deposition on the working electrode (plate, charge). */
		DEPOSIT,
		/** Constant-current dissolution from the working electrode (strip, discharge). */
		DISSOLVE,
		/** Constant voltage. */
		HOLD,
		/** Open circuit (rest, store). */
		OPEN
	}

	/** Index in the flattened protocol. */
	int index;
	/** Cycle, from 1. */
	int cycle;
	/** What the step does. */
	Kind kind;
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
		return kind == Kind.DEPOSIT || kind == Kind.DISSOLVE;
	}
}
