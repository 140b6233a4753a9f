package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.InterfaceSpec;
import org.lithos.model.MaterialSpec;
import org.lithos.model.SimulationInput;

/** A conversion layer's product (Cu2Te -> Li2Te) joins the run with its interfaces, so solvers can read them. */
class ConversionProductTest {

	private static SimulationInput run(String collector) throws Exception {
		return Cells.compile(Cells.BASE + """
				cell Coated extends Half { %s }
				study S { run Coated with Cycle }
				""".formatted(collector)).getStudies().get(0).getRuns().get(0);
	}

	private static boolean hasMaterial(SimulationInput input, String simple) {
		return input.getMaterials().stream().map(MaterialSpec::getName).anyMatch(n -> n.endsWith("." + simple));
	}

	private static boolean hasInterface(SimulationInput input, String a, String b) {
		for (InterfaceSpec contact : input.getInterfaces()) {
			if (contact.getFirst().getName().endsWith("." + a) && contact.getSecond().getName().endsWith("." + b)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void cu2TeBringsLi2TeAndItsInterfaceWithLi() throws Exception {
		SimulationInput input = run("collector Cu 9 um { layer Cu2Te 1 um }");
		assertTrue(hasMaterial(input, "Li2Te"), "the product of the conversion");
		assertTrue(hasInterface(input, "Li", "Li2Te"), "Li on Li2Te: binding energies for the morphology");
	}

	@Test
	void aPlainCollectorBringsNoProduct() throws Exception {
		SimulationInput input = run("collector Cu 9 um");
		assertFalse(hasMaterial(input, "Li2Te"));
	}
}
