package org.lithos.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit symbols as a reader expects them in print. The cell language, the command line and the CSV files write units
 * in ASCII ("mAh/cm2", "um", "ohm cm2"), so that they can be typed and read by scripts; a chart's axes, captions and
 * tooltips are read by people, and a battery researcher reads "mAh/cm²", "µm" and "Ω cm²".
 */
public final class UnitText {

	/** A unit factor: a prefixed symbol and an optional power ("cm2", "cm^2", "s^-1"). */
	private static final Pattern FACTOR = Pattern.compile("(?<![A-Za-z0-9^])([A-Za-zµμ]+)(?:\\^?(-?[0-9]+))?(?![A-Za-z0-9])");
	private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private UnitText() {
	}

	/**
	 * @param symbol a unit symbol as the language writes it, e.g. "mAh/cm2", "um", "ohm cm2", "s^-1", "degC"
	 * @return the symbol as printed: powers as superscripts, micro as µ, ohm as Ω, degrees Celsius as °C
	 *         ("mAh/cm²", "µm", "Ω cm²", "s⁻¹", "°C"); words that are no unit symbols are left as they are
	 */
	public static String typeset(String symbol) {
		if (symbol == null || symbol.isEmpty()) {
			return symbol;
		}
		Matcher m = FACTOR.matcher(symbol);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String power = m.group(2);
			String base = m.group(1);
			String printed = unitOrNull(base);
			if (printed == null || power != null && !isLength(base) && m.group(0).indexOf('^') < 0) {
				// not a unit symbol, or a trailing number on a non-length ("mAh2" is not a power in the language)
				m.appendReplacement(out, Matcher.quoteReplacement(m.group(0)));
				continue;
			}
			m.appendReplacement(out, Matcher.quoteReplacement(printed + (power == null ? "" : superscript(power))));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** @return the printed form of a prefixed unit symbol, or null when the word is no symbol the language knows */
	private static String unitOrNull(String base) {
		String printed = switch (base) {
		case "ohm" -> "Ω";
		case "kohm" -> "kΩ";
		case "mohm" -> "mΩ";
		case "degC" -> "°C";
		default -> base.length() > 1 && base.charAt(0) == 'u' ? "µ" + base.substring(1) : base;
		};
		try {
			Units.parse(base);
			return printed;
		} catch (UnitException e) {
			return null;
		}
	}

	private static boolean isLength(String base) {
		try {
			return Units.parse(base).dimension().equals(Units.parse("m").dimension());
		} catch (UnitException e) {
			return false;
		}
	}

	private static String superscript(String power) {
		StringBuilder s = new StringBuilder();
		for (char c : power.toCharArray()) {
			s.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
		}
		return s.toString();
	}
}
