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

	@Test
	void contactAngleSetsTheNucleationBarrier() throws Exception {
		SimulationResult plain = Checks.solveHalf(TestCells.half("Cu").halfCycling(10, 36000, 0.2, 1).build());
		SimulationInput wetted = TestCells.half("CuWet").halfCycling(10, 36000, 0.2, 1).build();
		addInterface(wetted, TestCells.find(wetted, "lithos.materials.Li"), TestCells.find(wetted, "lithos.materials.Cu"),
				"contact angle",
				Math.toRadians(20));
		SimulationResult wet = Checks.solveHalf(wetted);
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
		SimulationResult wet = Checks.solveHalf(in);
		SimulationResult plain = Checks.solveHalf(TestCells.half("plain").halfCycling(10, 36000, 0.2, 30).build());
		// dense planar Li on a fully wetted collector: fewer losses and no early short
		assertTrue(wet.getSummary().getAverageEfficiency() > plain.getSummary().getAverageEfficiency());
		assertTrue(wet.getSummary().getCycleLife() > plain.getSummary().getCycleLife());
	}

	@Test
	void nonPositiveExchangeCurrentIsInvalid() {
		SimulationInput in = TestCells.half("zero").halfCycling(10, 36000, 0.2, 1).build();
		addInterface(in, TestCells.find(in, "lithos.materials.Li"), TestCells.find(in, "test.LPSCl"),
				"exchange current density", 0);
		var e = org.junit.jupiter.api.Assertions.assertThrows(org.lithos.solver.api.SolverException.class,
				() -> new CellSolver().solve(in, ProgressMonitor.NULL));
		org.junit.jupiter.api.Assertions.assertEquals(org.lithos.solver.api.SolverException.Kind.INVALID_INPUT,
				e.kind());
		assertTrue(e.getMessage().contains("exchange current density"), e.getMessage());
	}

	@Test
	void exchangeCurrentOfAnAncestorElectrolyteApplies() throws Exception {
		SimulationResult plain = Checks.solveHalf(TestCells.half("fast", "Mg:140e-9").halfCycling(10, 36000, 0.2, 1)
				.build());
		SimulationInput slow = TestCells.half("slow", "Mg:140e-9").halfCycling(10, 36000, 0.2, 1).build();
		// declared for Li6PS5Cl, inherited by the cell's test.LPSCl
		MaterialSpec parent = TestCells.material(slow, "lithos.materials.Li6PS5Cl", MaterialKind.ELECTROLYTE);
		addInterface(slow, TestCells.find(slow, "lithos.materials.Li"), parent, "exchange current density", 2.0);
		SimulationResult r = Checks.solveHalf(slow);
		double a = plain.getCycles().get(0).getPlatingOverpotential();
		double b = r.getCycles().get(0).getPlatingOverpotential();
		assertTrue(b > a + 0.02, a + " vs " + b);
	}

	/** Plates 0.5 mAh/cm2 at 0.2 mA/cm2 at 298.15 K, the reference temperature of the exchange currents. */
	private static SimulationInput plate(TestCells cell) {
		return cell.temperature(298.15).plate(2, 0.5 * TestCells.MAH_CM2).build();
	}

	/** @return charge-weighted plating overpotential of the first cycle, V (an In-Li counter holds 100 um of Li) */
	private static double platingOverpotential(SimulationInput in) throws Exception {
		return Checks.solveHalf(in).getCycles().get(0).getPlatingOverpotential();
	}

	@Test
	void anAlloyCounterAddsItsOwnChargeTransferOverpotential() throws Exception {
		double li = platingOverpotential(plate(TestCells.half("Li")));
		double inLi = platingOverpotential(plate(TestCells.half("InLi").inLiCounter()));
		Calibration k = Calibration.defaults();
		double expected = Checks.butlerVolmer(2, k.value("kinetics.j0AlloyCounter"))
				- Checks.butlerVolmer(2, k.value("kinetics.j0Li"));
		assertEquals(expected, inLi - li, 0.01 * Math.abs(expected) + 1e-5, li + " vs " + inLi);
	}

	@Test
	void anInterfaceOfTheCounterOverridesTheDefault() throws Exception {
		double plain = platingOverpotential(plate(TestCells.half("InLi").inLiCounter()));
		SimulationInput fast = plate(TestCells.half("InLiFast").inLiCounter());
		double j0Default = Calibration.defaults().value("kinetics.j0AlloyCounter");
		double j0 = 1000 * j0Default;
		addInterface(fast, TestCells.find(fast, "lithos.materials.InLi"), TestCells.find(fast, "test.LPSCl"),
				"exchange current density", j0);
		double quick = platingOverpotential(fast);
		double expected = Checks.butlerVolmer(2, j0Default) - Checks.butlerVolmer(2, j0);
		assertEquals(expected, plain - quick, 0.01 * expected, plain + " vs " + quick);
	}
}
