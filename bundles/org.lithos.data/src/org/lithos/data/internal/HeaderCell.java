package org.lithos.data.internal;

import java.util.Locale;

/**
 * A column header split into its name and unit. Cyclers write the unit in one of four ways: {@code Voltage / V}
 * (Battery Data Format), {@code Current(A)} or {@code Total Time (Hours in hh:mm:ss.xxx)} (Neware, Arbin, PEC),
 * {@code Cap. [Ah]} (Maccor) and {@code I/mA} (BioLogic, Land). A header without one has an empty unit.
 *
 * @param text the header as written
 * @param name the name without the unit, e.g. {@code Current}
 * @param unit the unit as written, e.g. {@code mA}; empty when there is none
 */
public record HeaderCell(String text, String name, String unit) {

	/**
	 * @param text a header cell
	 * @return its name and unit
	 */
	public static HeaderCell parse(String text) {
		String t = text.strip();
		if (t.endsWith(")") && t.lastIndexOf('(') > 0) {
			int open = t.lastIndexOf('(');
			return new HeaderCell(t, t.substring(0, open).strip(), t.substring(open + 1, t.length() - 1).strip());
		}
		if (t.endsWith("]") && t.lastIndexOf('[') > 0) {
			int open = t.lastIndexOf('[');
			return new HeaderCell(t, t.substring(0, open).strip(), t.substring(open + 1, t.length() - 1).strip());
		}
		int spaced = t.lastIndexOf(" / ");
		if (spaced > 0) {
			return new HeaderCell(t, t.substring(0, spaced).strip(), t.substring(spaced + 3).strip());
		}
		int slash = t.lastIndexOf('/');
		if (slash > 0 && slash < t.length() - 1 && ColumnUnit.isKnown(t.substring(slash + 1))) {
			return new HeaderCell(t, t.substring(0, slash).strip(), t.substring(slash + 1).strip());
		}
		return new HeaderCell(t, t, "");
	}

	/**
	 * @return the name as compared with a layout's column names: lower case, underscores and runs of blanks as one
	 *         space, so that {@code Test_Time} and {@code test  time} match
	 */
	public String key() {
		return key(name);
	}

	/**
	 * @param name a column name
	 * @return it as {@link #key()} compares it
	 */
	public static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip();
	}
}
