package org.lithos.dsl.evaluation;

import org.lithos.dsl.catalog.Numbers;
import org.lithos.units.Dimension;
import org.lithos.units.Quantity;

/**
 * An evaluated quantity.
 *
 * @param si        value in SI units of {@code dimension}
 * @param dimension its dimension
 * @param text      how it was written, for messages and ids (e.g. {@code "0.5 mA/cm2"})
 */
public record Value(double si, Dimension dimension, String text) {

	/** @return the value as SI text, e.g. {@code "5 A/m2"} */
	public String siText() {
		return Quantity.ofSi(si, dimension).format();
	}

	/** @return a dimensionless value */
	public static Value number(double value) {
		return new Value(value, Dimension.DIMENSIONLESS, Numbers.format(value));
	}
}
