package org.lithos.units.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lithos.units.Dimension;
import org.lithos.units.Unit;
import org.lithos.units.UnitException;

/**
 * Reads simple and compound unit symbols into their readings; the syntax is described on
 * {@link org.lithos.units.Units}. Syntax errors are reported at the first one found; unknown
 * simple units are collected so that one message can correct all of them.
 */
public final class UnitParser {

	/** Largest power accepted; nothing in cell physics goes beyond cubes and inverse squares. */
	static final int MAX_POWER = 9;

	private static final String MULTIPLY = ".*\u00b7";

	/** One simple unit to a power, at {@code start} in the symbol, with its readings. */
	private record Term(String name, int start, int power, List<Unit> readings) {
	}

	private UnitParser() {
	}

	/**
	 * Reads a symbol.
	 *
	 * @param text the symbol as written; surrounding white space is ignored
	 * @return the readings, never empty; each carries the stripped text as its symbol
	 * @throws UnitException if the symbol is empty, malformed or contains unknown units
	 */
	public static List<Unit> parse(String text) {
		if (text == null) {
			throw new UnitException("no unit given", "", null);
		}
		String symbol = text.strip();
		if (symbol.isEmpty()) {
			throw new UnitException("empty unit symbol", text, null);
		}
		checkCharacters(symbol);
		List<Term> terms = new ArrayList<>();
		String[] groups = symbol.split("/", -1);
		int start = 0;
		for (int g = 0; g < groups.length; g++) {
			readGroup(symbol, groups[g], start, g == 0 ? 1 : -1, terms);
			start += groups[g].length() + 1;
		}
		List<Term> unknown = terms.stream().filter(t -> t.readings().isEmpty()).toList();
		if (!unknown.isEmpty()) {
			throw unknown(symbol, unknown);
		}
		return combine(symbol, terms);
	}

	private static void checkCharacters(String symbol) {
		for (int i = 0; i < symbol.length(); i++) {
			char c = symbol.charAt(i);
			boolean allowed = Character.isLetterOrDigit(c) || c == '%' || c == '\u00b0' || c == '^'
					|| c == '-' || c == '/' || MULTIPLY.indexOf(c) >= 0;
			if (!allowed) {
				String hint = Character.isWhitespace(c) ? " (no spaces inside a unit: write 'mAh/cm2')" : "";
				throw new UnitException("unexpected character '" + c + "' in unit '" + symbol + "'" + hint,
						symbol, null);
			}
		}
	}

	/** A group is the numerator (sign 1) or one '/'-separated part of the denominator (sign -1). */
	private static void readGroup(String symbol, String group, int start, int sign, List<Term> terms) {
		if (group.isEmpty()) {
			if (sign > 0) {
				throw new UnitException("missing unit before '/' in '" + symbol + "' (write '1" + symbol
						+ "' for a reciprocal)", symbol, "1" + symbol);
			}
			throw new UnitException("missing unit after '/' in '" + symbol + "'", symbol, null);
		}
		if (sign > 0 && group.equals("1")) {
			return; // "1/s": a numerator of one is just the reciprocal
		}
		int factorStart = start;
		for (String factor : group.split("[" + MULTIPLY + "]", -1)) {
			if (factor.isEmpty()) {
				int at = factorStart < start + group.length() ? factorStart : factorStart - 1;
				throw new UnitException("missing unit next to '" + symbol.charAt(at) + "' in '" + symbol + "'",
						symbol, null);
			}
			terms.add(readFactor(symbol, factor, factorStart, sign));
			factorStart += factor.length() + 1;
		}
	}

	private static Term readFactor(String symbol, String factor, int start, int sign) {
		int nameEnd = 0;
		while (nameEnd < factor.length() && isNameChar(factor.charAt(nameEnd))) {
			nameEnd++;
		}
		if (nameEnd == 0) {
			String what = factor.chars().allMatch(Character::isDigit) ? "is a number, not a unit" : "is not a unit";
			throw new UnitException("'" + factor + "' in '" + symbol + "' " + what, symbol, null);
		}
		String name = factor.substring(0, nameEnd);
		String rest = factor.substring(nameEnd);
		boolean caret = rest.startsWith("^");
		String digits = caret ? rest.substring(1) : rest;
		int power = rest.isEmpty() ? 1 : readPower(symbol, factor, name, digits, caret);
		List<Unit> readings = UnitTable.readings(name);
		if (!caret && !rest.isEmpty() && !readings.isEmpty()
				&& !readings.stream().allMatch(u -> u.dimension().equals(Dimension.LENGTH))) {
			// "cm2" is universal shorthand; "s2" or "C2" is rare enough to be a typo more often.
			String fixed = replace(symbol, start, factor.length(), name + "^" + digits);
			throw new UnitException("write the power of '" + name + "' with '^' ('" + fixed + "'); a bare number"
					+ " after a unit is a power only for length units such as 'cm2'", symbol, fixed);
		}
		return new Term(name, start, sign * power, readings);
	}

