package org.lithos.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median wall time of a task after warm-up, for {@code lithos bench}. */
final class Timing {

	/** A task that may fail with a checked exception. */
	@FunctionalInterface
	interface Task<E extends Exception> {
		void run() throws E;
	}

	private Timing() {
	}

	/**
	 * @param warmup runs before measuring (JIT, caches)
	 * @param repeat measured runs
	 * @param task   what to time
	 * @return the median in milliseconds
	 */
	static <E extends Exception> double medianMillis(int warmup, int repeat, Task<E> task) throws E {
		for (int i = 0; i < warmup; i++) {
			task.run();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < repeat; i++) {
			long start = System.nanoTime();
			task.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(times);
		return times.get(times.size() / 2);
	}
}
