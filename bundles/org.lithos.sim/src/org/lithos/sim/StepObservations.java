package org.lithos.sim;

import org.lithos.model.Expectation;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.Observable;
import org.lithos.model.query.Addresses;
import org.lithos.model.names.SeriesName;
import org.lithos.units.Dimension;

/**
 * Observables read off the series at one point: the end of a step ({@code after the third charge}, {@code after
 * step 2 of cycle 5}), of a cycle or of the run. Steps are found in the run's flattened protocol and the series'
 * step column, so an address means the same step whatever the solver's time resolution.
 */
final class StepObservations {

	private StepObservations() {
	}

	/**
	 * @return the observable at the end of the step the expectation addresses, in its SI unit; NaN when the run has
	 *         no such step, did not reach it, or records no such series
	 */
	static double atStep(Observable observable, Expectation expectation, SimulationInput input,
			SimulationResult result) {
		int step = Addresses.stepIndex(expectation, input.getProtocol().getSteps());
		return step < 0 ? Double.NaN : valueAt(observable, expectation, input, result, lastRow(result, SeriesName.STEP, step));
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
