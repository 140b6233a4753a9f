package org.lithos.units.internal;

import static org.lithos.units.Dimension.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.lithos.units.Dimension;

/**
 * Names and SI symbols of the dimensions the cell language talks about, for diagnostics, hovers
 * and {@link org.lithos.units.Quantity#format()}. Every SI symbol here parses back to its
 * dimension with factor 1 (a test checks it), except the pseudo-unit of C-rates.
 */
public final class KnownDimensions {

	private record Entry(String name, String siSymbol) {
	}

	private static final Map<Dimension, Entry> ENTRIES = new HashMap<>();

	static {
		add(DIMENSIONLESS, "dimensionless", "");
		add(LENGTH, "length", "m");
		add(AREA, "area", "m2");
		add(VOLUME, "volume", "m3");
		add(MASS, "mass", "kg");
		add(TIME, "time", "s");
		add(FREQUENCY, "frequency", "1/s");
		add(CURRENT, "current", "A");
		add(CURRENT_DENSITY, "current density", "A/m2");
		// Battery people say capacity for a charge; "C" is taken by C-rate and Celsius, so A·s.
		add(CHARGE, "capacity", "A·s");
		add(AREAL_CAPACITY, "areal capacity", "A·s/m2");
		add(VOLUMETRIC_CAPACITY, "volumetric capacity", "A·s/m3");
		add(SPECIFIC_CAPACITY, "specific capacity", "A·s/kg");
		add(SPECIFIC_CURRENT, "specific current", "A/kg");
		add(C_RATE, "C-rate", "Qnom/s");
		add(VOLTAGE, "voltage", "V");
		add(RESISTANCE, "resistance", "ohm");
		add(AREAL_RESISTANCE, "areal resistance", "ohm·m2");
		add(RESISTIVITY, "resistivity", "ohm·m");
		add(CONDUCTANCE, "conductance", "S");
		add(CONDUCTIVITY, "conductivity", "S/m");
		add(FORCE, "force", "N");
		add(PRESSURE, "pressure", "Pa");
		add(TEMPERATURE, "temperature", "K");
		add(AMOUNT, "amount of substance", "mol");
		add(AREAL_MASS, "areal mass", "kg/m2");
		add(DENSITY, "density", "kg/m3");
		add(ENERGY, "energy", "J");
		add(POWER, "power", "W");
		add(SURFACE_ENERGY, "surface energy", "J/m2");
		add(MOLAR_ENERGY, "molar energy", "J/mol");
		add(DIFFUSIVITY, "diffusivity", "m2/s");
		add(MOLAR_VOLUME, "molar volume", "m3/mol");
		add(MOLAR_MASS, "molar mass", "kg/mol");
		add(CONCENTRATION, "concentration", "mol/m3");
	}

	private KnownDimensions() {
	}

	private static void add(Dimension dimension, String name, String siSymbol) {
		// Two constants with one dimension would make describe() depend on insertion order.
		if (ENTRIES.put(dimension, new Entry(name, siSymbol)) != null) {
			throw new IllegalStateException("dimension named twice: " + name);
		}
	}

	/**
	 * The name of a known dimension.
	 *
	 * @param dimension the dimension
	 * @return e.g. "current density"; empty for other dimensions
	 */
	public static Optional<String> name(Dimension dimension) {
		return Optional.ofNullable(ENTRIES.get(dimension)).map(Entry::name);
	}

	/**
	 * The SI symbol of a dimension.
	 *
	 * @param dimension the dimension
	 * @return e.g. "A/m2"; the base form for unnamed dimensions; "" for dimensionless
	 */
	public static String siSymbol(Dimension dimension) {
		Entry entry = ENTRIES.get(dimension);
		return entry != null ? entry.siSymbol() : dimension.baseForm();
	}

	/**
	 * Name and SI symbol together, for messages.
	 *
	 * @param dimension the dimension
	 * @return e.g. "current density (A/m2)", "dimensionless", or the base form alone
	 */
	public static String label(Dimension dimension) {
		Entry entry = ENTRIES.get(dimension);
		if (entry == null) {
			return dimension.baseForm();
		}
		return entry.siSymbol().isEmpty() ? entry.name() : entry.name() + " (" + entry.siSymbol() + ")";
	}
}
