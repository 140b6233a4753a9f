package org.lithos.data.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lithos.units.Dimension;
import org.lithos.units.Unit;
import org.lithos.units.UnitException;
import org.lithos.units.Units;

/**
 * The unit of a cycler column, read with the project's unit parser after mapping the spellings cyclers use that it
 * does not know ({@code mA.h}, {@code Sec}, {@code Hours in hh:mm:ss.xxx}). A column whose values are clock times
 * ({@code hh:mm:ss}) has the unit {@link #CLOCK}: its values are durations read by {@link Numbers#duration}.
 */
public final class ColumnUnit {

	/** The unit word of columns written as {@code hh:mm:ss}. */
	public static final String CLOCK = "hh:mm:ss";

	private static final Map<String, String> SPELLINGS = Map.ofEntries(Map.entry("sec", "s"),
			Map.entry("second", "s"), Map.entry("seconds", "s"), Map.entry("hr", "h"), Map.entry("hour", "h"),
			Map.entry("hours", "h"), Map.entry("minutes", "min"), Map.entry("a.h", "Ah"), Map.entry("ma.h", "mAh"),
			Map.entry("µa.h", "uAh"), Map.entry("ua.h", "uAh"), Map.entry("µah", "uAh"), Map.entry("µa", "uA"),
			Map.entry("ah", "Ah"), Map.entry("mah", "mAh"), Map.entry("ma", "mA"), Map.entry("a", "A"),
			Map.entry("v", "V"), Map.entry("mv", "mV"));

	private ColumnUnit() {
	}

	/**
	 * @param written a unit as a header writes it
	 * @return whether it reads as a unit (or a clock) at all
	 */
	public static boolean isKnown(String written) {
		return isClock(written) || Units.find(symbol(written)).isPresent();
	}

	/**
	 * @param written a unit as a header writes it
	 * @return whether the column's values are {@code hh:mm:ss} durations
	 */
	public static boolean isClock(String written) {
		String w = written.toLowerCase(Locale.ROOT);
		return w.contains("hh:mm") || w.contains("h:min") || w.contains("h:m:s");
	}

	/**
	 * @param written  a unit as a header writes it, not empty
	 * @param expected the dimension the column must have
	 * @return the unit, if it reads as one of that dimension
	 */
	public static Optional<Unit> of(String written, Dimension expected) {
		try {
			return Optional.of(Units.parse(symbol(written), expected));
		} catch (UnitException e) {
			return Optional.empty();
		}
	}

	private static String symbol(String written) {
		String w = written.strip();
		return SPELLINGS.getOrDefault(w.toLowerCase(Locale.ROOT), w.replace("µ", "u"));
	}
}
