package org.lithos.charts.internal;

import org.lithos.units.Dimension;
import org.lithos.units.Quantity;
import org.lithos.units.Unit;
import org.lithos.units.Units;

/**
 * Converts SI values of one dimension to a display unit. The empty symbol means "the SI value as is" (counts).
 *
 * @param symbol    display unit symbol, e.g. "mAh/cm2", or ""
 * @param dimension the dimension of the SI values
 */
public record DisplayUnit(String symbol, Dimension dimension) {

	/**
	 * A display unit, checked against the dimension.
	 *
	 * @param symbol    display unit symbol, "" for the SI value of a dimensionless quantity
	 * @param dimension the dimension of the values
	 * @return the display unit
	 * @throws org.lithos.units.UnitException if the symbol cannot be read or has another dimension
	 */
	public static DisplayUnit of(String symbol, Dimension dimension) {
		if (!symbol.isEmpty()) {
			Units.parse(symbol, dimension);
		} else if (!dimension.isDimensionless()) {
			throw new IllegalArgumentException("a " + dimension.describe() + " needs a display unit");
		}
		return new DisplayUnit(symbol, dimension);
	}

	/**
	 * One value in the display unit.
	 *
	 * @param si the value in the SI unit of the dimension
	 * @return the value in {@link #symbol()}; NaN stays NaN
	 */
	public double fromSi(double si) {
		return symbol.isEmpty() ? si : Quantity.ofSi(si, dimension).in(unit());
	}

	/**
	 * Many values in the display unit.
	 *
	 * @param si values in the SI unit of the dimension
	 * @return a new array in {@link #symbol()}
	 */
	public double[] fromSi(double[] si) {
		if (symbol.isEmpty()) {
			return si.clone();
		}
		Unit unit = unit();
		double[] out = new double[si.length];
		for (int i = 0; i < si.length; i++) {
			out[i] = Quantity.ofSi(si[i], dimension).in(unit);
		}
		return out;
	}

	private Unit unit() {
		return Units.parse(symbol, dimension);
	}
}
