package org.lithos.solver.cell.internal;

import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.cell.Calibration;

/** One solve: read and validate the input, run the protocol, build the result. */
public final class CellRun {

	private CellRun() {
	}

	/**
	 * @param input    the run, never modified
	 * @param monitor  progress and cancellation
	 * @param solverId id to put on the result
	 * @param calibration the global calibration constants
	 * @return the prediction
	 * @throws SolverException on invalid input, divergence, cancellation or a broken Li balance
	 */
	public static SimulationResult solve(SimulationInput input, ProgressMonitor monitor, String solverId,
			Calibration calibration) throws SolverException {
		long start = System.nanoTime();
		InputReader reader = new InputReader(input, new Cal(calibration));
		CellParameters p = reader.cell();
		StepPlan[] steps = reader.steps(p);
		StopPlan stops = reader.stops();
		ProtocolRunner runner = new ProtocolRunner(p, steps, stops);
		ProtocolRunner.Outcome out;
		try {
			out = runner.run(monitor);
		} catch (ArithmeticException | IllegalStateException e) {
			throw new SolverException(SolverException.Kind.DIVERGED, e.getMessage(), input.getId(), -1, 0, e);
		}
		return ResultBuilder.build(input.getId(), solverId, p, runner, out, (System.nanoTime() - start) * 1e-9);
	}
}
