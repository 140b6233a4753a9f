package org.example.lithos.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
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

/** The solver on a plain input built with the SDK's model factory: no OSGi, no Lithos runtime needed. */
class FixedEfficiencySolverTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;
	/** 1 mAh/cm2 in A s/m2. */
	private static final double ONE_MAH_PER_CM2 = 36_000;

	private static SimulationInput halfCell(int cycles) {
		SimulationInput input = F.createSimulationInput();
		input.setId("test");
		CellSpec cell = F.createCellSpec();
		cell.setFormat(CellFormat.HALF);
		CounterSpec foil = F.createCounterSpec();
		foil.setThickness(50e-6);
		cell.setCounter(foil);
		input.setCell(cell);
		ProtocolSpec protocol = F.createProtocolSpec();
		for (int c = 1; c <= cycles; c++) {
			protocol.getSteps().add(step(StepMode.PLATE, c, ONE_MAH_PER_CM2));
			protocol.getSteps().add(step(StepMode.STRIP, c, Double.NaN));
		}
		input.setProtocol(protocol);
		return input;
	}

	private static StepSpec step(StepMode mode, int cycle, double capacity) {
		StepSpec step = F.createStepSpec();
		step.setMode(mode);
		step.setCycle(cycle);
		step.setCurrentDensity(10);
		if (!Double.isNaN(capacity)) {
			Termination limit = F.createTermination();
			limit.setKind(TerminationKind.CAPACITY);
			limit.setValue(capacity);
			step.getTerminations().add(limit);
		}
		return step;
	}

	private static double total(LiInventory li) {
		return li.getCathode() + li.getCounter() + li.getPlated() + li.getDead() + li.getSei() + li.getAlloy()
				+ li.getConversion() + li.getCracks() + li.getElectrolyte();
	}

	@Test
	void conservesLiAndReturnsTheEfficiency() throws SolverException {
		SimulationResult result = new FixedEfficiencySolver().solve(halfCell(10), ProgressMonitor.NULL);
		double foil = 50e-6 / 1.30e-5 * 96485.33212; // Li in the foil, A s/m2
		assertEquals(10, result.getCycles().size());
		for (CycleRecord cycle : result.getCycles()) {
			assertEquals(foil, total(cycle.getInventory()), foil * 1e-12, "Li conserved in cycle " + cycle.getIndex());
			assertEquals(FixedEfficiencySolver.EFFICIENCY, cycle.getCoulombicEfficiency(), 1e-12);
		}
		// each cycle leaves 2 % of 1 mAh/cm2 as dead Li
		LiInventory last = result.getCycles().get(9).getInventory();
		assertEquals(10 * ONE_MAH_PER_CM2 * (1 - FixedEfficiencySolver.EFFICIENCY), last.getDead(), 1e-6);
	}

	@Test
	void refusesAFoilWithoutThickness() {
		SimulationInput input = halfCell(1);
		input.getCell().getCounter().setThickness(Double.NaN);
		SolverException error = assertThrows(SolverException.class,
				() -> new FixedEfficiencySolver().solve(input, ProgressMonitor.NULL));
		assertEquals(SolverException.Kind.INVALID_INPUT, error.kind());
	}
}
