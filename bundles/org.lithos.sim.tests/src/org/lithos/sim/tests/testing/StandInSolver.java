package org.lithos.sim.tests.testing;

import java.util.OptionalInt;
import java.util.Set;

import org.lithos.model.SimulationInput;
import org.lithos.solver.api.Capability;
import org.lithos.solver.api.Solver;

/**
 * A half-cell solver that a test writes in a few lines: it only says how it solves ({@link #solve}); its id is its
 * name, and it takes any run (suitability 1, below every real solver, so it runs where a test hands it over alone).
 */
public abstract class StandInSolver implements Solver {

	private final String id;

	/** @param id the solver's id and name */
	protected StandInSolver(String id) {
		this.id = id;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String name() {
		return id;
	}

	@Override
	public Set<Capability> capabilities() {
		return Set.of(Capability.HALF_CELL);
	}

	@Override
	public OptionalInt suitability(SimulationInput input) {
		return OptionalInt.of(1);
	}
}
