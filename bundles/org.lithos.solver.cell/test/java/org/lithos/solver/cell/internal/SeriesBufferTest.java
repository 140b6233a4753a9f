package org.lithos.solver.cell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Series decimation keeps memory bounded per step and keeps each step's first and last point. */
class SeriesBufferTest {

	@Test
	void longStepIsDecimated() {
		SeriesBuffer b = new SeriesBuffer();
		b.beginStep();
		for (int i = 0; i < 10_000; i++) {
			b.add(i, -i, 1, i, 1, 0, 0);
		}
		b.endStep();
		b.beginStep();
		for (int i = 0; i < 10; i++) {
			b.add(20_000 + i, 0, -1, i, 1, 0, 0);
		}
		b.endStep();
		double[] t = b.column(SeriesBuffer.TIME);
		int first = (int) java.util.Arrays.stream(t).filter(x -> x < 20_000).count();
		assertTrue(first <= Defaults.MAX_POINTS_PER_STEP + 1, "points kept: " + first);
		assertTrue(first >= Defaults.MAX_POINTS_PER_STEP / 2, "points kept: " + first);
		assertEquals(0, t[0]);
		assertEquals(9_999, t[first - 1], "last point of the long step");
		assertEquals(first + 10, t.length, "short step kept whole");
		for (int i = 1; i < t.length; i++) {
			assertTrue(t[i] > t[i - 1]);
		}
	}
}
