package org.lithos.units.internal;

import static org.lithos.units.Dimension.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lithos.units.Constants;
import org.lithos.units.Dimension;
import org.lithos.units.Unit;

/**
 * The simple (non-compound) units and their aliases. A symbol may have several readings; only "C"
 * does: C-rate first, then Celsius.
 */
public final class UnitTable {

	private static final Map<String, List<Unit>> READINGS = new HashMap<>();
	private static final Set<String> SYMBOLS = new LinkedHashSet<>();

	static {
		define("m", LENGTH, 1);
		define("cm", LENGTH, 1e-2);
		define("mm", LENGTH, 1e-3);
		define("um", LENGTH, 1e-6);
		define("nm", LENGTH, 1e-9);

		define("kg", MASS, 1);
		define("g", MASS, 1e-3);
		define("mg", MASS, 1e-6);
		define("ug", MASS, 1e-9);

		define("s", TIME, 1);
		define("ms", TIME, 1e-3);
		define("min", TIME, 60);
		define("h", TIME, 3600);
		define("d", TIME, 86400);

		define("A", CURRENT, 1);
		define("mA", CURRENT, 1e-3);
		define("uA", CURRENT, 1e-6);
		define("nA", CURRENT, 1e-9);

		define("Ah", CHARGE, 3600);
		define("mAh", CHARGE, 3.6);
		define("uAh", CHARGE, 3.6e-3);

		// One C moves the nominal capacity in one hour; SI is capacities per second.
		define("C", C_RATE, 1.0 / 3600);

		define("V", VOLTAGE, 1);
		define("mV", VOLTAGE, 1e-3);
		define("uV", VOLTAGE, 1e-6);

		define("ohm", RESISTANCE, 1);
		define("kohm", RESISTANCE, 1e3);
		define("mohm", RESISTANCE, 1e-3);

		define("S", CONDUCTANCE, 1);
		define("mS", CONDUCTANCE, 1e-3);
		define("uS", CONDUCTANCE, 1e-6);

		define("N", FORCE, 1);

		define("Pa", PRESSURE, 1);
		define("kPa", PRESSURE, 1e3);
		define("MPa", PRESSURE, 1e6);
		define("GPa", PRESSURE, 1e9);
		define("bar", PRESSURE, 1e5);

		define("K", TEMPERATURE, 1);
		define(new Unit("degC", TEMPERATURE, 1, 273.15));
		// Second reading of "C": written "23 C" for temperatures in the language.
		define(new Unit("C", TEMPERATURE, 1, 273.15));

		define("J", ENERGY, 1);
		define("kJ", ENERGY, 1e3);
		define("eV", ENERGY, Constants.ELEMENTARY_CHARGE);
		define("meV", ENERGY, Constants.ELEMENTARY_CHARGE * 1e-3);

		define("W", POWER, 1);
		define("mW", POWER, 1e-3);

		define("mol", AMOUNT, 1);
		define("mmol", AMOUNT, 1e-3);

		define("%", DIMENSIONLESS, 0.01);
		define("ppm", DIMENSIONLESS, 1e-6);
		define("rad", DIMENSIONLESS, 1);
		define("deg", DIMENSIONLESS, Math.PI / 180);

		// Both micro signs: U+00B5 (keyboard) and U+03BC (Greek mu, what many fonts insert).
		for (String micro : List.of("um", "ug", "uA", "uAh", "uV", "uS")) {
			alias("\u00b5" + micro.substring(1), micro);
			alias("\u03bc" + micro.substring(1), micro);
		}
		alias("\u00b0C", "degC");
		alias("\u2126", "ohm");
		alias("\u03a9", "ohm");
		alias("k\u03a9", "kohm");
		alias("m\u03a9", "mohm");
	}

	private UnitTable() {
	}

	private static void define(String symbol, Dimension dimension, double factor) {
		define(new Unit(symbol, dimension, factor));
	}

	private static void define(Unit unit) {
		READINGS.computeIfAbsent(unit.symbol(), s -> new ArrayList<>()).add(unit);
		SYMBOLS.add(unit.symbol());
	}

	private static void alias(String alias, String canonical) {
		READINGS.put(alias, READINGS.get(canonical));
	}

	/**
	 * The readings of a simple symbol or alias.
	 *
	 * @param symbol e.g. "C", "µm"
	 * @return unmodifiable, default reading first; empty if unknown
	 */
	public static List<Unit> readings(String symbol) {
		List<Unit> readings = READINGS.get(symbol);
		return readings == null ? List.of() : Collections.unmodifiableList(readings);
	}

	/**
	 * The canonical simple symbols, without aliases.
	 *
	 * @return unmodifiable, in table order
	 */
	public static Set<String> symbols() {
		return Collections.unmodifiableSet(SYMBOLS);
	}
}
