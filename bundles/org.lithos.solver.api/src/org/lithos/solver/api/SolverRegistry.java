package org.lithos.solver.api;

import java.util.List;
import java.util.Optional;

import org.lithos.model.SimulationInput;

/** The solvers available at run time, and the choice of one per run. */
public interface SolverRegistry {

	/** @return every registered solver, ordered by id */
	List<Solver> solvers();

	/**
	 * @param id a solver id
	 * @return the solver with that id
	 */
	Optional<Solver> find(String id);

	/**
	 * Picks the solver for a run: the one the input names, else the most suitable one (ties broken by id).
	 *
	 * @param input a compiled run
	 * @return the solver to use
	 * @throws SolverException of kind {@code NO_SOLVER} when the named solver is missing or none can run it;
	 *                         the message lists what is available
	 */
	Solver select(SimulationInput input) throws SolverException;
}
