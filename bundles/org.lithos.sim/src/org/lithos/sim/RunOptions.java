package org.lithos.sim;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run a study.
 *
 * @param output  the study's folder (see {@link org.lithos.sim.store.StudyFolder} for what it holds afterwards)
 * @param jobs    worker threads (1 or more)
 * @param timeout wall-clock limit per run, or null for none
 * @param seed    overrides every run's seed when not null
 * @param charts  which charts to draw
 */
public record RunOptions(Path output, int jobs, Duration timeout, Long seed, ChartLevel charts) {

	/** Options with every chart. */
	public RunOptions(Path output, int jobs, Duration timeout, Long seed) {
		this(output, jobs, timeout, seed, ChartLevel.ALL);
	}

	/** Options with every chart or none. */
	public RunOptions(Path output, int jobs, Duration timeout, Long seed, boolean charts) {
		this(output, jobs, timeout, seed, charts ? ChartLevel.ALL : ChartLevel.NONE);
	}

	/** Validates the options. */
	public RunOptions {
		if (jobs < 1) {
			throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
		}
		if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
			throw new IllegalArgumentException("the timeout must be positive");
		}
		if (charts == null) {
			charts = ChartLevel.ALL;
		}
	}

	/** @return these options for another study folder */
	public RunOptions withOutput(Path folder) {
		return new RunOptions(folder, jobs, timeout, seed, charts);
	}

	/** @return these options with another chart level */
	public RunOptions withCharts(ChartLevel level) {
		return new RunOptions(output, jobs, timeout, seed, level);
	}
}