	private static boolean isNameChar(char c) {
		return Character.isLetter(c) || c == '%' || c == '\u00b0';
	}

	private static int readPower(String symbol, String factor, String name, String digits, boolean caret) {
		if (caret && digits.isEmpty()) {
			throw new UnitException("missing power after '^' in '" + symbol + "'", symbol, null);
		}
		String unsigned = caret && digits.startsWith("-") ? digits.substring(1) : digits;
		if (unsigned.isEmpty() || !unsigned.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new UnitException("cannot read the power in '" + factor + "' of '" + symbol + "'; write it as '"
					+ name + "2', '" + name + "^2' or '" + name + "^-2'", symbol, null);
		}
		if (unsigned.length() > 1 || Integer.parseInt(unsigned) > MAX_POWER) {
			throw new UnitException("power " + digits + " in '" + symbol + "' is out of range (at most "
					+ MAX_POWER + ")", symbol, null);
		}
		return Integer.parseInt(digits);
	}

	private static UnitException unknown(String symbol, List<Term> unknown) {
		List<String> names = unknown.stream().map(Term::name).distinct().toList();
		StringBuilder message = new StringBuilder(names.size() == 1 ? "unknown unit " : "unknown units ");
		message.append(String.join(" and ", names.stream().map(n -> "'" + n + "'").toList()));
		boolean compound = !names.get(0).equals(symbol);
		if (compound) {
			message.append(" in '").append(symbol).append('\'');
		}
		List<String> hints = new ArrayList<>();
		String corrected = symbol;
		boolean complete = true;
		// Right to left so that earlier start offsets stay valid while replacing.
		List<Term> byStart = new ArrayList<>(unknown);
		byStart.sort(Comparator.comparingInt(Term::start).reversed());
		for (Term term : byStart) {
			Optional<String> closest = Suggestions.closest(term.name(), UnitTable.symbols());
			if (closest.isPresent()) {
				corrected = replace(corrected, term.start(), term.name().length(), closest.get());
				hints.add(0, "'" + closest.get() + "' for '" + term.name() + "'");
			} else {
				complete = false;
			}
		}
		if (complete) {
			message.append("; did you mean '").append(corrected).append("'?");
			return new UnitException(message.toString(), symbol, corrected);
		}
		if (!hints.isEmpty()) {
			message.append("; did you mean ").append(String.join(", ", hints)).append('?');
		}
		return new UnitException(message.toString(), symbol, null);
	}

	private static String replace(String text, int start, int length, String replacement) {
		return text.substring(0, start) + replacement + text.substring(start + length);
	}

	/** Divides for negative powers: 3.6 / 1e-4 is exact where 3.6 * (1e-4)^-1 is not. */
	private static double scale(double product, double factor, int power) {
		double magnitude = Math.pow(factor, Math.abs(power));
		return power < 0 ? product / magnitude : product * magnitude;
	}

	/** Multiplies out every combination of readings, the default reading of each term first. */
	private static List<Unit> combine(String symbol, List<Term> terms) {
		if (terms.size() == 1 && terms.get(0).power() == 1) {
			// A lone simple unit keeps its offset (23 C is 296.15 K); in compounds Celsius is an interval.
			return terms.get(0).readings().stream()
					.map(u -> new Unit(symbol, u.dimension(), u.factor(), u.offset())).distinct().toList();
		}
		List<Dimension> dimensions = new ArrayList<>(List.of(Dimension.DIMENSIONLESS));
		List<Double> factors = new ArrayList<>(List.of(1.0));
		for (Term term : terms) {
			List<Dimension> nextDimensions = new ArrayList<>();
			List<Double> nextFactors = new ArrayList<>();
			for (int i = 0; i < dimensions.size(); i++) {
				for (Unit reading : term.readings()) {
					nextDimensions.add(dimensions.get(i).times(reading.dimension().pow(term.power())));
					nextFactors.add(scale(factors.get(i), reading.factor(), term.power()));
				}
			}
			dimensions = nextDimensions;
			factors = nextFactors;
		}
		Set<Unit> readings = new LinkedHashSet<>();
		for (int i = 0; i < dimensions.size(); i++) {
			double factor = factors.get(i);
			if (!(factor > 0 && Double.isFinite(factor))) {
				throw new UnitException("unit '" + symbol + "' is too large or too small to convert", symbol, null);
			}
			readings.add(new Unit(symbol, dimensions.get(i), factor));
		}
		return List.copyOf(readings);
	}
}
