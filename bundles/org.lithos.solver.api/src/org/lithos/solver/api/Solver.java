package org.lithos.solver.api;

import java.util.OptionalInt;
import java.util.Set;

import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;

/**
 * A simulation engine. Implementations are plain Java, testable without OSGi, and registered as OSGi services
 * (usually with {@code @Component(service = Solver.class)}). They must be safe to call from several threads at
 * once for different inputs, must not modify the input, and must conserve Li: the inventory of every cycle
 * record sums to the initial inventory.
 */
public interface Solver {

	/** @return a stable id that studies name, e.g. {@code lithos.cell} */
	String id();

	/** @return a human-readable name */
	String name();

	/** @return what it can simulate */
	Set<Capability> capabilities();

	/**
	 * How well the solver fits an input, so the registry can choose when a study names no solver.
	 *
	 * @param input a compiled run
	 * @return empty when the solver cannot run it; otherwise a score, higher meaning a better fit
	 */
	OptionalInt suitability(SimulationInput input);

	/**
	 * Runs one simulation.
	 *
	 * @param input   the run, in SI units; never modified
	 * @param monitor progress and cancellation
	 * @return the prediction
	 * @throws SolverException when the input is not physical, the numerics fail, or the run is cancelled
	 */
	SimulationResult solve(SimulationInput input, ProgressMonitor monitor) throws SolverException;
}
