package org.lithos.solver.kmc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.solver.kmc.Deposit;

/**
 * The observer's definitions on lattices built by hand, whose answers are counted on paper: coverage (the collector
 * contact fraction) is the substrate sites with Li directly on them over all substrate sites; porosity is the empty
 * sites below each column's topmost Li over all sites below it; the sections cut through the tallest column and
 * through a column of median height. Every measurement also checks Li conservation (Li sites == arrivals).
 */
class ObserverTest {

	private static final double SITE = 10e-9;

	@Test
	void anOverhangLeavesOnePoreUnderItAndDoesNotTouchTheCollector() {
		// 3 x 3 columns; (0,0) holds Li at z = 1, 2; (1,0) holds Li at z = 2 only, resting on its neighbour's side
		Lattice l = new Lattice(3, 3, 5, 1);
		put(l, 0, 0, 1);
		put(l, 0, 0, 2);
		put(l, 1, 0, 2);
		double[] row = measure(l, 3);
		assertEquals(1.0 / 9, row[Observer.COVERAGE], 1e-15, "one of nine substrate sites has Li on it");
		assertEquals(1.0 / 4, row[Observer.POROSITY], 1e-15, "one empty site of the four below the two tops");
		assertEquals(1, row[Observer.PARTICLES]);
		assertEquals(4.0 / 9 * SITE, row[Observer.MEAN], 1e-24);
		assertEquals(2 * SITE, row[Observer.TIP], 1e-24);
	}

	@Test
	void aSealedPoreCountsAndTheCentreColumnLosesItsContact() {
		// every column two sites high, but the centre column's first site is empty: a pore sealed on all sides
		Lattice l = new Lattice(3, 3, 5, 2);
		for (int y = 0; y < 3; y++) {
			for (int x = 0; x < 3; x++) {
				if (x != 1 || y != 1) {
					put(l, x, y, 1);
				}
				put(l, x, y, 2);
			}
		}
		double[] row = measure(l, 17);
		assertEquals(8.0 / 9, row[Observer.COVERAGE], 1e-15);
		assertEquals(1.0 / 18, row[Observer.POROSITY], 1e-15);
		assertEquals(0.0, row[Observer.RMS], 1e-24, "a flat top");
	}

	@Test
	void theValleysBetweenProtrusionsAreElectrolyteNotPores() {
		// a lone pillar five sites high on a bare collector: no pore, one ninth of the collector touched
		Lattice l = new Lattice(3, 3, 7, 1);
		for (int z = 1; z <= 5; z++) {
			put(l, 1, 1, z);
		}
		double[] row = measure(l, 5);
		assertEquals(0.0, row[Observer.POROSITY], 0.0);
		assertEquals(1.0 / 9, row[Observer.COVERAGE], 1e-15);
		assertEquals(5 * SITE, row[Observer.TIP], 1e-24);
	}

	@Test
	void aBareCollectorHasNeitherContactNorPores() {
		double[] row = measure(new Lattice(4, 1, 3, 1), 0);
		assertEquals(0.0, row[Observer.COVERAGE], 0.0);
		assertEquals(0.0, row[Observer.POROSITY], 0.0);
		assertEquals(0, row[Observer.PARTICLES]);
	}

	@Test
	void twoDimensionalCrossSection() {
		// 4 x 1 x 4: a bridge over column 1 (Li at (0,1), (0,2), (1,2), (2,1), (2,2)): one pore, three contacts
		Lattice l = new Lattice(4, 1, 4, 1);
		put(l, 0, 0, 1);
		put(l, 0, 0, 2);
		put(l, 1, 0, 2);
		put(l, 2, 0, 1);
		put(l, 2, 0, 2);
		double[] row = measure(l, 5);
		assertEquals(2.0 / 4, row[Observer.COVERAGE], 1e-15);
		assertEquals(1.0 / 6, row[Observer.POROSITY], 1e-15);
		assertEquals(1, row[Observer.PARTICLES]);
	}

	@Test
	void aMeasurementFailsWhenLiIsNotConserved() {
		Lattice l = new Lattice(3, 3, 4, 1);
		put(l, 1, 1, 1);
		Observer observer = new Observer(l, SITE, 1.0);
		double[] row = new double[Observer.COLUMNS];
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> observer.measure(0, 0, 2, row));
		assertTrue(e.getMessage().contains("Li not conserved"), e.getMessage());
	}

	@Test
	void sectionsCutThroughTheTallestAndATypicalColumn() {
		// 5 x 4 columns one site high, a pillar of three at (4, 1) and a bare column at (0, 3)
		Lattice l = new Lattice(5, 4, 6, 1);
		for (int y = 0; y < 4; y++) {
			for (int x = 0; x < 5; x++) {
				if (x != 0 || y != 3) {
					put(l, x, y, 1);
				}
			}
		}
		put(l, 4, 1, 2);
		put(l, 4, 1, 3);
		Observer observer = new Observer(l, SITE, 1.0);
		measure(l, 21);
		Deposit d = observer.snapshot(1.0, 21.0);
		assertEquals(4, d.tallest().x());
		assertEquals(1, d.tallest().y());
		// the median column is one site high; the one nearest the centre (2, 2) is the centre itself
		assertEquals(2, d.typical().x());
		assertEquals(2, d.typical().y());
		assertEquals(Deposit.LITHIUM, d.tallest().codes()[3 * 5 + 4], "the pillar's top in the tallest section");
		assertEquals(Deposit.EMPTY, d.typical().codes()[3 * 5 + 4], "row 2 has no pillar");
		assertEquals(Deposit.COLLECTOR, d.typical().codes()[2]);
		assertEquals(Float.NaN, d.typical().times()[2], "the collector has no deposition time");
		assertEquals(0.5f, d.tallest().times()[3 * 5 + 4], 0f);
		assertEquals(3, d.heights()[1 * 5 + 4]);
		assertEquals(0, d.heights()[3 * 5]);
		assertEquals(Deposit.COLLECTOR, d.top()[3 * 5]);
	}

	/** Puts Li at (x, y, z), deposited at t = 0.5 s. */
	private static void put(Lattice l, int x, int y, int z) {
		l.place(l.site(x, y, z), y * l.nx + x, x, y, z, 0.5f);
	}

	private static double[] measure(Lattice l, long arrivals) {
		double[] row = new double[Observer.COLUMNS];
		new Observer(l, SITE, 1.0).measure(0, 0, arrivals, row);
		assertEquals(arrivals, l.lithium, "Li conserved: the lattice holds what arrived");
		return row;
	}
}
