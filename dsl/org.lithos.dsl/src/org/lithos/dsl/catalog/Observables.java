package org.lithos.dsl.catalog;

import static org.lithos.units.Dimension.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lithos.units.Dimension;

/**
 * What a study can {@code expect} and {@code plot}: the quantities the reference papers measure, each with the
 * dimensions its value may be written in. Counts (cycle life) are dimensionless and may be written
 * {@code 26 cycles}.
 */
public final class Observables {

	private static final Map<String, Set<Dimension>> EXPECTABLE = new LinkedHashMap<>();
	private static final Set<String> AXES = Set.of("time", "cycle", "voltage", "capacity", "efficiency",
			"coulombic efficiency", "retention", "capacity retention", "overpotential", "inventory", "Li inventory",
			"morphology", "current", "current density", "charge capacity", "discharge capacity",
			"first cycle efficiency", "average efficiency", "cycle life", "coverage", "tip height", "roughness",
			"nucleation overpotential", "plating overpotential", "stripping overpotential", "Li thickness",
			"sei thickness", "corrosion thickness", "dead Li", "capacity to short", "temperature", "pressure",
			"deposited capacity");

	static {
		Set<Dimension> voltage = Set.of(VOLTAGE);
		Set<Dimension> fraction = Set.of(DIMENSIONLESS);
		Set<Dimension> capacity = Set.of(AREAL_CAPACITY, CHARGE, SPECIFIC_CAPACITY);
		for (String name : List.of("nucleation overpotential", "growth overpotential", "plating overpotential",
				"stripping overpotential", "overpotential")) {
			EXPECTABLE.put(name, voltage);
		}
		for (String name : List.of("first cycle efficiency", "average efficiency", "coulombic efficiency",
				"capacity retention", "cycle life", "short circuit", "fade rate", "crack Li fraction",
				"substrate coverage")) {
			EXPECTABLE.put(name, fraction);
		}
		for (String name : List.of("discharge capacity", "charge capacity", "capacity to short",
				"reversible alloy capacity", "conversion capacity", "dead Li")) {
			EXPECTABLE.put(name, capacity);
		}
		EXPECTABLE.put("specific discharge capacity", Set.of(SPECIFIC_CAPACITY));
		EXPECTABLE.put("specific charge capacity", Set.of(SPECIFIC_CAPACITY));
		for (String name : List.of("Li thickness", "sei thickness", "corrosion thickness", "particle size",
				"tip height", "roughness")) {
			EXPECTABLE.put(name, Set.of(LENGTH));
		}
		for (String name : List.of("interface resistance", "bulk resistance", "sei resistance",
				"charge transfer resistance")) {
			EXPECTABLE.put(name, Set.of(RESISTANCE));
		}
		EXPECTABLE.put("time to short", Set.of(TIME));
		// cycle life is counted in cycles, or in hours of cycling as the papers often give it
		EXPECTABLE.put("cycle life", Set.of(DIMENSIONLESS, TIME));
		EXPECTABLE.put("voltage", voltage);
	}

	private Observables() {
	}

	/**
	 * @param name observable name as written
	 * @return the dimensions its expected value may have, if known
	 */
	public static Optional<Set<Dimension>> dimensions(String name) {
		return Optional.ofNullable(EXPECTABLE.get(name));
	}

	/** @return every name an {@code expect} accepts */
	public static Set<String> expectable() {
		return EXPECTABLE.keySet();
	}

	/** @return every axis name a {@code plot} accepts besides sweep variables */
	public static Set<String> axes() {
		Set<String> all = new java.util.TreeSet<>(AXES);
		all.addAll(EXPECTABLE.keySet());
		return all;
	}
}
