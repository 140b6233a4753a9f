package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/** SEI-2: collector pressed on the electrolyte, no current, 7 days at RT and 60 C. */
class CorrosionTest {

	private static double sei2After7Days(double kelvin, String... layers) throws Exception {
		SimulationResult r = new CellSolver().solve(TestCells.half("store", layers).temperature(kelvin)
				.store(7 * 86400.0, kelvin).build(), ProgressMonitor.NULL);
		double[] l = Checks.series(r, "sei2 thickness");
		Checks.assertConserved(r, Checks.liFoil100um());
		return l[l.length - 1];
	}

	@Test
	void hotterCorrodesMore() throws Exception {
		double rt = sei2After7Days(296.15);
		double hot = sei2After7Days(333.15);
		assertTrue(hot > 3 * rt, rt + " vs " + hot);
		// same order as the collector-corrosion data the law is fitted to (462 and 2337 nm), within a factor 2.5
		assertTrue(rt > 462e-9 / 2.5 && rt < 462e-9 * 2.5, "RT " + rt);
		assertTrue(hot > 2337e-9 / 2.5 && hot < 2337e-9 * 2.5, "60 C " + hot);
	}

	@Test
	void tungstenUnderlayerBlocksCorrosion() throws Exception {
		assertEquals(0.0, sei2After7Days(333.15, "W:260e-9"), 0.0);
		assertEquals(0.0, sei2After7Days(333.15, "W:30e-9"), 0.0);
		assertTrue(sei2After7Days(333.15) > 1e-7);
	}

	@Test
	void tooThinTungstenLeavesGaps() throws Exception {
		double bare = sei2After7Days(333.15);
		double thin = sei2After7Days(333.15, "W:5e-9");
		assertTrue(thin > 0.1 * bare && thin < bare, bare + " vs " + thin);
	}
}
