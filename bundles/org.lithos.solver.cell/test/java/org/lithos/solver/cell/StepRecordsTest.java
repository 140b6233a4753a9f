package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.model.CycleRecord;
import org.lithos.model.RunStatus;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepRecord;

/**
 * The figures of one plating or stripping step, which expectations addressed at a step read (nucleation overpotential
 * after the second plate): the same plateau and barrier as the cycle records where a cycle has one such step, the
 * step's own where it has several; and the voltage at its start (at the start of the first plate).
 */
class StepRecordsTest {

	/**
	 * Cu half cell: plate 1 mAh/cm2 at 0.5 mA/cm2, strip to 1 V (cycle 1); plate 1 mAh/cm2 at 0.5 mA/cm2, then
	 * 0.5 mAh/cm2 at 1 mA/cm2 on that Li, strip to 1 V (cycle 2).
	 */
	private static SimulationResult run() throws Exception {
		double j = 0.5 * TestCells.MA_CM2; // at 1 mA/cm2 the Cu cell shorts while plating 1.5 mAh/cm2 in cycle 2
		double q = TestCells.MAH_CM2;
		return Checks.solveHalf(TestCells.half("steps").plate(j, q).stripUntil(j, 1.0).plate(j, q).plate(2 * j, 0.5 * q)
				.stripUntil(j, 1.0).build());
	}

	@Test
	void oneRecordPerCurrentStepWithTheCyclesFiguresWhereTheCycleHasOneSuchStep() throws Exception {
		SimulationResult r = run(); // Li conservation asserted by Checks.solveHalf
		assertEquals(RunStatus.COMPLETED, r.getStatus(), r.getMessage());
		List<StepRecord> steps = r.getSteps();
		assertEquals(List.of(0, 1, 2, 3, 4), steps.stream().map(StepRecord::getIndex).toList());
		assertEquals(List.of(1, 1, 2, 2, 2), steps.stream().map(StepRecord::getCycle).toList());
		CycleRecord first = r.getCycles().get(0);
		assertTrue(first.getNucleationOverpotential() > 0.005, "Li nucleates on bare Cu");
		assertEquals(first.getNucleationOverpotential(), steps.get(0).getNucleationOverpotential(), 0);
		assertEquals(first.getPlatingOverpotential(), steps.get(0).getOverpotential(), 0,
				"cycle 1 has one plate: its plateau is the cycle's");
		assertEquals(first.getStrippingOverpotential(), steps.get(1).getOverpotential(), 0);
		assertTrue(Double.isNaN(steps.get(1).getNucleationOverpotential()), "a strip nucleates nothing");
		assertEquals(r.getCycles().get(1).getStrippingOverpotential(), steps.get(4).getOverpotential(), 0);
	}

	@Test
	void twoPlatesOfOneCycleEachHaveTheirOwn() throws Exception {
		SimulationResult r = run();
		StepRecord slow = r.getSteps().get(2);
		StepRecord fast = r.getSteps().get(3);
		CycleRecord second = r.getCycles().get(1);
		assertEquals(second.getNucleationOverpotential(), slow.getNucleationOverpotential(), 0,
				"the cycle's nucleation is that of its first plate");
		assertTrue(Double.isNaN(fast.getNucleationOverpotential()), "the 1 mA/cm2 plate grows on the Li of the first");
		assertTrue(fast.getOverpotential() > slow.getOverpotential() + 1e-3,
				"twice the current, a higher plateau: " + slow.getOverpotential() + " -> " + fast.getOverpotential());
		// the cycle's plateau is the charge-weighted median over both plates: within their range, and nearer the
		// plate that carried two thirds of the charge
		double cycle = second.getPlatingOverpotential();
		assertTrue(cycle >= slow.getOverpotential() - 1e-12 && cycle <= fast.getOverpotential() + 1e-12,
				slow.getOverpotential() + " <= " + cycle + " <= " + fast.getOverpotential());
	}

	/**
	 * The start of a step (at the start of the first plate) is its first point: the instant its current is
	 * established, before it has moved any Li. Doubling the current on the Li of the slower plate moves the voltage at
	 * once, by the extra ohmic and charge-transfer drop; a strip after a plate starts above 0 V (Li leaves the Li).
	 */
	@Test
	void eachRecordCarriesTheVoltageAtTheStepsStart() throws Exception {
		SimulationResult r = run();
		double[] step = Checks.series(r, "step");
		double[] voltage = Checks.series(r, "voltage");
		for (StepRecord record : r.getSteps()) {
			int first = 0;
			while (step[first] != record.getIndex()) {
				first++;
			}
			assertEquals(voltage[first], record.getInitialVoltage(), 0, "step " + record.getIndex() + "'s first point");
		}
		int endOfSlow = 0;
		for (int i = 0; i < step.length; i++) {
			if (step[i] == 2) {
				endOfSlow = i;
			}
		}
		double jump = voltage[endOfSlow] - r.getSteps().get(3).getInitialVoltage();
		assertTrue(jump > 1e-3, "twice the current drops the voltage at once: " + jump + " V");
		assertTrue(r.getSteps().get(1).getInitialVoltage() > 0, "the strip starts above 0 V");
	}
}
