package org.lithos.sim;

import java.util.Set;

import org.lithos.model.Expectation;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepMode;
import org.lithos.model.StepRecord;
import org.lithos.model.StepSpec;
import org.lithos.model.names.Observable;
import org.lithos.model.names.SeriesName;
import org.lithos.model.query.Addresses;
import org.lithos.units.Dimension;

/**
 * Observables read off the series at one point: the end of a step ({@code after the third charge}, {@code after
 * step 2 of cycle 5}) or its start ({@code at the start of the first plate}), the end of a cycle or of the run. Steps are found in the run's flattened protocol and the series'
 * step column, so an address means the same step whatever the solver's time resolution. The overpotentials of a step
 * ({@code nucleation overpotential after the second plate}) come from the solver's step records instead: a plateau
 * and a nucleation spike are figures of the whole step, not of its last point.
 */
final class StepObservations {

	private StepObservations() {
	}

	/**
	 * @return the observable at the end (or the start; for an overpotential, over the whole) of the step the
	 *         expectation addresses, in its SI unit; NaN when the run has no such step, did not reach it, records no
	 *         such series, or the step is not of a kind the observable has a meaning at (a nucleation overpotential
	 *         of a strip)
	 */
	static double atStep(Observable observable, Expectation expectation, SimulationInput input,
			SimulationResult result) {
		int step = Addresses.stepIndex(expectation, input.getProtocol().getSteps());
		if (step < 0) {
			return Double.NaN;
		}
		if (expectation.isStepStart()) {
			return atStart(observable, expectation, input, result, step);
		}
		Set<StepMode> modes = Addresses.stepModes(observable);
		if (!modes.isEmpty()) {
			return modes.contains(mode(input, step)) ? ofStep(observable, result, step) : Double.NaN;
		}
		return valueAt(observable, expectation, input, result, lastRow(result, SeriesName.STEP, step));
	}

	/**
	 * The start of a step is the instant its current is established, before it has moved any Li: the step's first
	 * point. Its voltage comes from the solver's record of the step when it keeps one (exact, whatever the series'
	 * thinning), else, like the other values, from the step's first row of the series.
	 *
	 * @return the observable at the start of the step, in its SI unit; NaN when the run did not reach the step
	 */
	private static double atStart(Observable observable, Expectation expectation, SimulationInput input,
			SimulationResult result, int step) {
		if (observable == Observable.VOLTAGE) {
			for (StepRecord record : result.getSteps()) {
				if (record.getIndex() == step && !Double.isNaN(record.getInitialVoltage())) {
					return record.getInitialVoltage();
				}
			}
		}
		return valueAt(observable, expectation, input, result, firstRow(result, SeriesName.STEP, step));
	}

	/**
	 * @return an overpotential of one step from the solver's record of it, V; NaN when the run did not reach the step
	 *         or its solver keeps no step records (or no such figure)
	 */
	private static double ofStep(Observable observable, SimulationResult result, int step) {
		for (StepRecord record : result.getSteps()) {
			if (record.getIndex() == step) {
				double nucleation = record.getNucleationOverpotential();
				// as for a cycle: a plating step without a barrier has a nucleation overpotential of 0
				return observable == Observable.NUCLEATION_OVERPOTENTIAL ? Double.isNaN(nucleation) ? 0 : nucleation
						: record.getOverpotential();
			}
		}
		return Double.NaN;
	}

	private static StepMode mode(SimulationInput input, int step) {
		for (StepSpec spec : input.getProtocol().getSteps()) {
			if (spec.getIndex() == step) {
				return spec.getMode();
			}
		}
		return null;
	}

	/** @return the observable at the last point of the expectation's cycle, or of the run without one */
	static double atCycleEnd(Observable observable, Expectation expectation, SimulationInput input,
			SimulationResult result) {
		int row = expectation.getCycle() > 0 ? lastRow(result, SeriesName.CYCLE, expectation.getCycle())
				: rows(result) - 1;
		return valueAt(observable, expectation, input, result, row);
	}

	private static double valueAt(Observable observable, Expectation expectation, SimulationInput input,
			SimulationResult result, int row) {
		if (row < 0) {
			return Double.NaN;
		}
		double area = input.getCell().getArea();
		String unit = expectation.getUnit();
		return switch (observable) {
			case VOLTAGE -> at(result, SeriesName.VOLTAGE, row);
			// the magnitude the potentiostat reads, per area or, in A, for the cell
			case CURRENT -> Math.abs(at(result, SeriesName.CURRENT, row))
					* (Observations.is(unit, Dimension.CURRENT) ? area : 1);
			case CAPACITY, CHARGE_CAPACITY, DISCHARGE_CAPACITY -> Observations.capacity(unit, input,
					at(result, SeriesName.CAPACITY, row), Double.NaN);
			case LI_THICKNESS -> at(result, SeriesName.LI_THICKNESS, row);
			case SEI_THICKNESS, CORROSION_THICKNESS -> at(result, SeriesName.SEI2_THICKNESS, row);
			case BULK_RESISTANCE -> at(result, SeriesName.BULK_RESISTANCE, row) / area;
			case INTERFACE_RESISTANCE -> at(result, SeriesName.INTERFACE_RESISTANCE, row) / area;
			default -> Double.NaN;
		};
	}

	private static double at(SimulationResult result, SeriesName name, int row) {
		double[] values = Observations.column(result, name);
		return values == null || row >= values.length ? Double.NaN : values[row];
	}

	/** @return the first row whose column has the value, -1 when none has */
	private static int firstRow(SimulationResult result, SeriesName name, int value) {
		double[] values = Observations.column(result, name);
		if (values == null) {
			return -1;
		}
		for (int i = 0; i < values.length; i++) {
			if (values[i] == value) {
				return i;
			}
		}
		return -1;
	}

	/** @return the last row whose column has the value, -1 when none has */
	private static int lastRow(SimulationResult result, SeriesName name, int value) {
		double[] values = Observations.column(result, name);
		if (values == null) {
			return -1;
		}
		for (int i = values.length - 1; i >= 0; i--) {
			if (values[i] == value) {
				return i;
			}
		}
		return -1;
	}

	private static int rows(SimulationResult result) {
		double[] time = Observations.column(result, SeriesName.TIME);
		return time == null ? 0 : time.length;
	}
}
