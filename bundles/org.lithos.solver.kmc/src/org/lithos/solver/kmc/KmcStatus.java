package org.lithos.solver.kmc;

/** How a kinetic Monte Carlo run ended. */
public enum KmcStatus {
	/** The deposited-charge target was reached. */
	COMPLETED,
	/** The event budget ran out first. */
	EVENT_BUDGET,
	/** The simulated-time limit was reached first. */
	TIME_LIMIT,
	/** The deposit reached the top of the lattice. */
	LATTICE_FULL,
	/** The monitor asked to stop. */
	CANCELLED
}
