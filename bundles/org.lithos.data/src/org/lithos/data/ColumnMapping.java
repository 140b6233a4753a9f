package org.lithos.data;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which columns of a CSV file hold what, for files of no known cycler: written as
 * {@code time=Zeit/s; voltage=U [V]; current=I (mA); cycle=Zyklus}, each value a header as the file writes it, with
 * its unit in any of the usual forms (a header without one is read in SI: s, V, A, and Ah for capacities). Keys:
 * {@code time}, {@code voltage}, {@code current} (required), {@code step capacity}, {@code charge capacity},
 * {@code discharge capacity}, {@code net charge}, {@code cycle}, {@code step}, {@code mode}; and
 * {@code sign=charge negative} for files that write charging current as negative.
 */
public final class ColumnMapping {

	/** The keys a mapping may use, each naming what a column holds. */
	public static final java.util.List<String> KEYS = java.util.List.of("time", "voltage", "current",
			"step capacity", "charge capacity", "discharge capacity", "net charge", "cycle", "step", "mode");
	private static final String SIGN = "sign";
	private static final String CHARGE_NEGATIVE = "charge negative";

	private final Map<String, String> columns;
	private final boolean chargeNegative;

	private ColumnMapping(Map<String, String> columns, boolean chargeNegative) {
		this.columns = Map.copyOf(columns);
		this.chargeNegative = chargeNegative;
	}

	/**
	 * @param text the mapping, e.g. {@code time=t/h; voltage=U/V; current=I/mA}
	 * @return the mapping
	 * @throws IllegalArgumentException for an unknown key, an entry without {@code =}, or a missing time, voltage or
	 *                                  current
	 */
	public static ColumnMapping parse(String text) {
		Map<String, String> columns = new LinkedHashMap<>();
		boolean chargeNegative = false;
		for (String entry : text.split(";")) {
			if (entry.isBlank()) {
				continue;
			}
			int eq = entry.indexOf('=');
			if (eq < 0) {
				throw new IllegalArgumentException("'" + entry.strip() + "' is not KEY=COLUMN");
			}
			String key = entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
			String value = entry.substring(eq + 1).strip();
			if (key.equals(SIGN)) {
				chargeNegative = value.equalsIgnoreCase(CHARGE_NEGATIVE);
			} else if (KEYS.contains(key)) {
				columns.put(key, value);
			} else {
				throw new IllegalArgumentException("unknown key '" + key + "'; known: " + KEYS + " and " + SIGN);
			}
		}
		for (String key : KEYS.subList(0, 3)) {
			if (!columns.containsKey(key)) {
				throw new IllegalArgumentException("the mapping names no " + key + " column");
			}
		}
		return new ColumnMapping(columns, chargeNegative);
	}

	/** @return the header of each mapped key, e.g. {@code voltage -> U/V} */
	public Map<String, String> columns() {
		return columns;
	}

	/** @return whether the file writes charging current as negative */
	public boolean chargeNegative() {
		return chargeNegative;
	}
}
