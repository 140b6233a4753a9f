package org.lithos.solver.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lithos.model.SimulationResult;
import org.lithos.solver.api.ProgressMonitor;

/**
 * Cathode rate capability (docs/physics.md, cathode): the surface of the active particles leads their mean
 * lithiation by R^2 / (15 D) x j / Q, so a discharge at a higher current meets the lithiation limit earlier and
 * delivers about tau x (j_fast - j_slow) less charge, tau = R^2 / (15 D); ionic transport through a thick composite
 * adds a polarisation that grows with the loading.
 */
class CathodeRateTest {

	/** NMC811 of the library: 5.22 um radius, 4e-15 m2/s (Chen et al. 2020), 4780 kg/m3. */
	private static final double SIZE = 10.44e-6, D = 4e-15, DENSITY = 4780;
	private static final double SLOW = 1.0, FAST = 20.0; // 0.1C and 2C of 1 mAh/cm2, A/m2
	private static final double CATHODE_LI = TestCells.MAH_CM2 / 720000.0 / 0.09728 * 96485.33212;

	/** @return discharge capacity of the second cycle, charged at 0.1C both times and discharged at the given current */
	private static double secondDischarge(double size, double jDischarge) throws Exception {
		TestCells t = TestCells.full("rate").cycle(SLOW, SLOW, 4.3, 2.8).cycle(SLOW, jDischarge, 4.3, 2.8);
		if (size > 0) {
			t.cathodeParticles(size, D, DENSITY);
		}
		SimulationResult r = new CellSolver().solve(t.build(), ProgressMonitor.NULL);
		Checks.assertConserved(r, CATHODE_LI);
		return r.getCycles().get(1).getDischargeCapacity();
	}

	@Test
	void dischargeCapacityFallsWithRateByTheParticlesDiffusionLead() throws Exception {
		double lostWithout = secondDischarge(0, SLOW) - secondDischarge(0, FAST);
		double lostWith = secondDischarge(SIZE, SLOW) - secondDischarge(SIZE, FAST);
		double r = SIZE / 2;
		double lead = r * r / (15 * D) * (FAST - SLOW);
		assertTrue(lead > 0.1 * TestCells.MAH_CM2, "a lead that matters at 2C: " + lead);
		// what the diffusion adds to the loss at 2C is the surface lead in charge units
		assertEquals(lead, lostWith - lostWithout, 0.25 * lead, "without " + lostWithout + ", with " + lostWith);
	}

	@Test
	void smallerParticlesLoseLessAsTheirRadiusSquared() throws Exception {
		double coarse = secondDischarge(SIZE, SLOW) - secondDischarge(SIZE, FAST);
		double fine = secondDischarge(SIZE / 2, SLOW) - secondDischarge(SIZE / 2, FAST);
		double none = secondDischarge(0, SLOW) - secondDischarge(0, FAST);
		assertEquals(4, (coarse - none) / (fine - none), 1.0, "coarse " + coarse + ", fine " + fine + ", none " + none);
	}

	/**
	 * A composite ten times as thick at the same C-rate carries ten times the current through ten times the ionic
	 * resistance L / (3 sigma_eff): it polarises a hundred times more and delivers less per gram.
	 */
	@Test
	void aThickCompositeDeliversLessPerGramAtTheSameRate() throws Exception {
		double[] specific = new double[2];
		double[] loadings = { 1, 10 };
		double seOxidation = Calibration.defaults().value("cathode.seOxidation");
		for (int i = 0; i < 2; i++) {
			double q = loadings[i];
			TestCells t = TestCells.full("thick" + q).mixElectrolyte(7, 3).cathodeParticles(SIZE, D, DENSITY)
					.arealCapacity(q * TestCells.MAH_CM2);
			double loading = q * TestCells.MAH_CM2 / 720000.0;
			SimulationResult r = new CellSolver().solve(t.cycle(q * SLOW, q * SLOW, 4.3, 2.8).build(), ProgressMonitor.NULL);
			// the electrolyte in the composite releases its Li on the first charge
			Checks.assertConserved(r, q * CATHODE_LI + loading * 3 / 7 * seOxidation);
			specific[i] = r.getCycles().get(0).getSpecificDischargeCapacity();
		}
		assertTrue(specific[1] < 0.97 * specific[0], specific[0] + " -> " + specific[1]);
	}
}
