package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.lithos.model.CycleRecord;
import org.lithos.model.LiInventory;
import org.lithos.model.Series;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/** Shared assertions. */
final class Checks {

	private Checks() {
	}

	static double sum(LiInventory v) {
		return v.getCathode() + v.getCounter() + v.getPlated() + v.getDead() + v.getSei() + v.getAlloy()
				+ v.getConversion() + v.getCracks() + v.getElectrolyte();
	}

	/** Li conservation at the end of every cycle, to 1e-9 relative, and no negative pool. */
	static void assertConserved(SimulationResult r, double initial) {
		assertTrue(r.getCycles().size() > 0, "no cycles");
		for (CycleRecord c : r.getCycles()) {
			LiInventory v = c.getInventory();
			assertEquals(initial, sum(v), 1e-9 * initial, "Li balance in cycle " + c.getIndex());
			for (double x : new double[] { v.getCathode(), v.getCounter(), v.getPlated(), v.getDead(), v.getSei(),
					v.getAlloy(), v.getConversion(), v.getCracks(), v.getElectrolyte() }) {
				assertTrue(x >= -1e-9 * initial, "negative pool in cycle " + c.getIndex());
			}
		}
	}

	/** Li in a 100 um Li foil (density 534 kg/m3, 6.94 g/mol), A s/m2. */
	static double liFoil100um() {
		return 100e-6 * 534.0 / 6.94e-3 * 96485.33212;
	}

	static double[] series(SimulationResult r, String name) {
		for (Series s : r.getSeries()) {
			if (s.getName().equals(name)) {
				return s.getValues();
			}
		}
		throw new AssertionError("no series " + name);
	}

	/** Symmetric Butler-Volmer overpotential, V, at 298.15 K (the reference temperature of the exchange currents). */
	static double butlerVolmer(double j, double j0) {
		double x = j / (2 * j0);
		return 2 * 8.314462618 * 298.15 / 96485.33212 * Math.log(x + Math.sqrt(x * x + 1));
	}

	/** Solves a half cell against the 100 um Li foil of {@link TestCells#half} and asserts Li conservation. */
	static SimulationResult solveHalf(SimulationInput in) throws Exception {
		SimulationResult r = new CellSolver().solve(in, ProgressMonitor.NULL);
		assertConserved(r, liFoil100um());
		return r;
	}
}
