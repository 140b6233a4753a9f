package org.lithos.solver.cell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Series decimation keeps memory bounded per step and keeps each step's first and last point. */
class SeriesBufferTest {

	@Test
	void longStepIsDecimated() {
		SeriesBuffer b = new SeriesBuffer();
		b.beginStep(0);
		for (int i = 0; i < 10_000; i++) {
			b.add(i, -i, 1, i, 1, 0, 0);
		}
		b.endStep();
		b.beginStep(1);
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
		double[] step = b.column(SeriesBuffer.STEP);
		assertEquals(0, step[first - 1], "each point carries its step");
		assertEquals(1, step[first], "each point carries its step");
	}

	/**
	 * Issue 14, defect 7: 100,000 short cycles (200,000 steps) ran out of a 2 GB heap because only each step was
	 * bounded. The whole run is bounded too: past {@link SeriesBuffer#MAX_ROWS} rows every second row goes, and
	 * every step keeps its last point, in time order.
	 */
	@Test
	void theWholeRunIsBoundedToo() {
		SeriesBuffer b = new SeriesBuffer();
		int steps = 200_000;
		for (int s = 0; s < steps; s++) {
			b.beginStep(s);
			for (int i = 0; i < 40; i++) {
				b.add(s * 100.0 + i, 3.0, 1, i, s / 2 + 1, 0, 0);
			}
			b.endStep();
		}
		double[] t = b.column(SeriesBuffer.TIME);
		assertTrue(t.length <= SeriesBuffer.MAX_ROWS, "rows kept: " + t.length);
		assertTrue(t.length >= SeriesBuffer.MAX_ROWS / 4, "still a usable series: " + t.length);
		assertEquals(0, t[0], "first point kept");
		assertEquals((steps - 1) * 100.0 + 39, t[t.length - 1], "last point kept");
		double[] step = b.column(SeriesBuffer.STEP);
		for (int i = 1; i < t.length; i++) {
			assertTrue(t[i] > t[i - 1], "time order at row " + i);
			assertEquals((int) (t[i] / 100), step[i], "a thinned row keeps its own step, row " + i);
		}
		assertTrue(SeriesBuffer.MAX_ROWS * (long) SeriesBuffer.COLUMNS * Double.BYTES <= 80L << 20,
				"the bound the README states: at most ~80 MB of series per run");
	}
}
