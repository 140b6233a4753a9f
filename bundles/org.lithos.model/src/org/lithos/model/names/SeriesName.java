package org.lithos.model.names;

import java.util.Arrays;
import java.util.Optional;

import org.lithos.model.LithosFactory;
import org.lithos.model.Series;
import org.lithos.model.SimulationResult;

/**
 * The series a solver writes into a {@link SimulationResult}, each with its SI unit: one vocabulary for the solvers
 * that write them and the charts, reports and observations that read them, so that a misspelt name does not compile
 * instead of silently reading nothing.
 */
public enum SeriesName {

	/** Time since the start of the run, s. */
	TIME("time", "s"),
	/** Cell voltage, V. */
	VOLTAGE("voltage", "V"),
	/** Current density, positive onto the collector, A/m2. */
	CURRENT("current", "A/m2"),
	/** Charge passed in the current step, A s/m2. */
	CAPACITY("capacity", "A*s/m2"),
	/** Cycle number of each point, from 1. */
	CYCLE("cycle", ""),
	/** Index of each point's step in the flattened protocol, from 0 (expectations address steps through it). */
	STEP("step", ""),
	/** Thickness of the collector's corrosion layer (SEI-2), m. */
	SEI2_THICKNESS("sei2 thickness", "m"),
	/** Thickness of the plated Li, m. */
	LI_THICKNESS("li thickness", "m"),
	/** Ohmic (bulk electrolyte) resistance, ohm m2. */
	BULK_RESISTANCE("bulk resistance", "ohm*m2"),
	/** SEI and charge-transfer resistance of both electrodes, ohm m2. */
	INTERFACE_RESISTANCE("interface resistance", "ohm*m2"),
	/** Deposited charge (kinetic Monte Carlo), A s/m2. */
	CHARGE("charge", "A*s/m2"),
	/** Fraction of the substrate the deposit covers. */
	COVERAGE("coverage", ""),
	/** Mean height of the deposit, m. */
	MEAN_HEIGHT("mean height", "m"),
	/** Height of the tallest column of the deposit, m. */
	TIP_HEIGHT("tip height", "m"),
	/** RMS roughness of the deposit's surface, m. */
	ROUGHNESS("roughness", "m"),
	/** Number of separate Li particles (nuclei) on the substrate. */
	PARTICLES("particles", ""),
	/** Mean particle size, m. */
	PARTICLE_SIZE("particle size", "m"),
	/** Empty fraction of the volume under the deposit's column tops. */
	POROSITY("porosity", ""),
	/** Kinetic Monte Carlo events so far. */
	EVENTS("events", "");

	private final String word;
	private final String unit;

	SeriesName(String word, String unit) {
		this.word = word;
		this.unit = unit;
	}

	/** @return the name stored in the result, e.g. {@code sei2 thickness} */
	public String word() {
		return word;
	}

	/** @return the SI unit of its values, e.g. {@code m}; empty for counts and fractions */
	public String unit() {
		return unit;
	}

	/**
	 * @param word a stored series name
	 * @return the series it names, if any
	 */
	public static Optional<SeriesName> of(String word) {
		return Arrays.stream(values()).filter(name -> name.word.equals(word)).findFirst();
	}

	/**
	 * @param values the series' values in {@link #unit()}
	 * @return a new model series with this name and unit
	 */
	public Series create(double[] values) {
		Series series = LithosFactory.eINSTANCE.createSeries();
		series.setName(word);
		series.setUnit(unit);
		series.setValues(values);
		return series;
	}

	/**
	 * @param result a result, may be null
	 * @return this series of the result, if it has one
	 */
	public Optional<Series> in(SimulationResult result) {
		if (result != null) {
			for (Series series : result.getSeries()) {
				if (word.equals(series.getName())) {
					return Optional.of(series);
				}
			}
		}
		return Optional.empty();
	}
}
