package org.lithos.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.lithos.units.internal.KnownDimensions;
import org.lithos.units.internal.UnitParser;
import org.lithos.units.internal.UnitTable;

/**
 * Reads unit symbols of the cell language.
 *
 * <p>Simple symbols: length m, cm, mm, um (also µm, μm), nm; mass kg, g, mg, ug; time s, ms, min,
 * h, d; current A, mA, uA, nA; capacity Ah, mAh, uAh; voltage V, mV, uV; resistance ohm, kohm,
 * mohm (milli-ohm); conductance S, mS, uS; pressure Pa, kPa, MPa, GPa, bar; temperature K, degC
 * (also °C) and C; energy J, kJ, eV, meV; amount mol, mmol; dimensionless %, ppm, deg, rad;
 * C-rate C. There is no coulomb: "C" is a C-rate or Celsius, and capacities are written in mAh.
 *
 * <p>Compound symbols: factors joined by '.', '*' or '·' multiply; everything after the first '/'
 * is in the denominator ("J/mol/K" and "J/mol.K" are both J/(mol·K)); "1/s" is allowed. Powers are
 * written "cm^2", "s^-1", or on length units also as a trailing integer, "cm2". Inside a compound
 * or under a power a Celsius temperature counts as an interval, so "C/min" may read as K/min.
 *
 * <p>"C" has two readings: C-rate (first, returned by {@link #parse(String)}) and Celsius. Callers
 * that know what belongs where pass the expected dimensions to {@link #parse(String, Dimension...)}.
 * A C-rate written "C/3" is a number (1/3) with unit "C" and is split by the grammar, not here.
 */
public final class Units {

	/**
	 * Readings of the symbols read so far. Checking or compiling a study reads the same few symbols thousands of
	 * times (every step of every cycle of every run); the readings are immutable, so each is parsed once. Bounded,
	 * because a long-running language server reads whatever is typed.
	 */
	private static final Map<String, List<Unit>> READ = new ConcurrentHashMap<>();

	/** More symbols than any set of cell files uses; beyond it symbols are parsed every time. */
	private static final int MAX_REMEMBERED = 4096;

	private Units() {
	}

	/**
	 * Reads a symbol; for "C" (and compounds with it) the C-rate reading.
	 *
	 * @param symbol a simple or compound symbol, e.g. "mA/cm2"
	 * @return its first reading
	 * @throws UnitException if the symbol is empty, malformed or contains an unknown unit; the
	 *                       message suggests the closest known symbol where there is one
	 */
	public static Unit parse(String symbol) {
		return candidates(symbol).get(0);
	}

	/**
	 * Reads a symbol and picks the reading whose dimension is one of {@code expected}; with no
	 * expected dimension, the first reading.
	 *
	 * @param symbol   a simple or compound symbol, e.g. "C"
	 * @param expected the dimensions allowed where the symbol is written
	 * @return the first reading with an expected dimension
	 * @throws UnitException if the symbol cannot be read, or no reading has an expected
	 *                       dimension (the message names what was found and what was expected)
	 */
	public static Unit parse(String symbol, Dimension... expected) {
		List<Unit> readings = candidates(symbol);
		if (expected == null || expected.length == 0) {
			return readings.get(0);
		}
		for (Unit reading : readings) {
			for (Dimension dimension : expected) {
				if (reading.dimension().equals(dimension)) {
					return reading;
				}
			}
		}
		throw new UnitException(mismatch(symbol.strip(), readings, expected), symbol, null);
	}

	/**
	 * All readings of a symbol, the default reading first.
	 *
	 * @param symbol a simple or compound symbol
	 * @return one reading, or several for symbols containing "C" (C-rate, then Celsius); never
	 *         empty
	 * @throws UnitException if the symbol cannot be read
	 */
	public static List<Unit> candidates(String symbol) {
		List<Unit> readings = symbol == null ? null : READ.get(symbol);
		if (readings == null) {
			readings = UnitParser.parse(symbol);
			if (READ.size() < MAX_REMEMBERED) {
				READ.put(symbol, readings);
			}
		}
		return readings;
	}

	/**
	 * Reads a symbol without throwing.
	 *
	 * @param symbol a simple or compound symbol, may be null
	 * @return its first reading, empty if it cannot be read
	 */
	public static Optional<Unit> find(String symbol) {
		try {
			return Optional.of(parse(symbol));
		} catch (UnitException e) {
			return Optional.empty();
		}
	}

	/**
	 * The simple symbols, for content assist; aliases such as "µm" are left out.
	 *
	 * @return unmodifiable, grouped by dimension in the order of the class comment
	 */
	public static Set<String> knownSymbols() {
		return UnitTable.symbols();
	}

	private static String mismatch(String symbol, List<Unit> readings, Dimension[] expected) {
		List<String> found = new ArrayList<>();
		for (Unit reading : readings) {
			String label = KnownDimensions.label(reading.dimension());
			if (!found.contains(label)) {
				found.add(label);
			}
		}
		List<String> wanted = new ArrayList<>();
		for (Dimension dimension : expected) {
			wanted.add(KnownDimensions.label(dimension));
		}
		return "'" + symbol + "' is " + String.join(" or ", found) + ", expected "
				+ String.join(" or ", wanted);
	}
}
