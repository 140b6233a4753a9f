package org.lithos.ui.internal.charts;

import java.util.function.ToIntFunction;

/**
 * Run names shortened to the room a list gives them. A sweep's runs differ only at the end of their names
 * ("Cu_half+pressure=5MPa@j=0.1mA_cm2", "...@j=0.5mA_cm2"), so a name cut at its end leaves several rows alike; the
 * middle goes instead: the cell's name, an ellipsis, then as much of the end as fits.
 */
final class RunNames {

	/** What stands for the left-out middle. */
	static final String ELLIPSIS = "\u2026";
	/** The fewest letters of a cell's name worth keeping before the ellipsis. */
	private static final int MIN_HEAD = 2;

	private RunNames() {
	}

	/**
	 * @param name    a run's id, e.g. "Cu_half+pressure=5MPa@j=0.1mA_cm2"
	 * @param room    the width there is for it
	 * @param measure the width of a text, in the same unit
	 * @return the name when it fits, else its cell (the part before a run's overrides "+" and sweep point "@"), an
	 *         ellipsis and the longest end of the name that fits, e.g. "Cu_half…@j=0.1mA_cm2"; the cell's name itself
	 *         shortened to leave the sweep point whole ("MgW_h…@j=0.1mA_cm2"), or left out when not two letters of
	 *         it fit ("…j=0.1mA_cm2")
	 */
	static String fit(String name, int room, ToIntFunction<String> measure) {
		if (measure.applyAsInt(name) <= room) {
			return name;
		}
		String cell = name.substring(0, cellEnd(name));
		// the cell's name only while its sweep point (from the last "@", else the last "+") fits beside it
		int point = name.lastIndexOf('@') > 0 ? name.lastIndexOf('@') : name.lastIndexOf('+');
		String end = point > 0 ? name.substring(point) : name.substring(name.length() - 1);
		// as much of the cell's name as leaves the sweep point whole ("MgW_h…@j=0.1mA_cm2"), if more than a letter
		int keep = cell.length();
		while (keep > 0 && measure.applyAsInt(cell.substring(0, keep) + ELLIPSIS + end) > room) {
			keep--;
		}
		String head = keep >= MIN_HEAD ? cell.substring(0, keep) : "";
		int start = head.length() + 1;
		while (start < name.length() - 1
				&& measure.applyAsInt(head + ELLIPSIS + name.substring(start)) > room) {
			start++;
		}
		return head + ELLIPSIS + name.substring(start);
	}

	/** @return the text when it fits, else its longest start that fits with an ellipsis after it */
	static String fitEnd(String text, int room, ToIntFunction<String> measure) {
		if (measure.applyAsInt(text) <= room) {
			return text;
		}
		int keep = text.length();
		while (keep > 0 && measure.applyAsInt(text.substring(0, keep) + ELLIPSIS) > room) {
			keep--;
		}
		return text.substring(0, keep) + ELLIPSIS;
	}

	/**
	 * @return the text when it fits, else its start and end around an ellipsis (a file name keeps its ".cell"),
	 *         as much of both as fits
	 */
	static String fitMiddle(String text, int room, ToIntFunction<String> measure) {
		if (measure.applyAsInt(text) <= room) {
			return text;
		}
		int head = text.length() / 2;
		int tail = text.length() - head;
		while (head + tail > 0 && measure.applyAsInt(text.substring(0, head) + ELLIPSIS
				+ text.substring(text.length() - tail)) > room) {
			if (head >= tail) {
				head--;
			} else {
				tail--;
			}
		}
		return text.substring(0, head) + ELLIPSIS + text.substring(text.length() - tail);
	}

	private static int cellEnd(String name) {
		int end = name.length();
		for (char mark : new char[] { '+', '@' }) {
			int at = name.indexOf(mark);
			if (at > 0) {
				end = Math.min(end, at);
			}
		}
		return end;
	}
}
