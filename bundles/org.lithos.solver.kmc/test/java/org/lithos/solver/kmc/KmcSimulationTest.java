package org.lithos.solver.kmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lithos.solver.api.ProgressMonitor;

/** Conservation, determinism, budgets and refusals of {@link KmcSimulation}. */
class KmcSimulationTest {

	@Test
	void liIsConservedInTwoAndThreeDimensions() {
		KmcParameters p3 = Runs.fast(32, Runs.LI, 1.5, 3);
		KmcResult r3 = Runs.run(p3);
		assertEquals(KmcStatus.COMPLETED, r3.status(), r3.message());
		assertEquals((long) Math.ceil(1.5 * 32 * 32 - 1e-9), r3.arrivals(), "1.5 layers of 32 x 32 sites");
		KmcParameters p2 = Runs.fast(32, Runs.CU, 3, 3).with2D(128, 40);
		KmcResult r2 = Runs.run(p2);
		assertEquals(KmcStatus.COMPLETED, r2.status(), r2.message());
		assertEquals(1, r2.deposits().get(0).ny());
		assertEquals(128 * 40, r2.deposits().get(0).section().length);
		// the series is monotone where it must be
		KmcSeries s = r2.series();
		for (int i = 1; i < s.size(); i++) {
			assertTrue(s.time()[i] >= s.time()[i - 1] && s.charge()[i] >= s.charge()[i - 1]
					&& s.events()[i] >= s.events()[i - 1]);
			assertTrue(s.coverage()[i] >= 0 && s.coverage()[i] <= 1 && s.porosity()[i] >= 0
					&& s.porosity()[i] < 1);
			assertTrue(s.tipHeight()[i] >= s.meanHeight()[i]);
		}
		// time follows the current: t = Q / j within the statistics of a few thousand arrivals
		double q = s.charge()[s.last()];
		assertEquals(q / p2.currentDensity(), s.time()[s.last()], 0.1 * q / p2.currentDensity());
	}

	@Test
	void sameSeedSameRunBitForBitAndAnotherSeedDiffers() {
		KmcParameters p = Runs.fast(24, Runs.CU, 1.0, 42);
		KmcResult a = Runs.run(p);
		KmcResult b = Runs.run(p);
		KmcResult c = Runs.run(p.withSeed(43));
		assertEquals(a.events(), b.events());
		for (var pair : new double[][][] { { a.series().time(), b.series().time() },
				{ a.series().coverage(), b.series().coverage() }, { a.series().roughness(), b.series().roughness() },
				{ a.series().particles(), b.series().particles() },
				{ a.series().particleSize(), b.series().particleSize() },
				{ a.series().porosity(), b.series().porosity() } }) {
			assertArrayEquals(pair[0], pair[1]);
		}
		assertEquals(a.deposits().size(), b.deposits().size());
		for (int i = 0; i < a.deposits().size(); i++) {
			Deposit x = a.deposits().get(i);
			Deposit y = b.deposits().get(i);
			assertArrayEquals(x.section(), y.section());
			assertArrayEquals(x.sectionTime(), y.sectionTime());
			assertArrayEquals(x.heights(), y.heights());
			assertArrayEquals(x.top(), y.top());
			assertEquals(x.time(), y.time());
		}
		assertFalse(a.events() == c.events() && Arrays.equals(a.series().time(), c.series().time())
				&& Arrays.equals(a.deposits().get(0).heights(), c.deposits().get(0).heights()),
				"another seed gives another run");
	}

	@Test
	void budgetsStopTheRunCleanlyAndSaySo() {
		KmcParameters p = Runs.fast(24, Runs.CU, 2.0, 1);
		KmcResult events = Runs.run(p.withBudget(500, p.chargeTarget(), Double.POSITIVE_INFINITY));
		assertEquals(KmcStatus.EVENT_BUDGET, events.status());
		assertEquals(500, events.events());
		assertTrue(events.message().contains("event budget"), events.message());
		assertFalse(events.deposits().isEmpty(), "a picture of the deposit where it stopped");

		KmcResult time = Runs.run(p.withBudget(p.eventBudget(), p.chargeTarget(), 0.05));
		assertEquals(KmcStatus.TIME_LIMIT, time.status());
		assertEquals(0.05, time.series().time()[time.series().last()], 0.0);
		assertTrue(time.message().contains("time limit"), time.message());

		KmcResult full = Runs.run(p.with3D(16, 16, 4).withBudget(p.eventBudget(), 1e6, Double.POSITIVE_INFINITY));
		assertEquals(KmcStatus.LATTICE_FULL, full.status(), full.message());

		ProgressMonitor cancel = ProgressMonitor.CANCELLED;
		KmcParameters slow = Runs.fast(24, Runs.CU, 50, 1).withDiffusion(0.1 * Runs.EV, p.bondEnergy(),
				p.attemptFrequency());
		KmcResult cancelled = new KmcSimulation(slow).run(cancel);
		Runs.conserved(cancelled, slow);
		assertEquals(KmcStatus.CANCELLED, cancelled.status());
		assertTrue(cancelled.events() <= 1 << 16, "cancelled at the first check");
	}

	@Test
	void aLatticeTooLargeForTheHeapIsRefusedWithTheLargestThatFits() {
		KmcParameters p = KmcParameters.defaults().with3D(512, 512, 4096);
		long heap = 1L << 30;
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> KmcSimulation.checkMemory(p, heap));
		Matcher m = Pattern.compile("largest that fits is 512 x 512 x (\\d+)").matcher(e.getMessage());
		assertTrue(m.find(), e.getMessage());
		int nz = Integer.parseInt(m.group(1));
		assertTrue(nz >= 3 && nz < 4096, e.getMessage());
		KmcSimulation.checkMemory(p.with3D(512, 512, nz), heap); // fits
		assertThrows(IllegalArgumentException.class, () -> KmcSimulation.checkMemory(p.with3D(512, 512, nz + 1), heap));
		// beyond int indexing: refused whatever the heap, by the constructor itself
		IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
				() -> new KmcSimulation(p.with3D(4096, 4096, 4096)));
		assertTrue(huge.getMessage().contains("largest that fits"), huge.getMessage());
	}

	@Test
	void nanAndNegativeRatesAreRejectedNamingTheParameter() {
		KmcParameters d = KmcParameters.defaults();
		String[] names = { "currentDensity", "temperature", "diffusionBarrier", "attemptFrequency", "bondEnergy",
				"siteSize", "substrateBinding" };
		Runnable[] bad = { () -> d.withCurrentDensity(Double.NaN), () -> d.withTemperature(-1),
				() -> d.withDiffusion(-0.1, d.bondEnergy(), d.attemptFrequency()),
				() -> d.withDiffusion(d.diffusionBarrier(), d.bondEnergy(), Double.NaN),
				() -> d.withDiffusion(d.diffusionBarrier(), -1, d.attemptFrequency()), () -> d.withSiteSize(0),
				() -> d.withBinding(Double.NaN, d.lithiumBinding(), false) };
		for (int i = 0; i < bad.length; i++) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad[i]::run, names[i]);
			assertTrue(e.getMessage().startsWith(names[i]), e.getMessage());
		}
		assertThrows(IllegalArgumentException.class, () -> d.withCurrentDensity(-10));
		assertThrows(IllegalArgumentException.class, () -> d.withBudget(-1, 1, 1));
	}
}
