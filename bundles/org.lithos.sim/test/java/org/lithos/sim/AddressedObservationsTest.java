package org.lithos.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.lithos.model.Comparison;
import org.lithos.model.Expectation;
import org.lithos.model.LithosFactory;
import org.lithos.model.ProtocolSpec;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepMode;
import org.lithos.model.StepRecord;
import org.lithos.model.StepSpec;
import org.lithos.model.names.SeriesName;

/**
 * Expectations that name where in a run they look: an average over a range of cycles, a retention relative to a chosen
 * cycle, a value at the end or the start of a step. Worked out by hand on a small made-up result.
 */
class AddressedObservationsTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;
	private static final Comparison EQ = Comparison.EQ;

	/** Five cycles of 1 mAh/cm2 with efficiencies 0.80, 0.95, 0.96, 0.97, 0.98 and falling discharge. */
	private static SimulationResult cycles() {
		SimulationResult result = F.createSimulationResult();
		double[] ce = { 0.80, 0.95, 0.96, 0.97, 0.98 };
		for (int i = 0; i < ce.length; i++) {
			result.getCycles().add(ObservationsTest.cycle(i + 1, ce[i]));
		}
		return result;
	}

	/**
	 * Two cycles of plate, strip (steps 0-3) and a hold (step 4) in cycle 2; the series has two points per step,
	 * the first point of step k at voltage 100 + k, current -(100 + k), capacity 0 and Li thickness 100 + k um, the
	 * last at voltage k, current -k, capacity 10 k and Li thickness k um.
	 */
	private static SimulationInput input() {
		SimulationInput input = ObservationsTest.input();
		ProtocolSpec protocol = F.createProtocolSpec();
		StepMode[] modes = { StepMode.PLATE, StepMode.STRIP, StepMode.PLATE, StepMode.STRIP, StepMode.HOLD };
		int[] cycles = { 1, 1, 2, 2, 2 };
		for (int i = 0; i < modes.length; i++) {
			StepSpec step = F.createStepSpec();
			step.setIndex(i);
			step.setMode(modes[i]);
			step.setCycle(cycles[i]);
			protocol.getSteps().add(step);
		}
		input.setProtocol(protocol);
		return input;
	}

	private static SimulationResult series(int steps) {
		SimulationResult result = cycles();
		int[] cycleOf = { 1, 1, 2, 2, 2 };
		double[] step = new double[2 * steps];
		double[] cycle = new double[2 * steps];
		double[] voltage = new double[2 * steps];
		double[] current = new double[2 * steps];
		double[] capacity = new double[2 * steps];
		double[] li = new double[2 * steps];
		double[] time = new double[2 * steps];
		for (int k = 0; k < steps; k++) {
			for (int j = 0; j < 2; j++) {
				int row = 2 * k + j;
				step[row] = k;
				cycle[row] = cycleOf[k];
				voltage[row] = j == 1 ? k : 100 + k;
				current[row] = j == 1 ? -k : -(100 + k);
				capacity[row] = j == 1 ? 10 * k : 0;
				li[row] = j == 1 ? k * 1e-6 : (100 + k) * 1e-6;
				time[row] = row;
			}
		}
		result.getSeries().add(SeriesName.STEP.create(step));
		result.getSeries().add(SeriesName.CYCLE.create(cycle));
		result.getSeries().add(SeriesName.TIME.create(time));
		result.getSeries().add(SeriesName.VOLTAGE.create(voltage));
		result.getSeries().add(SeriesName.CURRENT.create(current));
		result.getSeries().add(SeriesName.CAPACITY.create(capacity));
		result.getSeries().add(SeriesName.LI_THICKNESS.create(li));
		return result;
	}

	private static double predicted(Expectation e, SimulationResult result) {
		return Observations.predicted(e, input(), result).orElse(Double.NaN);
	}

	@Test
	void averageEfficiencyOverARangeIsChargeWeighted() {
		Expectation e = ObservationsTest.expect("average efficiency", EQ, 0.96, "1", Double.NaN, 0.03);
		e.setFirstCycle(2);
		e.setLastCycle(4);
		assertEquals((0.95 + 0.96 + 0.97) / 3, predicted(e, cycles()), 1e-12, "equal charges: the mean of cycles 2-4");
		e.setLastCycle(6);
		assertFalse(Observations.predicted(e, input(), cycles()).isPresent(), "a range the run did not reach");
		e.setFirstCycle(1);
		e.setLastCycle(5);
		assertEquals((0.80 + 0.95 + 0.96 + 0.97 + 0.98) / 5, predicted(e, cycles()), 1e-12);
	}

	@Test
	void retentionRelativeToAChosenCycle() {
		Expectation e = ObservationsTest.expect("capacity retention", EQ, 0.9, "1", Double.NaN, 0.05);
		e.setCycle(5);
		assertEquals(0.98 / 0.80, predicted(e, cycles()), 1e-12, "against cycle 1 by default");
		e.setReferenceCycle(3);
		assertEquals(0.98 / 0.96, predicted(e, cycles()), 1e-12, "against the chosen cycle");
		Expectation last = ObservationsTest.expect("capacity retention", EQ, 0.9, "1", Double.NaN, 0.05);
		last.setReferenceCycle(2);
		assertEquals(0.98 / 0.95, predicted(last, cycles()), 1e-12, "without 'at cycle': the last complete cycle");
	}

	@Test
	void valuesAtTheEndOfAStep() {
		SimulationResult result = series(5);
		Expectation secondPlate = ObservationsTest.expect("voltage", EQ, 2, "V", 0.01, Double.NaN);
		secondPlate.setStep(2);
		secondPlate.setStepMode(StepMode.PLATE);
		assertEquals(2, predicted(secondPlate, result), 0, "the second plate is step 2");
		Expectation firstOfCycle2 = ObservationsTest.expect("Li thickness", EQ, 2e-6, "m", 0.01, Double.NaN);
		firstOfCycle2.setStep(1);
		firstOfCycle2.setCycle(2);
		assertEquals(2e-6, predicted(firstOfCycle2, result), 0, "step 1 of cycle 2 is step 2");
		Expectation lastHold = ObservationsTest.expect("current", EQ, 4, "A/m2", 0.01, Double.NaN);
		lastHold.setStep(-1);
		lastHold.setStepMode(StepMode.HOLD);
		assertEquals(4, predicted(lastHold, result), 0, "the magnitude of the current at the end of the hold");
		Expectation perCell = ObservationsTest.expect("current", EQ, 4, "A", 0.01, Double.NaN);
		perCell.setStep(-1);
		perCell.setStepMode(StepMode.HOLD);
		assertEquals(4 * 2e-4, predicted(perCell, result), 1e-15, "in A: for the cell area");
		Expectation strip = ObservationsTest.expect("capacity", EQ, 30, "A*s/m2", 0.01, Double.NaN);
		strip.setStep(2);
		strip.setStepMode(StepMode.STRIP);
		assertEquals(30, predicted(strip, result), 0, "the charge the second strip passed");
		Expectation thirdPlate = ObservationsTest.expect("voltage", EQ, 2, "V", 0.01, Double.NaN);
		thirdPlate.setStep(3);
		thirdPlate.setStepMode(StepMode.PLATE);
		assertFalse(Observations.predicted(thirdPlate, input(), result).isPresent(), "no third plate");
		assertFalse(Observations.predicted(lastHold, input(), series(4)).isPresent(), "a step the run did not reach");
	}

	@Test
	void valuesAtTheStartOfAStep() {
		SimulationResult result = series(5);
		Expectation secondPlate = ObservationsTest.expect("voltage", EQ, 102, "V", 0.01, Double.NaN);
		secondPlate.setStep(2);
		secondPlate.setStepMode(StepMode.PLATE);
		secondPlate.setStepStart(true);
		assertEquals(102, predicted(secondPlate, result), 0, "the first point of step 2, not its last (2)");
		StepRecord record = record(2, 2, Double.NaN, 0.03);
		record.setInitialVoltage(-0.45);
		result.getSteps().add(record);
		assertEquals(-0.45, predicted(secondPlate, result), 0, "the solver's record of the step's start comes first");
		Expectation firstOfCycle2 = ObservationsTest.expect("Li thickness", EQ, 102e-6, "m", 0.01, Double.NaN);
		firstOfCycle2.setStep(1);
		firstOfCycle2.setCycle(2);
		firstOfCycle2.setStepStart(true);
		assertEquals(102e-6, predicted(firstOfCycle2, result), 1e-18, "step 1 of cycle 2 is step 2: its first point");
		Expectation lastHold = ObservationsTest.expect("current", EQ, 104, "A/m2", 0.01, Double.NaN);
		lastHold.setStep(-1);
		lastHold.setStepMode(StepMode.HOLD);
		lastHold.setStepStart(true);
		assertEquals(104, predicted(lastHold, result), 0, "the magnitude of the current as the hold begins");
		Expectation thirdPlate = ObservationsTest.expect("voltage", EQ, 2, "V", 0.01, Double.NaN);
		thirdPlate.setStep(3);
		thirdPlate.setStepMode(StepMode.PLATE);
		thirdPlate.setStepStart(true);
		assertFalse(Observations.predicted(thirdPlate, input(), result).isPresent(), "no third plate");
		assertFalse(Observations.predicted(lastHold, input(), series(4)).isPresent(), "a step the run did not reach");
	}

	private static StepRecord record(int index, int cycle, double nucleation, double overpotential) {
		StepRecord record = F.createStepRecord();
		record.setIndex(index);
		record.setCycle(cycle);
		record.setNucleationOverpotential(nucleation);
		record.setOverpotential(overpotential);
		return record;
	}

	/**
	 * Step records of the four current steps: the first plate nucleates at 50 mV and grows at 40, the second plate
	 * meets no barrier and grows at 30; the strips' plateaus are 35 and 25 mV. The cycle records say otherwise
	 * (their cycle 2 has no nucleation, a plating overpotential of 99 mV), so a value read from them would show.
	 */
	private static SimulationResult steps() {
		SimulationResult result = series(5);
		result.getCycles().forEach(c -> c.setPlatingOverpotential(0.099));
		result.getSteps().add(record(0, 1, 0.050, 0.040));
		result.getSteps().add(record(1, 1, Double.NaN, 0.035));
		result.getSteps().add(record(2, 2, Double.NaN, 0.030));
		result.getSteps().add(record(3, 2, Double.NaN, 0.025));
		return result;
	}

	private static Expectation at(String observable, int step, StepMode mode) {
		Expectation e = ObservationsTest.expect(observable, EQ, 0.03, "V", 0.3, Double.NaN);
		e.setStep(step);
		if (mode != null) {
			e.setStepMode(mode);
		}
		return e;
	}

	@Test
	void overpotentialsOfOneStepComeFromItsRecord() {
		SimulationResult result = steps();
		assertEquals(0.050, predicted(at("nucleation overpotential", 1, StepMode.PLATE), result), 0);
		assertEquals(0, predicted(at("nucleation overpotential", 2, StepMode.PLATE), result), 0,
				"no barrier in the second plate: 0 mV, as for a cycle without one");
		assertEquals(0.030, predicted(at("growth overpotential", 2, StepMode.PLATE), result), 0,
				"the second plate's plateau, not the cycle's");
		assertEquals(0.030, predicted(at("plating overpotential", 3, null), result), 0, "step 3 is the second plate");
		assertEquals(0.025, predicted(at("stripping overpotential", -1, StepMode.STRIP), result), 0, "the last strip");
		Expectation ofCycle = at("growth overpotential", 1, StepMode.PLATE);
		ofCycle.setCycle(2);
		assertEquals(0.030, predicted(ofCycle, result), 0, "plate 1 of cycle 2");
	}

	@Test
	void anOverpotentialOfAStepItHasNoMeaningAtOrNoRecordOfIsNotPredicted() {
		assertFalse(Observations.predicted(at("growth overpotential", 2, null), input(), steps()).isPresent(),
				"step 2 is a strip");
		assertFalse(Observations.predicted(at("nucleation overpotential", 5, null), input(), steps()).isPresent(),
				"step 5 is a hold");
		assertFalse(Observations.predicted(at("nucleation overpotential", 1, StepMode.PLATE), input(), series(5))
				.isPresent(), "a solver that keeps no step records predicts no step's overpotential");
		SimulationResult cut = steps();
		cut.getSteps().remove(3);
		assertFalse(Observations.predicted(at("stripping overpotential", 2, StepMode.STRIP), input(), cut).isPresent(),
				"a step the run did not reach");
	}
}
