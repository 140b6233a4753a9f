package org.lithos.dsl.catalog;

import static org.lithos.units.Dimension.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lithos.model.StepMode;
import org.lithos.model.names.Observable;
import org.lithos.model.query.Addresses;
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
			Observable.POROSITY, Observable.NUCLEATION_OVERPOTENTIAL, Observable.PLATING_OVERPOTENTIAL,
			Observable.STRIPPING_OVERPOTENTIAL,
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
				Observable.SUBSTRATE_COVERAGE, Observable.POROSITY)) {
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
		// the current a potentiostatic hold draws (a blocking cell's decomposition current), per area or per cell
		EXPECTABLE.put(Observable.CURRENT, Set.of(CURRENT_DENSITY, Dimension.CURRENT));
		// the charge a step passed
		EXPECTABLE.put(Observable.CAPACITY, capacity);
	}

	/**
	 * What a step has (after the third charge): at its end, the series a run records at every point; over the whole
	 * step, the overpotentials a paper reads off its trace (the nucleation spike and growth plateau of a plating step,
	 * the plateau of a strip), each only at the kind of step {@link Addresses#stepModes} gives.
	 */
	private static final Set<Observable> AT_STEP = Set.of(Observable.VOLTAGE, Observable.CURRENT, Observable.CAPACITY,
			Observable.CHARGE_CAPACITY, Observable.DISCHARGE_CAPACITY, Observable.LI_THICKNESS,
			Observable.SEI_THICKNESS, Observable.CORROSION_THICKNESS, Observable.BULK_RESISTANCE,
			Observable.INTERFACE_RESISTANCE, Observable.NUCLEATION_OVERPOTENTIAL, Observable.GROWTH_OVERPOTENTIAL,
			Observable.PLATING_OVERPOTENTIAL, Observable.STRIPPING_OVERPOTENTIAL, Observable.OVERPOTENTIAL);
	/**
	 * What a step has at its start (at the start of the first plate), the instant its current is established: the
	 * values of the state the step starts from and the response to its current. Not what the step has yet to pass (its
	 * capacity is 0 there) nor the figures of its whole trace (the overpotentials).
	 */
	private static final Set<Observable> AT_STEP_START = Set.of(Observable.VOLTAGE, Observable.CURRENT,
			Observable.LI_THICKNESS, Observable.SEI_THICKNESS, Observable.CORROSION_THICKNESS,
			Observable.BULK_RESISTANCE, Observable.INTERFACE_RESISTANCE);
	/** What an average over a range of cycles is defined for (over cycles 2 to 50). */
	private static final Set<Observable> OVER_CYCLES = Set.of(Observable.AVERAGE_EFFICIENCY);
	/** What is relative to a reference cycle (relative to cycle 4). */
	private static final Set<Observable> RELATIVE = Set.of(Observable.CAPACITY_RETENTION);

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

	/** @return the names an expectation may address at a step ({@code after step 3}), in a stable order */
	public static Set<String> atStep() {
		return words(AT_STEP);
	}

	/** @return the names an expectation may address at the start of a step ({@code at the start of step 3}) */
	public static Set<String> atStepStart() {
		return words(AT_STEP_START);
	}

	/**
	 * @param name observable name as written
	 * @return the kinds of step it may be addressed at (plate and charge for the nucleation overpotential); empty for
	 *         every kind
	 */
	public static Set<StepMode> stepModes(String name) {
		return Observable.of(name).map(Addresses::stepModes).orElse(Set.of());
	}

	/**
	 * @param name observable name as written
	 * @param mode the kind of step an address names, which is not one of {@link #stepModes(String)}
	 * @return why the observable has no meaning there and what to write instead
	 */
	public static String wrongStep(String name, StepMode mode) {
		Set<StepMode> modes = stepModes(name);
		List<String> kinds = modes.stream().map(Observables::word).toList();
		return "'" + name + "' is a figure of a " + (modes.contains(StepMode.PLATE) ? "plating" : "stripping")
				+ " step (" + String.join(" or ", kinds) + "), not of a " + word(mode) + ": address one, e.g. after the "
				+ "first " + kinds.get(0);
	}

	private static String word(StepMode mode) {
		return mode.getName().toLowerCase(java.util.Locale.ROOT);
	}

	/** @return the names that may be averaged over a range of cycles ({@code over cycles 2 to 50}) */
	public static Set<String> overCycles() {
		return words(OVER_CYCLES);
	}

	/** @return the names that may be relative to a chosen cycle ({@code relative to cycle 4}) */
	public static Set<String> relative() {
		return words(RELATIVE);
	}

	private static Set<String> words(Set<Observable> observables) {
		Set<String> all = new java.util.TreeSet<>();
		observables.forEach(o -> all.add(o.word()));
		return all;
	}

	/** @return every axis name a {@code plot} accepts besides sweep variables */
	public static Set<String> axes() {
		Set<String> all = new java.util.TreeSet<>();
		AXES.forEach(o -> all.add(o.word()));
		EXPECTABLE.keySet().forEach(o -> all.add(o.word()));
		return all;
	}
}
