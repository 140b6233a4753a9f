package org.lithos.dsl.catalog;

import static org.lithos.units.Dimension.*;

import java.util.List;

import org.lithos.units.Dimension;

/** The dimensions each position in a protocol accepts, with an example for messages. */
public enum Slots {
	/** Rate of a current step: {@code plate at 1 mA/cm2}, {@code at 0.5 mA}, {@code at C/3}, {@code at 20 mA/g}. */
	RATE("1 mA/cm2", CURRENT_DENSITY, CURRENT, C_RATE, SPECIFIC_CURRENT),
	/** Amount after {@code for}: a capacity, a duration, or a fraction of the nominal capacity. */
	AMOUNT("1 mAh/cm2", AREAL_CAPACITY, CHARGE, SPECIFIC_CAPACITY, TIME, DIMENSIONLESS),
	/** Limits after {@code until}: a cut-off voltage, a current (holds), a capacity or a duration. */
	UNTIL("0.2 V", VOLTAGE, CURRENT_DENSITY, CURRENT, C_RATE, AREAL_CAPACITY, CHARGE, SPECIFIC_CAPACITY, TIME),
	/** Held voltage. */
	HOLD_VOLTAGE("4.3 V", VOLTAGE),
	/** Per-step conditions after the limits: {@code at 60 C}, {@code at 5 MPa}. */
	ENVIRONMENT("60 C", TEMPERATURE, PRESSURE),
	/** Counts: {@code repeat 10}, {@code of cycle 4}. */
	COUNT("10", DIMENSIONLESS),
	/** The fraction in {@code discharge capacity < 80 % of cycle 4}. */
	FRACTION("80 %", DIMENSIONLESS),
	/** The limit in {@code total time > 600 h}. */
	DURATION("600 h", TIME);

	private final String example;
	private final List<Dimension> dimensions;

	Slots(String example, Dimension... dimensions) {
		this.example = example;
		this.dimensions = List.of(dimensions);
	}

	/** @return the accepted dimensions, most usual first */
	public List<Dimension> dimensions() {
		return dimensions;
	}

	/** @return a well-formed example value */
	public String example() {
		return example;
	}

	/** @return the accepted dimensions in words */
	public String describe() {
		return Dimensions.describe(dimensions);
	}
}
