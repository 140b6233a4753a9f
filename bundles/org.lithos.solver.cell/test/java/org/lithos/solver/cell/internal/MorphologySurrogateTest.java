package org.lithos.solver.cell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.solver.cell.internal.MorphologySurrogate.Morphology;

/** The KMC surrogate table: bilinear interpolation in log10 ratio and log10 j, clamping, the shipped table. */
class MorphologySurrogateTest {

	private static final double EV = 1.602176634e-19;

	private static final String TABLE = """
			# Lithos morphology surrogate (test)
			# alpha: 0.5
			# deposit: 5 dense monolayers = 5.0E-8 m of Li
			log10_ratio,current_density,coverage,porosity,roughness,tip_height,mean_height,morphology,events
			-2.0,1.0,0.2,0.1,1e-9,2e-8,1e-8,porous,5
			-2.0,100.0,0.4,0.3,3e-9,4e-8,1e-8,porous,5
			2.0,1.0,1.0,0.0,1e-10,1e-8,1e-8,dense,5
			2.0,100.0,0.8,0.0,5e-9,1e-8,1e-8,dendritic,5
			""";

	@Test
	void interpolatesBilinearlyInLogRatioAndLogCurrent() {
		MorphologySurrogate s = MorphologySurrogate.parse(TABLE);
		assertEquals(0.6, s.at(0, 10).coverage(), 1e-12);
		assertEquals(0.1, s.at(0, 10).porosity(), 1e-12);
		assertEquals(0.6, s.at(0, 1).coverage(), 1e-12);
		assertEquals(0.3, s.at(-2, 10).coverage(), 1e-12);
		assertEquals(0.2 + 0.25 * 0.8, s.at(-1, 1).coverage(), 1e-12);
		// the class is the nearest grid point's
		assertEquals(Morphology.POROUS, s.at(-1, 1).morphology());
		assertEquals(Morphology.DENSE, s.at(1, 1).morphology());
		assertEquals(Morphology.DENDRITIC, s.at(1, 50).morphology());
		assertEquals(0.5, s.alpha());
		assertEquals(5e-8, s.depositThickness());
	}

	@Test
	void clampsOutsideTheGrid() {
		MorphologySurrogate s = MorphologySurrogate.parse(TABLE);
		assertEquals(0.2, s.at(-9, 0.01).coverage(), 1e-12);
		assertEquals(0.8, s.at(7, 1e4).coverage(), 1e-12);
		assertEquals(1.0, s.at(30, 0.5).coverage(), 1e-12);
		assertEquals(0.4, s.at(-30, 1e6).coverage(), 1e-12);
	}

	@Test
	void incompleteOrMalformedTablesAreRefused() {
		String missing = TABLE.replace("2.0,100.0,0.8,0.0,5e-9,1e-8,1e-8,dendritic,5\n", "");
		assertThrows(IllegalArgumentException.class, () -> MorphologySurrogate.parse(missing));
		assertThrows(IllegalArgumentException.class,
				() -> MorphologySurrogate.parse(TABLE.replace("dendritic", "spongy")));
		assertThrows(IllegalArgumentException.class, () -> MorphologySurrogate.parse("# nothing\nnames\n"));
	}

	@Test
	void shippedTableSeparatesLithiophobicFromLithiophilicSurfaces() {
		MorphologySurrogate s = MorphologySurrogate.shipped();
		double cu = s.log10Ratio(-0.570 * EV, 0.168 * EV, 298.15);
		double li2te = s.log10Ratio(0.535 * EV, 0.168 * EV, 298.15);
		assertEquals(-6.24, cu, 0.01);
		assertEquals(3.10, li2te, 0.01);
		for (double j : new double[] { 1, 10, 100 }) {
			MorphologySurrogate.Point phobic = s.at(cu, j);
			MorphologySurrogate.Point philic = s.at(li2te, j);
			assertTrue(phobic.coverage() < 0.5 && philic.coverage() > 0.95, phobic + " vs " + philic);
			assertEquals(Morphology.DENSE, philic.morphology());
			assertTrue(phobic.morphology() != Morphology.DENSE, phobic.toString());
		}
		// coverage does not fall as the substrate binds Li more strongly
		for (double r = -8; r < 4; r += 0.25) {
			assertTrue(s.at(r + 0.25, 10).coverage() >= s.at(r, 10).coverage() - 0.05, "at " + r);
		}
	}
}
