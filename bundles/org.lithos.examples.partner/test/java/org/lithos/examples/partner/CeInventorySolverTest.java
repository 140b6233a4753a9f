package org.lithos.examples.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.CathodeSpec;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CounterSpec;
import org.lithos.model.CycleRecord;
import org.lithos.model.LiInventory;
import org.lithos.model.LithosFactory;
import org.lithos.model.ProtocolSpec;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.Termination;
import org.lithos.model.TerminationKind;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;

class CeInventorySolverTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;
	private static final double Q = 36_000; // 1 mAh/cm2 in A s/m2

	private static SimulationInput input(CellFormat format, double j, int cycles) {
		SimulationInput input = F.createSimulationInput();
		input.setId("t");
		CellSpec cell = F.createCellSpec();
		cell.setFormat(format);
		cell.setArea(1e-4);
		if (format == CellFormat.FULL) {
			CathodeSpec cathode = F.createCathodeSpec();
			cathode.setArealCapacity(Q);
			cell.setCathode(cathode);
		} else {
			CounterSpec counter = F.createCounterSpec();
			counter.setThickness(100e-6);
			cell.setCounter(counter);
		}
		input.setCell(cell);
		ProtocolSpec protocol = F.createProtocolSpec();
		for (int c = 1; c <= cycles; c++) {
			protocol.getSteps().add(step(format == CellFormat.FULL ? StepMode.CHARGE : StepMode.PLATE, j, c, Q));
			protocol.getSteps().add(step(format == CellFormat.FULL ? StepMode.DISCHARGE : StepMode.STRIP, j, c, Double.NaN));
		}
		input.setProtocol(protocol);
		return input;
	}

	private static StepSpec step(StepMode mode, double j, int cycle, double capacity) {
		StepSpec step = F.createStepSpec();
		step.setMode(mode);
		step.setCurrentDensity(j);
		step.setCycle(cycle);
		if (!Double.isNaN(capacity)) {
			Termination limit = F.createTermination();
			limit.setKind(TerminationKind.CAPACITY);
			limit.setValue(capacity);
			step.getTerminations().add(limit);
		}
		return step;
	}

	private static double total(LiInventory i) {
		return i.getCathode() + i.getCounter() + i.getPlated() + i.getDead() + i.getSei() + i.getAlloy()
				+ i.getConversion() + i.getCracks();
	}

	@Test
	void halfCellConservesLiEveryCycle() throws SolverException {
		SimulationResult result = new CeInventorySolver().solve(input(CellFormat.HALF, 10, 20), ProgressMonitor.NULL);
		double initial = 100e-6 / 1.30e-5 * 96485.33212;
		assertEquals(20, result.getCycles().size());
		for (CycleRecord cycle : result.getCycles()) {
			assertEquals(initial, total(cycle.getInventory()), initial * 1e-9, "cycle " + cycle.getIndex());
		}
		assertEquals(CeInventorySolver.efficiency(10), result.getSummary().getFirstCycleEfficiency(), 1e-12);
	}

	@Test
	void fasterStrippingLosesMoreLi() {
		assertTrue(CeInventorySolver.efficiency(5) > CeInventorySolver.efficiency(10));
		assertTrue(CeInventorySolver.efficiency(10) > CeInventorySolver.efficiency(80));
		assertEquals(0.99 - 0.02 * Math.log(2), CeInventorySolver.efficiency(10), 1e-12);
	}

	@Test
	void fullCellFadesGeometrically() throws SolverException {
		SimulationResult result = new CeInventorySolver().solve(input(CellFormat.FULL, 10, 10), ProgressMonitor.NULL);
		double ce = CeInventorySolver.efficiency(10);
		// no reservoir: the discharge capacity of cycle n is Q ce^n
		assertEquals(Q * Math.pow(ce, 10), result.getCycles().get(9).getDischargeCapacity(), 1e-6);
		assertEquals(Math.pow(ce, 9), result.getSummary().getCapacityRetention(), 1e-12);
		for (CycleRecord cycle : result.getCycles()) {
			assertEquals(Q, total(cycle.getInventory()), Q * 1e-9);
		}
	}
}
