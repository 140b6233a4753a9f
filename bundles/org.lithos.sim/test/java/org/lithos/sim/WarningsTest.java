package org.lithos.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lithos.model.Event;
import org.lithos.model.EventKind;
import org.lithos.model.LithosFactory;
import org.lithos.model.SimulationResult;

/** Warnings of a study: once per text, with the number of runs that gave it; other events and failed runs ignored. */
class WarningsTest {

	private static final LithosFactory F = LithosFactory.eINSTANCE;

	private static RunOutcome run(String id, String... warnings) {
		SimulationResult result = F.createSimulationResult();
		for (String w : warnings) {
			Event e = F.createEvent();
			e.setKind(EventKind.WARNING);
			e.setMessage(w);
			result.getEvents().add(e);
		}
		Event cutoff = F.createEvent();
		cutoff.setKind(EventKind.CUTOFF);
		cutoff.setMessage("reached 0.2 V");
		result.getEvents().add(cutoff);
		return new RunOutcome(id, RunOutcome.State.FINISHED, "done", result, null, 0);
	}

	@Test
	void collectsEachTextOnceWithItsRunCount() {
		RunOutcome failed = new RunOutcome("c", RunOutcome.State.FAILED, "diverged", null, null, 0);
		Map<String, Integer> w = Warnings.of(List.of(run("a", "counter diameter", "no temperature", "counter diameter"),
				run("b", "counter diameter"), failed));
		assertEquals(List.of("counter diameter", "no temperature"), List.copyOf(w.keySet()));
		assertEquals(2, w.get("counter diameter"));
		assertEquals(1, w.get("no temperature"));
	}
}
