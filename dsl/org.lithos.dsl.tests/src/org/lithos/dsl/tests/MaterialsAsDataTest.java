package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.model.CycleRecord;
import org.lithos.model.LiInventory;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;
import org.lithos.solver.cell.CellSolver;

/**
 * Materials are data: a partner's new materials, defined only in a library file of their own
 * ({@code fixtures/partner-materials.cell}), behave like the built-in ones whose properties they share. A new
 * refractory metal acts like W and a new alloying metal like Mg in the cycling solver, with no Java change; and
 * neither acts like bare Cu, so the test would fail if the solver still recognised materials by name.
 */
class MaterialsAsDataTest {

	private static final Path PARTNER = Path.of("fixtures/partner-materials.cell");

	private static final String CELLS = Cells.BASE.replace("import lithos.materials.*",
			"import lithos.materials.*\nimport partner.*") + """

			cell Layered extends Half { collector Cu 9 um { layer %s %s } }
			study S { run Layered with Cycle }
			""";

	/** @return the result of two plating/stripping cycles on Cu with one layer of the material */
	private static SimulationResult cycle(String material, String thickness) throws Exception {
		LithosWorkspace workspace = LithosWorkspace.create();
		workspace.addTargets(List.of(PARTNER));
		Resource resource = workspace.addText("test.cell", CELLS.formatted(material, thickness));
		Cells.assertNoErrors(workspace.validate());
		SimulationInput input = new LithosCompiler(workspace.resourceSet())
				.compile(LithosWorkspace.model(resource), "test.cell").getStudies().get(0).getRuns().get(0);
		SimulationResult result = new CellSolver().solve(input, ProgressMonitor.NULL);
		assertConserved(result);
		return result;
	}

	/** The cycles' efficiencies and Li pools: what a layer changes. */
	private static String fingerprint(SimulationResult r) {
		StringBuilder s = new StringBuilder();
		for (CycleRecord c : r.getCycles()) {
			LiInventory v = c.getInventory();
			s.append(c.getCoulombicEfficiency()).append(' ').append(c.getPlatingOverpotential()).append(' ')
					.append(v.getAlloy()).append(' ').append(v.getDead()).append(' ').append(v.getSei()).append('\n');
		}
		return s.toString();
	}

	private static void assertConserved(SimulationResult r) {
		assertTrue(r.getCycles().size() > 0, "no cycles: " + r.getMessage());
		double initial = total(r.getCycles().get(0).getInventory());
		for (CycleRecord c : r.getCycles()) {
			assertEquals(initial, total(c.getInventory()), 1e-9 * initial, "Li balance in cycle " + c.getIndex());
		}
	}

	private static double total(LiInventory v) {
		return v.getCathode() + v.getCounter() + v.getPlated() + v.getDead() + v.getSei() + v.getAlloy()
				+ v.getConversion() + v.getCracks() + v.getElectrolyte();
	}

	@Test
	void aNewRefractoryMetalBehavesLikeTungsten() throws Exception {
		String w = fingerprint(cycle("W", "30 nm"));
		assertEquals(w, fingerprint(cycle("NewRefractory", "30 nm")));
		assertNotEquals(w, fingerprint(cycle("Ni", "30 nm")), "a barrier must differ from a bare metal");
	}

	@Test
	void aNewAlloyingMetalBehavesLikeMagnesium() throws Exception {
		String mg = fingerprint(cycle("Mg", "160 nm"));
		assertEquals(mg, fingerprint(cycle("NewAlloy", "160 nm")));
		assertNotEquals(mg, fingerprint(cycle("Ni", "160 nm")), "an alloying layer must differ from a bare metal");
	}
}
