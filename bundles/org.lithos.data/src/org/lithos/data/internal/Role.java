package org.lithos.data.internal;

import org.lithos.units.Dimension;

/** What a column of a cycler file holds, and the dimension its unit must have. */
public enum Role {
	/** Time since the start of the test. */
	TIME(Dimension.TIME),
	/** Cell or working-electrode voltage. */
	VOLTAGE(Dimension.VOLTAGE),
	/** Current, signed or not depending on the format. */
	CURRENT(Dimension.CURRENT),
	/** Charge passed since the step began (resets every step). */
	STEP_CAPACITY(Dimension.CHARGE),
	/** Charge passed on charge, cumulative (resets per cycle or never). */
	CHARGE_CAPACITY(Dimension.CHARGE),
	/** Charge passed on discharge, cumulative (resets per cycle or never). */
	DISCHARGE_CAPACITY(Dimension.CHARGE),
	/** Net charge passed, signed and cumulative, e.g. BioLogic's (Q-Qo). */
	NET_CHARGE(Dimension.CHARGE),
	/** Cycle index. */
	CYCLE(null),
	/** Step index. */
	STEP(null),
	/** Step type or mode: charge, discharge or rest in words or letters. */
	MODE(null),
	/** Wall-clock date and time of the point (used only to find the unit of a unit-less time column). */
	CLOCK(null);

	private final Dimension dimension;

	Role(Dimension dimension) {
		this.dimension = dimension;
	}

	/** @return the dimension of the column's unit; null for indices and words */
	public Dimension dimension() {
		return dimension;
	}

	/** @return the column's name in messages, e.g. {@code step capacity} */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
