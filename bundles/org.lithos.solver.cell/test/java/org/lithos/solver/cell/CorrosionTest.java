package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/**
 * SEI-2: collector pressed on the electrolyte, no current, 7 days at RT and 60 C; and the Li its product binds once Li
 * is plated on it.
 */
class CorrosionTest {

	private static double sei2After7Days(double kelvin, String... layers) throws Exception {
		return sei2After(7 * 86400.0, kelvin, layers);
	}

	/** @return the SEI-2 thickness after storing the Li-free half cell at a temperature, m */
	private static double sei2After(double seconds, double kelvin, String... layers) throws Exception {
		SimulationResult r = new CellSolver().solve(TestCells.half("store", layers).temperature(kelvin)
				.store(seconds, kelvin).build(), ProgressMonitor.NULL);
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

	/** Li bound per m3 of Cu2S reduced to Li2S + 2 Cu: 2 Li per formula unit, 5.6 g/cm3, 159.16 g/mol (CRC), A s/m3. */
	private static final double LI_PER_SULFIDE = 2 * 5.6e6 / 159.16 * 96485.33212;

	/** Stores the half cell a day at RT (Li-free: the exposed Cu corrodes), then plates 1 mAh/cm2 and strips it. */
	private static SimulationResult cycledAfter(double storage, String... layers) throws Exception {
		TestCells t = TestCells.half("stored", layers);
		if (storage > 0) {
			t.store(storage, TestCells.RT);
		}
		return Checks.solveHalf(t.halfCycling(10, TestCells.MAH_CM2, 1.0, 1).build());
	}

	private static double interphaseLi(SimulationResult r) {
		return r.getCycles().get(r.getCycles().size() - 1).getInventory().getSei();
	}

	@Test
	void platedLiReducesTheSulfideGrownBefore() throws Exception {
		double day = 86400;
		double sulfide = sei2After(day, TestCells.RT);
		assertTrue(sulfide > 10e-9, "a day at RT corrodes Cu: " + sulfide);
		double bound = interphaseLi(cycledAfter(day)) - interphaseLi(cycledAfter(0));
		// Cu2S + 2 Li -> Li2S + 2 Cu for all of it; SEI-1 grows a little faster on the corroded collector
		double reduced = sulfide * LI_PER_SULFIDE;
		assertTrue(bound > 0.95 * reduced && bound < 1.5 * reduced, "bound " + bound + " vs reduced " + reduced);
	}

	@Test
	void nothingToReduceUnderTungsten() throws Exception {
		assertEquals(interphaseLi(cycledAfter(0, "W:260e-9")), interphaseLi(cycledAfter(86400, "W:260e-9")), 0.0);
	}

	@Test
	void tooThinTungstenLeavesGaps() throws Exception {
		double bare = sei2After7Days(333.15);
		double thin = sei2After7Days(333.15, "W:5e-9");
		assertTrue(thin > 0.1 * bare && thin < bare, bare + " vs " + thin);
	}
}
