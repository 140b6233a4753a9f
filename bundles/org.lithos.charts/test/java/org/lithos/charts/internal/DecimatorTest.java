package org.lithos.charts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class DecimatorTest {

	@Test
	void keepsFirstAndLastAndBoundsTheCount() {
		Random random = new Random(7);
		for (int n : new int[] { 5, 100, 5001, 12_345, 1_000_000 }) {
			double[] y = random.doubles(n).toArray();
			for (int max : new int[] { 4, 5, 100, 5000 }) {
				int[] kept = Decimator.keep(y, max);
				assertTrue(kept.length <= max, n + " -> " + kept.length + " > " + max);
				assertEquals(0, kept[0]);
				assertEquals(n - 1, kept[kept.length - 1]);
				for (int i = 1; i < kept.length; i++) {
					assertTrue(kept[i] > kept[i - 1], "increasing");
				}
				if (n > max) {
					assertTrue(kept.length >= max - 2, "uses the budget: " + kept.length + " of " + max);
				}
			}
		}
	}

	@Test
	void keepsExtremes() {
		double[] y = new double[100_000];
		y[40_000] = 5;
		y[70_001] = -3;
		int[] kept = Decimator.keep(y, 50);
		double[] picked = Decimator.pick(y, kept);
		assertEquals(5, java.util.Arrays.stream(picked).max().orElseThrow());
		assertEquals(-3, java.util.Arrays.stream(picked).min().orElseThrow());
	}

	@Test
	void fewPointsAreKeptAsTheyAre() {
		assertEquals(3, Decimator.keep(new double[] { 1, Double.NaN, 2 }, 10).length);
		assertEquals(0, Decimator.keep(new double[0], 10).length);
		assertThrows(IllegalArgumentException.class, () -> Decimator.keep(new double[10], 3));
	}
}
