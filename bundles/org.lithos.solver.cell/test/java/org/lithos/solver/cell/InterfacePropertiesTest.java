package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.InterfaceSpec;
import org.lithos.model.MaterialKind;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/** Interface properties of the input take precedence over defaults, also when declared for an ancestor material. */
class InterfacePropertiesTest {

	private static void addInterface(SimulationInput in, MaterialSpec first, MaterialSpec second, String name,
			double value) {
		InterfaceSpec i = TestCells.F.createInterfaceSpec();
		i.setFirst(first);
		i.setSecond(second);
		Property p = TestCells.F.createProperty();
		p.setName(name);
		p.setValue(value);
		i.getProperties().add(p);
		in.getInterfaces().add(i);
	}

	private static MaterialSpec find(SimulationInput in, String name) {
		return in.getMaterials().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
	}

	private static SimulationResult run(SimulationInput in) throws Exception {
		SimulationResult r = new CellSolver().solve(in, ProgressMonitor.NULL);
		Checks.assertConserved(r, Checks.liFoil100um());
		return r;
	}

	@Test
	void contactAngleSetsTheNucleationBarrier() throws Exception {
		SimulationResult plain = run(TestCells.half("Cu").halfCycling(10, 36000, 0.2, 1).build());
		SimulationInput wetted = TestCells.half("CuWet").halfCycling(10, 36000, 0.2, 1).build();
		addInterface(wetted, find(wetted, "lithos.materials.Li"), find(wetted, "lithos.materials.Cu"), "contact angle",
				Math.toRadians(20));
		SimulationResult wet = run(wetted);
		double a = plain.getCycles().get(0).getNucleationOverpotential();
		double b = wet.getCycles().get(0).getNucleationOverpotential();
		assertTrue(b < a - 0.02, a + " vs " + b);
		assertTrue(wet.getSummary().getFirstCycleEfficiency() > plain.getSummary().getFirstCycleEfficiency());
	}

	@Test
	void wettedFractionFromAMorphologyModelOverridesTheDefault() throws Exception {
		SimulationInput in = TestCells.half("wet").halfCycling(10, 36000, 0.2, 30).build();
		Property w = TestCells.F.createProperty();
		w.setName("wetted fraction");
		w.setValue(0.95);
		in.getCell().getProperties().add(w);
		SimulationResult wet = run(in);
		SimulationResult plain = run(TestCells.half("plain").halfCycling(10, 36000, 0.2, 30).build());
		// dense planar Li on a fully wetted collector: fewer losses and no early short
		assertTrue(wet.getSummary().getAverageEfficiency() > plain.getSummary().getAverageEfficiency());
		assertTrue(wet.getSummary().getCycleLife() > plain.getSummary().getCycleLife());
	}

	@Test
	void nonPositiveExchangeCurrentIsInvalid() {
		SimulationInput in = TestCells.half("zero").halfCycling(10, 36000, 0.2, 1).build();
		addInterface(in, find(in, "lithos.materials.Li"), find(in, "test.LPSCl"), "exchange current density", 0);
		var e = org.junit.jupiter.api.Assertions.assertThrows(org.lithos.solver.api.SolverException.class,
				() -> new CellSolver().solve(in, ProgressMonitor.NULL));
		org.junit.jupiter.api.Assertions.assertEquals(org.lithos.solver.api.SolverException.Kind.INVALID_INPUT,
				e.kind());
		assertTrue(e.getMessage().contains("exchange current density"), e.getMessage());
	}

	@Test
	void exchangeCurrentOfAnAncestorElectrolyteApplies() throws Exception {
		SimulationResult plain = run(TestCells.half("fast", "Mg:140e-9").halfCycling(10, 36000, 0.2, 1).build());
		SimulationInput slow = TestCells.half("slow", "Mg:140e-9").halfCycling(10, 36000, 0.2, 1).build();
		// declared for Li6PS5Cl, inherited by the cell's test.LPSCl
		MaterialSpec parent = TestCells.material(slow, "lithos.materials.Li6PS5Cl", MaterialKind.ELECTROLYTE);
		addInterface(slow, find(slow, "lithos.materials.Li"), parent, "exchange current density", 2.0);
		SimulationResult r = run(slow);
		double a = plain.getCycles().get(0).getPlatingOverpotential();
		double b = r.getCycles().get(0).getPlatingOverpotential();
		assertTrue(b > a + 0.02, a + " vs " + b);
	}

	/** Charge-weighted plating overpotential of the first cycle, V, with conservation checked for any counter. */
	private static double platingOverpotential(SimulationInput in, double counterLi) throws Exception {
		SimulationResult r = new CellSolver().solve(in, ProgressMonitor.NULL);
		Checks.assertConserved(r, counterLi);
		return r.getCycles().get(0).getPlatingOverpotential();
	}


	@Test
	void anAlloyCounterAddsItsOwnChargeTransferOverpotential() throws Exception {
		double j = 2; // 0.2 mA/cm2
		double reservoir = Checks.liFoil100um(); // an InLi counter is assumed to hold 100 um of Li equivalent
		double li = platingOverpotential(TestCells.half("Li").temperature(298.15).plate(j, 0.5 * TestCells.MAH_CM2).build(), Checks.liFoil100um());
		double inLi = platingOverpotential(TestCells.half("InLi").inLiCounter().temperature(298.15).plate(j, 0.5 * TestCells.MAH_CM2).build(),
				reservoir);
		Calibration k = Calibration.defaults();
		double expected = Checks.butlerVolmer(j, k.value("kinetics.j0AlloyCounter")) - Checks.butlerVolmer(j, k.value("kinetics.j0Li"));
		assertEquals(expected, inLi - li, 0.01 * Math.abs(expected) + 1e-5, li + " vs " + inLi);
	}

	@Test
	void anInterfaceOfTheCounterOverridesTheDefault() throws Exception {
		double j = 2;
		double reservoir = Checks.liFoil100um();
		double plain = platingOverpotential(TestCells.half("InLi").inLiCounter().temperature(298.15).plate(j, 0.5 * TestCells.MAH_CM2).build(),
				reservoir);
		SimulationInput fast = TestCells.half("InLiFast").inLiCounter().temperature(298.15).plate(j, 0.5 * TestCells.MAH_CM2).build();
		double j0 = 1000 * Calibration.defaults().value("kinetics.j0AlloyCounter");
		addInterface(fast, find(fast, "lithos.materials.InLi"), find(fast, "test.LPSCl"), "exchange current density", j0);
		double quick = platingOverpotential(fast, reservoir);
		double expected = Checks.butlerVolmer(j, Calibration.defaults().value("kinetics.j0AlloyCounter")) - Checks.butlerVolmer(j, j0);
		assertEquals(expected, plain - quick, 0.01 * expected, plain + " vs " + quick);
	}
}
