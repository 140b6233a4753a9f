package org.lithos.solver.kmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lithos.solver.kmc.internal.Engine;
import org.lithos.solver.kmc.internal.Lattice;

/**
 * The local rate updates after every event agree with a recomputation from scratch: every Li site in the rate
 * class its neighbourhood gives, the total rate equal to the sum over the classes. On small lattices (periodic
 * wrap at distance 2 included), in 2D and 3D, on lithiophobic and lithiophilic substrates, with the plain and the
 * first-passage engine.
 */
class RateBookkeepingTest {

	private static void check(KmcParameters p) {
		check(p, false);
		check(p, true);
	}

	/**
	 * With first passage, adatoms in protective domains are off the lattice: the bookkeeping must match the lattice
	 * without them, and again after they are put back.
	 */
	private static void check(KmcParameters p, boolean firstPassage) {
		Lattice lattice = new Lattice(p.nx(), p.ny(), p.nz(), Deposit.COATING);
		Engine engine = new Engine(p, lattice, firstPassage);
		for (int step = 1; step <= 300 && !engine.full; step++) {
			engine.run(Long.MAX_VALUE, step * 200L, Double.POSITIVE_INFINITY);
			engine.checkConsistency();
			assertEquals(engine.arrivals, lattice.lithium + engine.walkers(), "Li conserved, adatoms in domains included");
			if (step % 3 == 0) {
				engine.settle();
				engine.checkConsistency();
				assertEquals(engine.arrivals, lattice.lithium, "Li conserved");
			}
		}
	}

	@Test
	void localUpdatesMatchARecomputationFromScratch() {
		for (double e : new double[] { Runs.CU, Runs.LI, Runs.LI2TE }) {
			for (double barrier : new double[] { 0.1, 0.4 }) {
				KmcParameters f = Runs.fast(5, e, 100, 9);
				KmcParameters p = f.withDiffusion(barrier * Runs.EV, 0.2 * Runs.EV, f.attemptFrequency());
				check(p.with3D(5, 4, 12));
				check(p.with2D(7, 12));
				check(p.with3D(2, 2, 10));
				// sparse: lone adatoms on the bare substrate take the short path of a hop
				check(p.with3D(24, 24, 8));
				check(p.with2D(64, 8));
			}
		}
	}
}
