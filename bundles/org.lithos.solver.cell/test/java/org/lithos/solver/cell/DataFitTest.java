package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lithos.data.VoltageStep;
import org.lithos.model.Series;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.names.SeriesName;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.cell.internal.calibrate.DataFit;

/**
 * lithos calibrate --data recovers known constants: a curve made by lithos.cell itself with other constants, plus
 * 2 mV of seeded Gaussian noise, is fitted from the shipped constants, and the truth must lie within the stated 95 %
 * confidence intervals, which must be narrow enough to exclude the start values (less than a factor 2 wide).
 */
class DataFitTest {

	private static final double NOISE = 2e-3;

	@Test
	void recoversKnownConstantsFromANoisySyntheticCurveWithinTheStatedConfidence() throws Exception {
		SimulationInput input = TestCells.half("fit").halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 2)
				.build();
		Calibration shipped = Calibration.defaults();
		List<String> names = List.of("kinetics.j0Li", "sei.conductivity");
		// other constants than the shipped ones, inside the declared bounds the fit keeps to, and fixed rather than
		// a multiple of the shipped fit (a refit must not decide whether the curve can tell them apart): 88.6 A/m2
		// and 2.06e-4 S/m, where a 1 mA/cm2 half cycle shows both the charge transfer and the SEI
		Calibration truth = shipped.with(names.get(0), 88.6).with(names.get(1), 2.06e-4);
		SimulationResult synthetic = new CellSolver(truth).solve(input, ProgressMonitor.NULL);
		Checks.assertConserved(synthetic, Checks.liFoil100um());
		Random random = new Random(20261207);
		List<VoltageStep> measured = new ArrayList<>();
		for (VoltageStep step : VoltageStep.ofSeries(column(synthetic, SeriesName.CAPACITY),
				column(synthetic, SeriesName.VOLTAGE), column(synthetic, SeriesName.CYCLE),
				column(synthetic, SeriesName.CURRENT))) {
			double[] noisy = step.voltage().clone();
			for (int i = 0; i < noisy.length; i++) {
				noisy[i] += NOISE * random.nextGaussian();
			}
			measured.add(new VoltageStep(step.cycle(), step.onto(), step.capacity(), noisy));
		}
		DataFit.Result fit = new DataFit(input, measured, names, shipped).fit(40);
		for (int i = 0; i < names.size(); i++) {
			double real = truth.value(names.get(i));
			assertTrue(fit.low()[i] <= real && real <= fit.high()[i], names.get(i) + ": " + real + " outside ["
					+ fit.low()[i] + ", " + fit.high()[i] + "], fitted " + fit.values()[i]);
			double startValue = shipped.value(names.get(i));
			assertTrue(fit.high()[i] / fit.low()[i] < 2 && (startValue < fit.low()[i] || startValue > fit.high()[i]),
					names.get(i) + ": the interval [" + fit.low()[i] + ", " + fit.high()[i]
							+ "] is too wide to tell the truth from the start value " + startValue);
		}
		assertEquals(NOISE, fit.rms(), 0.3 * NOISE, "the residual is the noise");
		assertTrue(fit.rmsStart() > 3 * NOISE, "the start was off: " + fit.rmsStart());
	}

	private static double[] column(SimulationResult result, SeriesName name) {
		return name.in(result).map(Series::getValues).orElseThrow();
	}
}
