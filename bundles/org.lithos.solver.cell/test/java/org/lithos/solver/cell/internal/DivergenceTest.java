package org.lithos.solver.cell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CollectorSpec;
import org.lithos.model.CounterSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialSpec;
import org.lithos.model.SeparatorSpec;
import org.lithos.model.SimulationInput;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.Termination;
import org.lithos.model.TerminationKind;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.api.SolverException;

/** Non-finite numerics inside the run end it with DIVERGED, naming the step and cycle. */
class DivergenceTest {

	private static SimulationInput input() {
		LithosFactory f = LithosFactory.eINSTANCE;
		SimulationInput in = f.createSimulationInput();
		in.setId("nan");
		MaterialSpec li = f.createMaterialSpec();
		li.setName("lithos.materials.Li");
		MaterialSpec cu = f.createMaterialSpec();
		cu.setName("lithos.materials.Cu");
		MaterialSpec se = f.createMaterialSpec();
		se.setName("lithos.materials.Li6PS5Cl");
		in.getMaterials().add(li);
		in.getMaterials().add(cu);
		in.getMaterials().add(se);
		CellSpec c = f.createCellSpec();
		c.setFormat(CellFormat.HALF);
		c.setArea(1e-4);
		c.setPressure(9e6);
		c.setTemperature(298.15);
		CounterSpec counter = f.createCounterSpec();
		counter.setMaterial(li);
		counter.setThickness(100e-6);
		c.setCounter(counter);
		SeparatorSpec sep = f.createSeparatorSpec();
		sep.setMaterial(se);
		sep.setThickness(5e-4);
		sep.setConductivity(0.1);
		c.setSeparator(sep);
		CollectorSpec cc = f.createCollectorSpec();
		cc.setMaterial(cu);
		c.setCollector(cc);
		in.setCell(c);
		in.setProtocol(f.createProtocolSpec());
		StepSpec s = f.createStepSpec();
		s.setCycle(1);
		s.setMode(StepMode.PLATE);
		s.setCurrentDensity(10);
		Termination t = f.createTermination();
		t.setKind(TerminationKind.CAPACITY);
		t.setValue(36000);
		s.getTerminations().add(t);
		in.getProtocol().getSteps().add(s);
		return in;
	}

	@Test
	void nonFiniteVoltageIsDiverged() throws Exception {
		InputReader reader = new InputReader(input(), new Cal(org.lithos.solver.cell.Calibration.defaults()));
		CellParameters p = reader.cell();
		StepPlan[] steps = reader.steps(p);
		p.bulkResistance = Double.NaN; // as if a law had produced NaN
		ProtocolRunner runner = new ProtocolRunner(p, steps, reader.stops());
		SolverException e = assertThrows(SolverException.class, () -> runner.run(ProgressMonitor.NULL));
		assertEquals(SolverException.Kind.DIVERGED, e.kind());
		assertEquals(0, e.step());
		assertEquals(1, e.cycle());
	}
}
