package org.lithos.data.internal;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as cycler files write them: a decimal point or, in files written on a European locale, a decimal comma;
 * durations as {@code hh:mm:ss(.fff)} with hours past 24, optionally after days ({@code 1-02:03:04} or
 * {@code 1 d 02:03:04}).
 */
public final class Numbers {

	private static final Pattern DURATION = Pattern
			.compile("(?:(\\d+)\\s*(?:-|d|\\.|\\s)\\s*)?(\\d+):(\\d{1,2}):(\\d{1,2}(?:[.,]\\d*)?)");

	private Numbers() {
	}

	/**
	 * @param text a cell
	 * @return its number; empty when it is not one
	 */
	public static OptionalDouble number(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return OptionalDouble.empty();
		}
		if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
			t = t.replace(',', '.');
		}
		try {
			double value = Double.parseDouble(t);
			return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
		} catch (NumberFormatException e) {
			return OptionalDouble.empty();
		}
	}

	/**
	 * @param text a cell such as {@code 19:28:58.237} or {@code 1-02:00:00}
	 * @return the duration, s; empty when the cell is not one
	 */
	public static OptionalDouble duration(String text) {
		Matcher m = DURATION.matcher(text.strip());
		if (!m.matches()) {
			return OptionalDouble.empty();
		}
		double days = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
		double seconds = Double.parseDouble(m.group(4).replace(',', '.'));
		return OptionalDouble.of(((days * 24 + Double.parseDouble(m.group(2))) * 60
				+ Double.parseDouble(m.group(3))) * 60 + seconds);
	}
}
