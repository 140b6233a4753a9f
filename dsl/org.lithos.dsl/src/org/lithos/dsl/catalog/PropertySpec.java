package org.lithos.dsl.catalog;

import java.util.List;
import java.util.Set;

import org.lithos.units.Dimension;
import org.lithos.units.Quantity;
import org.lithos.units.UnitException;
import org.lithos.units.Units;

/**
 * One known property: the dimensions it accepts, the range outside which a value is impossible (an error), and
 * the narrower range outside which it is implausible (a warning naming the range).
 *
 * @param name          property name as written, e.g. {@code "contact angle"}
 * @param dimensions    accepted dimensions; empty for text properties
 * @param impossible    SI bounds outside which the value is physically impossible, or {@code null}
 * @param plausible     SI bounds outside which the value is implausible, or {@code null}
 * @param example       a well-formed value, used in messages, e.g. {@code "0.8 mS/cm"}
 * @param repeatable    whether the property may be given several times (e.g. alloy plateaus)
 */
public record PropertySpec(String name, Set<Dimension> dimensions, Bounds impossible, Bounds plausible, String example,
		boolean repeatable) {

	/** @return whether the value is text rather than a quantity */
	public boolean isText() {
		return dimensions.isEmpty();
	}

	/**
	 * Closed or half-open interval in SI units, with the unit to show it in.
	 *
	 * @param min          lower bound, SI
	 * @param minExclusive whether the lower bound itself is excluded
	 * @param max          upper bound, SI
	 * @param displayUnit  unit symbol used when the bounds appear in a message
	 */
	public record Bounds(double min, boolean minExclusive, double max, String displayUnit) {

		/** @return whether {@code si} lies inside */
		public boolean contains(double si) {
			return (minExclusive ? si > min : si >= min) && si <= max;
		}

		/** @return the interval in words, e.g. {@code "0.1 MPa to 100 MPa"} or {@code "more than 0 um"} */
		public String describe(Dimension dimension) {
			String low = display(min, dimension);
			if (Double.isInfinite(max)) {
				return (minExclusive ? "more than " : "at least ") + low;
			}
			return low + " to " + display(max, dimension);
		}

		/**
		 * @param si        a value in SI units
		 * @param dimension its dimension
		 * @return the value in the display unit, e.g. {@code "0.3 g/cm3"}
		 */
		public String display(double si, Dimension dimension) {
			double value;
			try {
				value = Units.parse(displayUnit, dimension).fromSi(si);
			} catch (UnitException e) {
				// bounds shared by several dimensions (e.g. "more than 0" for any amount) show the SI unit
				String symbol = Quantity.siSymbol(dimension);
				return Numbers.format(si) + (dimension.isDimensionless() || si == 0 ? "" : " " + symbol);
			}
			return Numbers.format(value) + (displayUnit.equals("1") ? "" : " " + displayUnit);
		}
	}

	/** @return the accepted dimensions as a readable list, e.g. "current density, current or C-rate" */
	public String describeDimensions() {
		return Dimensions.describe(List.copyOf(dimensions));
	}
}
