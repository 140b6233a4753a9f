package org.lithos.solver.cell.internal;

import java.util.ArrayList;
import java.util.List;

import org.lithos.model.EventKind;

/** Events in time order, as plain records until the result is built. */
final class EventLog {

	/** One event. */
	record Entry(EventKind kind, int cycle, int step, double time, double capacity, String message) {
	}

	private final List<Entry> entries = new ArrayList<>();

	void add(EventKind kind, int cycle, int step, double time, double capacity, String message) {
		entries.add(new Entry(kind, cycle, step, time, capacity, message));
	}

	List<Entry> entries() {
		return entries;
	}
}
