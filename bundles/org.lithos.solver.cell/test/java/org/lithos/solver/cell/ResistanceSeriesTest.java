package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/** The bulk and interface resistance series (areal, ohm m2) an impedance-like observable can be read from. */
class ResistanceSeriesTest {

	@Test
	void bulkIsPelletOhmicDropAndInterfaceGrowsOnCu() throws Exception {
		SimulationResult cu = new CellSolver().solve(TestCells.half("Cu_r")
				.halfCycling(TestCells.MA_CM2, TestCells.MAH_CM2, 0.2, 10).build(), ProgressMonitor.NULL);
		double[] bulk = Checks.series(cu, "bulk resistance");
		double[] iface = Checks.series(cu, "interface resistance");
		double[] time = Checks.series(cu, "time");
		assertEquals(time.length, bulk.length);
		assertEquals(time.length, iface.length);
		// L / sigma of the 0.713 mm, 0.8 mS/cm test pellet, within the temperature correction
		assertEquals(0.713e-3 / 0.08, bulk[0], 0.15 * 0.713e-3 / 0.08);
		for (double r : iface) {
			assertTrue(r > 0 && Double.isFinite(r), "interface resistance " + r);
		}
		// dead Li and corrosion cut the contact on bare Cu: the interface resistance rises with cycling
		assertTrue(iface[iface.length - 1] > iface[0], iface[iface.length - 1] + " vs " + iface[0]);
	}
}
