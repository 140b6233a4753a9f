package org.lithos.cli.tests;

import java.util.OptionalInt;
import java.util.Set;

import org.lithos.model.SimulationInput;
import org.lithos.solver.api.Capability;
import org.lithos.solver.api.Solver;

/** A half-cell solver that tests write in a few lines: it only has to say what it solves. */
abstract class StandInSolver implements Solver {

	private final String id;

	/** @param id the solver's id and name */
	StandInSolver(String id) {
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
