package org.lithos.sim;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run a study.
 *
 * @param output  folder that receives one sub-folder per run
 * @param jobs    worker threads (1 or more)
 * @param timeout wall-clock limit per run, or null for none
 * @param seed    overrides every run's seed when not null
 * @param charts  whether to render PNG and SVG charts per run (costly in large sweeps)
 */
public record RunOptions(Path output, int jobs, Duration timeout, Long seed, boolean charts) {

	/** Options with charts. */
	public RunOptions(Path output, int jobs, Duration timeout, Long seed) {
		this(output, jobs, timeout, seed, true);
	}

	/** Validates the options. */
	public RunOptions {
		if (jobs < 1) {
			throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
		}
		if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
			throw new IllegalArgumentException("the timeout must be positive");
		}
	}
}
