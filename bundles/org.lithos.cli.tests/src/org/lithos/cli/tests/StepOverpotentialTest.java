package org.lithos.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.tests.Cells;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.model.CycleRecord;
import org.lithos.model.LiInventory;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.sim.Observations;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.cell.CellSolver;

/**
 * An overpotential addressed at a step, from the {@code .cell} text to the number a comparison reads: the language,
 * the cycling solver and the runner's observations together.
 */
class StepOverpotentialTest {

	private static final String STUDY = Cells.BASE + """

			protocol TwoPlates {
			    plate at 0.5 mA/cm2 for 1 mAh/cm2
			    strip at 0.5 mA/cm2 until 1 V
			    plate at 0.5 mA/cm2 for 1 mAh/cm2
			    plate at 1 mA/cm2 for 0.5 mAh/cm2
			    strip at 0.5 mA/cm2 until 1 V
			}

			study S {
			    run Half with TwoPlates
			    expect nucleation overpotential of Half after the first plate = 40 mV +- 30 %
			    expect growth overpotential of Half after plate 1 of cycle 2 = 50 mV +- 30 %
			    expect growth overpotential of Half after plate 2 of cycle 2 = 100 mV +- 30 %
			    expect nucleation overpotential of Half after the last plate < 1 mV
			    expect stripping overpotential of Half after step 5 = 50 mV +- 30 %
			}
			""";

	@Test
	void eachStepsOverpotentialReachesTheComparison() throws Exception {
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addText("steps.cell", STUDY);
		List<Problem> errors = workspace.validate().stream().filter(Problem::isError).toList();
		assertTrue(errors.isEmpty(), errors.toString());
		StudyInput study = new LithosCompiler(workspace.resourceSet())
				.compile(LithosWorkspace.model(resource), "steps.cell").getStudies().get(0);
		SimulationInput run = study.getRuns().get(0);
		SimulationResult result = new CellSolver().solve(run, ProgressMonitor.NULL);
		double initial = total(result.getInitialInventory());
		for (CycleRecord cycle : result.getCycles()) {
			assertEquals(initial, total(cycle.getInventory()), 1e-9 * initial, "Li conserved in cycle " + cycle.getIndex());
		}
		List<Double> predicted = study.getExpectations().stream()
				.map(e -> Observations.predicted(e, run, result).orElseThrow(() -> new AssertionError(
						"not predicted: " + e.getObservable())))
				.toList();
		assertEquals(result.getCycles().get(0).getNucleationOverpotential(), predicted.get(0), 0,
				"the first plate's barrier is cycle 1's");
		assertTrue(predicted.get(0) > 0.005, "Li nucleates on Cu: " + predicted.get(0));
		assertEquals(result.getSteps().get(2).getOverpotential(), predicted.get(1), 0);
		assertEquals(result.getSteps().get(3).getOverpotential(), predicted.get(2), 0);
		assertTrue(predicted.get(2) > predicted.get(1) + 1e-3, "twice the current on the same Li: " + predicted);
		assertEquals(0, predicted.get(3), 0, "the last plate grows on the Li of the one before");
		assertEquals(result.getCycles().get(1).getStrippingOverpotential(), predicted.get(4), 0,
				"step 5 is cycle 2's only strip");
	}

	private static double total(LiInventory v) {
		return v.getCathode() + v.getCounter() + v.getPlated() + v.getDead() + v.getSei() + v.getAlloy()
				+ v.getConversion() + v.getCracks() + v.getElectrolyte();
	}
}
