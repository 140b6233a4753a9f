package org.lithos.units;

import java.util.Objects;

/**
 * A unit: its symbol, its dimension, and the affine map to the SI value,
 * {@code si = value · factor + offset}. Only Celsius has a non-zero offset (273.15 K).
 *
 * <p>Obtain units from {@link Units#parse(String)}; the symbol is kept as written
 * ({@code "ohm*cm2"} and {@code "ohm.cm2"} are different records with the same conversion).
 *
 * @param symbol    the symbol as written, e.g. "mAh/cm2"
 * @param dimension the physical dimension
 * @param factor    SI value of one unit minus the offset, e.g. 36000 (A·s/m2) for mAh/cm2;
 *                  finite and positive
 * @param offset    SI value of zero in this unit, e.g. 273.15 (K) for Celsius, else 0
 */
public record Unit(String symbol, Dimension dimension, double factor, double offset) {

	/**
	 * Checks the components.
	 *
	 * @param symbol    the symbol as written
	 * @param dimension the dimension
	 * @param factor    SI value of one unit minus the offset
	 * @param offset    SI value of zero in this unit
	 * @throws IllegalArgumentException if the symbol is blank, the factor is not finite and
	 *                                  positive, or the offset is not finite
	 */
	public Unit {
		Objects.requireNonNull(symbol, "symbol");
		Objects.requireNonNull(dimension, "dimension");
		if (symbol.isBlank()) {
			throw new IllegalArgumentException("blank unit symbol");
		}
		if (!(factor > 0 && Double.isFinite(factor))) {
			throw new IllegalArgumentException("factor of '" + symbol + "' must be finite and > 0: " + factor);
		}
		if (!Double.isFinite(offset)) {
			throw new IllegalArgumentException("offset of '" + symbol + "' must be finite: " + offset);
		}
	}

	/**
	 * A unit without offset.
	 *
	 * @param symbol    the symbol
	 * @param dimension the dimension
	 * @param factor    SI value of one unit
	 */
	public Unit(String symbol, Dimension dimension, double factor) {
		this(symbol, dimension, factor, 0.0);
	}

	/**
	 * Converts a value in this unit to SI.
	 *
	 * @param value a value in this unit
	 * @return the value in the SI unit of {@link #dimension()}
	 */
	public double toSi(double value) {
		return value * factor + offset;
	}

	/**
	 * Converts an SI value to this unit.
	 *
	 * @param si a value in the SI unit of {@link #dimension()}
	 * @return the value in this unit
	 */
	public double fromSi(double si) {
		return (si - offset) / factor;
	}

	/** The symbol. */
	@Override
	public String toString() {
		return symbol;
	}
}
