package org.lithos.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lithos.model.Event;
import org.lithos.model.EventKind;

/**
 * The warnings solvers attach to their results (assumed defaults, inputs a model does not use), collected over the
 * runs of a study once per text: a sweep of a thousand designs would otherwise repeat one line a thousand times.
 */
public final class Warnings {

	private Warnings() {
	}

	/**
	 * @param outcomes runs of a study (those without a result are skipped)
	 * @return each distinct warning text, in order of first appearance, with the number of runs that gave it
	 */
	public static Map<String, Integer> of(List<RunOutcome> outcomes) {
		Map<String, Integer> warnings = new LinkedHashMap<>();
		for (RunOutcome outcome : outcomes) {
			if (outcome.result() != null) {
				outcome.result().getEvents().stream().filter(e -> e.getKind() == EventKind.WARNING).map(Event::getMessage)
						.distinct().forEach(m -> warnings.merge(m, 1, Integer::sum));
			}
		}
		return warnings;
	}
}
