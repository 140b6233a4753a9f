package org.lithos.solver.cell;

import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.solver.api.Capability;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.Solver;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.cell.internal.CellRun;

/**
 * The reduced-order cycling solver {@code lithos.cell} (docs/physics.md, scale 3): voltage, capacity, Coulombic
 * efficiency, Li inventory and failure of half, full and symmetric anode-free cells over many cycles. Stateless and
 * thread-safe: every call works on its own copy of the input's numbers, and the global calibration constants come
 * from the immutable {@link Calibration} it was built with, or, when built without one, from the process's
 * calibration at the time of each call ({@link Calibration#defaults()}).
 * <p>
 * Result: one cycle record per cycle (capacities in A s/m2 and, with a cathode, A s/kg; Li inventory in A s/m2 of
 * charge equivalent, summing to the initial Li); series {@code time} (s), {@code voltage} (V; half cells: collector
 * vs counter electrode, negative while plating), {@code current} (A/m2, positive while Li deposits on the
 * collector), {@code capacity} (A s/m2 passed in the step), {@code cycle}, {@code sei2 thickness} (m, collector
 * corrosion) and {@code li thickness} (m, active plated Li as a dense layer), at most ~200 points per step; events
 * NUCLEATION, CUTOFF, VOID, SHORT_CIRCUIT, STOP and WARNING. A short circuit always ends the run (status SHORTED).
 */
public class CellSolver implements Solver {

	/** The solver id studies name. */
	public static final String ID = "lithos.cell";

	private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.HALF_CELL, Capability.FULL_CELL,
			Capability.SYMMETRIC_CELL, Capability.CYCLING, Capability.STORAGE, Capability.NUCLEATION,
			Capability.SHORT_CIRCUIT, Capability.ALLOY_LAYERS, Capability.CONVERSION_LAYERS);

	/** The constants of every run, or null for the process's calibration at each call. */
	private final Calibration calibration;

	/**
	 * A solver with the process's calibration, {@link Calibration#defaults()}, looked up at each call rather than
	 * at construction: the DS component is built when the framework first asks for solvers, which can be before
	 * {@code lithos run --calibration FILE} names the file.
	 */
	public CellSolver() {
		this.calibration = null;
	}

	/**
	 * @param calibration the global calibration constants every run of this solver uses (e.g. a candidate of
	 *                    {@code lithos calibrate})
	 */
	public CellSolver(Calibration calibration) {
		this.calibration = java.util.Objects.requireNonNull(calibration, "calibration");
	}

	/** @return the calibration this solver's runs use now */
	public Calibration calibration() {
		return calibration != null ? calibration : Calibration.defaults();
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Reduced-order cell cycling";
	}

	@Override
	public Set<Capability> capabilities() {
		return CAPABILITIES;
	}

	@Override
	public OptionalInt suitability(SimulationInput input) {
		if (input == null || input.getCell() == null || input.getProtocol() == null) {
			return OptionalInt.empty();
		}
		boolean cycling = false;
		boolean storage = false;
		for (StepSpec s : input.getProtocol().getSteps()) {
			StepMode m = s.getMode();
			if (m == StepMode.PLATE || m == StepMode.STRIP || m == StepMode.CHARGE || m == StepMode.DISCHARGE
					|| m == StepMode.HOLD) {
				cycling = true;
			} else {
				storage = true;
			}
		}
		if (cycling) {
			return OptionalInt.of(50);
		}
		return storage ? OptionalInt.of(10) : OptionalInt.empty();
	}

	@Override
	public SimulationResult solve(SimulationInput input, ProgressMonitor monitor) throws SolverException {
		return CellRun.solve(input, monitor == null ? ProgressMonitor.NULL : monitor, ID, calibration());
	}
}
