package org.lithos.sim;

/**
 * Which charts a study writes. Charts cost time and disk (a run's twelve PNG and SVG files take about as long to
 * write as a short run takes to simulate), so large sweeps keep to the study's own charts.
 */
public enum ChartLevel {
	/** No charts: result files, study.json and the report's tables only. */
	NONE,
	/** The study's charts across runs (its plot clauses, sweep charts), no per-run charts. */
	SUMMARY,
	/** The study's charts and every run's own charts. */
	ALL;

	/** Studies with more runs than this get {@link #SUMMARY} unless asked for more. */
	public static final int ALL_UP_TO = 50;

	/**
	 * @param runs a study's number of runs
	 * @return {@link #ALL} for small studies, {@link #SUMMARY} for large sweeps
	 */
	public static ChartLevel automatic(int runs) {
		return runs <= ALL_UP_TO ? ALL : SUMMARY;
	}

	/** @return whether runs get their own charts */
	public boolean perRun() {
		return this == ALL;
	}

	/** @return whether the study's charts across runs are drawn */
	public boolean summary() {
		return this != NONE;
	}
}
