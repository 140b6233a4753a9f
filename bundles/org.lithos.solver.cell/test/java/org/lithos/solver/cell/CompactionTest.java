package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationResult;

/**
 * In-cell electrolyte resistance: a conductivity measured on a pellet under a low pressure is a material value; a
 * cell pellet pressed harder is denser (Heckel's law of cold pressing) and conducts better.
 */
class CompactionTest {

	/** Relative density of a compact pressed at p: random close packing (0.36 porosity) compacted with P_H = 281 MPa. */
	private static double heckel(double p) {
		return 1 - 0.36 * Math.exp(-p / 281e6);
	}

	private static double bulk(TestCells cell) throws Exception {
		SimulationResult r = Checks.solveHalf(cell.halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 1).build());
		return Checks.series(r, "bulk resistance")[0];
	}

	@Test
	void pelletPressedHarderThanTheMeasuringPelletConductsBetter() throws Exception {
		double measured = bulk(TestCells.half("Cu_as_measured"));
		double pressed = bulk(TestCells.half("Cu_pressed").pressedAt(530e6, 9e6));
		double m = Calibration.defaults().value("pellet.conductivityExponent");
		double expected = Math.pow(heckel(530e6) / heckel(9e6), m);
		assertEquals(expected, measured / pressed, 1e-9 * expected);
	}

	@Test
	void withoutTheMeasuringPressureTheConductivityIsTheCells() throws Exception {
		double measured = bulk(TestCells.half("Cu_as_given"));
		TestCells cell = TestCells.half("Cu_fabrication_only");
		cell.build().getCell().getSeparator().getProperties().add(TestCells.property("fabrication pressure", 530e6));
		assertEquals(measured, bulk(cell), 1e-12 * measured);
	}
}
