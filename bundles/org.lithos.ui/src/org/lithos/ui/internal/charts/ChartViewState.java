package org.lithos.ui.internal.charts;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.ui.IMemento;

/**
 * What the chart view shows, kept across restarts in the view's memento: the study (by its results folder), the
 * chart, the cycles typed for voltage against capacity and the ticked runs. A researcher who closes the studio with
 * a chart on show finds it again, not the "No results to chart yet" of an empty view.
 *
 * @param study  the study's results folder
 * @param chart  the chart on show, null when none
 * @param cycles the cycles as typed
 * @param ticked the ids of the ticked runs
 */
record ChartViewState(Path study, ChartChoice chart, String cycles, List<String> ticked) {

	private static final String STUDY = "study";
	private static final String CHART = "chart";
	private static final String CYCLES = "cycles";
	private static final String TICKED = "ticked";
	/** Between run ids in the memento: a run id never holds a line break. */
	private static final String SEPARATOR = "\n";

	/**
	 * @param memento the view's memento, null on the view's first start
	 * @return the state it holds, empty when none (or one written by another version)
	 */
	static Optional<ChartViewState> of(IMemento memento) {
		String study = memento == null ? null : memento.getString(STUDY);
		if (study == null) {
			return Optional.empty();
		}
		ChartChoice chart = null;
		try {
			String name = memento.getString(CHART);
			chart = name == null ? null : ChartChoice.valueOf(name);
		} catch (IllegalArgumentException e) {
			// a chart this version does not know: the study's own choice
		}
		String cycles = Optional.ofNullable(memento.getString(CYCLES)).orElse("");
		String ticked = Optional.ofNullable(memento.getString(TICKED)).orElse("");
		return Optional.of(new ChartViewState(Path.of(study), chart, cycles,
				ticked.isEmpty() ? List.of() : Arrays.asList(ticked.split(SEPARATOR))));
	}

	/** @param memento where the view keeps this state */
	void save(IMemento memento) {
		memento.putString(STUDY, study.toString());
		if (chart != null) {
			memento.putString(CHART, chart.name());
		}
		memento.putString(CYCLES, cycles);
		memento.putString(TICKED, String.join(SEPARATOR, ticked));
	}
}
