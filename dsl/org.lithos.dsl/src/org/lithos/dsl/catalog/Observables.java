package org.lithos.dsl.catalog;

import static org.lithos.units.Dimension.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lithos.model.names.Observable;
import org.lithos.units.Dimension;

/**
 * What a study can {@code expect} and {@code plot}: the quantities the reference papers measure, each with the
 * dimensions its value may be written in. Counts (cycle life) are dimensionless and may be written
 * {@code 26 cycles}.
 */
public final class Observables {

	private static final Map<Observable, Set<Dimension>> EXPECTABLE = new LinkedHashMap<>();
	private static final Set<Observable> AXES = Set.of(Observable.TIME, Observable.CYCLE, Observable.VOLTAGE,
			Observable.CAPACITY, Observable.EFFICIENCY, Observable.COULOMBIC_EFFICIENCY, Observable.RETENTION,
			Observable.CAPACITY_RETENTION, Observable.OVERPOTENTIAL, Observable.INVENTORY, Observable.LI_INVENTORY,
			Observable.MORPHOLOGY, Observable.CURRENT, Observable.CURRENT_DENSITY, Observable.CHARGE_CAPACITY,
			Observable.DISCHARGE_CAPACITY, Observable.FIRST_CYCLE_EFFICIENCY, Observable.AVERAGE_EFFICIENCY,
			Observable.CYCLE_LIFE, Observable.COVERAGE, Observable.TIP_HEIGHT, Observable.ROUGHNESS,
			Observable.NUCLEATION_OVERPOTENTIAL, Observable.PLATING_OVERPOTENTIAL, Observable.STRIPPING_OVERPOTENTIAL,
			Observable.LI_THICKNESS, Observable.SEI_THICKNESS, Observable.CORROSION_THICKNESS, Observable.DEAD_LI,
			Observable.CAPACITY_TO_SHORT, Observable.TEMPERATURE, Observable.PRESSURE, Observable.DEPOSITED_CAPACITY);

	static {
		Set<Dimension> voltage = Set.of(VOLTAGE);
		Set<Dimension> fraction = Set.of(DIMENSIONLESS);
		Set<Dimension> capacity = Set.of(AREAL_CAPACITY, CHARGE, SPECIFIC_CAPACITY);
		for (Observable name : List.of(Observable.NUCLEATION_OVERPOTENTIAL, Observable.GROWTH_OVERPOTENTIAL,
				Observable.PLATING_OVERPOTENTIAL, Observable.STRIPPING_OVERPOTENTIAL, Observable.OVERPOTENTIAL)) {
			EXPECTABLE.put(name, voltage);
		}
		for (Observable name : List.of(Observable.FIRST_CYCLE_EFFICIENCY, Observable.AVERAGE_EFFICIENCY,
				Observable.COULOMBIC_EFFICIENCY, Observable.CAPACITY_RETENTION, Observable.CYCLE_LIFE,
				Observable.SHORT_CIRCUIT, Observable.FADE_RATE, Observable.CRACK_LI_FRACTION,
				Observable.SUBSTRATE_COVERAGE)) {
			EXPECTABLE.put(name, fraction);
		}
		for (Observable name : List.of(Observable.DISCHARGE_CAPACITY, Observable.CHARGE_CAPACITY,
				Observable.CAPACITY_TO_SHORT, Observable.REVERSIBLE_ALLOY_CAPACITY, Observable.CONVERSION_CAPACITY,
				Observable.DEAD_LI)) {
			EXPECTABLE.put(name, capacity);
		}
		EXPECTABLE.put(Observable.SPECIFIC_DISCHARGE_CAPACITY, Set.of(SPECIFIC_CAPACITY));
		EXPECTABLE.put(Observable.SPECIFIC_CHARGE_CAPACITY, Set.of(SPECIFIC_CAPACITY));
		for (Observable name : List.of(Observable.LI_THICKNESS, Observable.SEI_THICKNESS,
				Observable.CORROSION_THICKNESS, Observable.PARTICLE_SIZE, Observable.TIP_HEIGHT,
				Observable.ROUGHNESS)) {
			EXPECTABLE.put(name, Set.of(LENGTH));
		}
		for (Observable name : List.of(Observable.INTERFACE_RESISTANCE, Observable.BULK_RESISTANCE,
				Observable.SEI_RESISTANCE, Observable.CHARGE_TRANSFER_RESISTANCE)) {
			EXPECTABLE.put(name, Set.of(RESISTANCE));
		}
		EXPECTABLE.put(Observable.TIME_TO_SHORT, Set.of(TIME));
		// soft shorts (erratic voltage, fluctuating efficiency) before or instead of a hard short: a cycle or a time
		EXPECTABLE.put(Observable.INSTABILITY_ONSET, Set.of(DIMENSIONLESS, TIME));
		// cycle life is counted in cycles, or in hours of cycling as the papers often give it
		EXPECTABLE.put(Observable.CYCLE_LIFE, Set.of(DIMENSIONLESS, TIME));
		EXPECTABLE.put(Observable.VOLTAGE, voltage);
	}

	private Observables() {
	}

	/**
	 * @param name observable name as written
	 * @return the dimensions its expected value may have, if known
	 */
	public static Optional<Set<Dimension>> dimensions(String name) {
		return Observable.of(name).map(EXPECTABLE::get);
	}

	/** @return every name an {@code expect} accepts */
	public static Set<String> expectable() {
		Set<String> words = new java.util.LinkedHashSet<>();
		EXPECTABLE.keySet().forEach(o -> words.add(o.word()));
		return words;
	}

	/** @return every axis name a {@code plot} accepts besides sweep variables */
	public static Set<String> axes() {
		Set<String> all = new java.util.TreeSet<>();
		AXES.forEach(o -> all.add(o.word()));
		EXPECTABLE.keySet().forEach(o -> all.add(o.word()));
		return all;
	}
}
