package org.lithos.units;

import java.util.Objects;

import org.lithos.units.internal.KnownDimensions;
import org.lithos.units.internal.SiFormat;

/**
 * A value with a dimension, stored in SI (see {@link Quantity#siSymbol(Dimension)} for the unit
 * of each dimension). Immutable.
 */
public final class Quantity {

	private final double si;
	private final Dimension dimension;

	private Quantity(double si, Dimension dimension) {
		this.si = si;
		this.dimension = Objects.requireNonNull(dimension, "dimension");
	}

	/**
	 * A quantity from a value and a unit symbol; "C" is read as a C-rate (use
	 * {@link #of(double, Unit)} with {@link Units#parse(String, Dimension...)} for Celsius).
	 *
	 * @param value      the value in {@code unitSymbol}
	 * @param unitSymbol e.g. "mA/cm2"
	 * @return the quantity in SI
	 * @throws UnitException if the symbol cannot be read
	 */
	public static Quantity of(double value, String unitSymbol) {
		return of(value, Units.parse(unitSymbol));
	}

	/**
	 * A quantity from a value and a unit.
	 *
	 * @param value the value in {@code unit}
	 * @param unit  the unit
	 * @return the quantity in SI
	 */
	public static Quantity of(double value, Unit unit) {
		return new Quantity(unit.toSi(value), unit.dimension());
	}

	/**
	 * A quantity from an SI value.
	 *
	 * @param si        the value in the SI unit of {@code dimension}
	 * @param dimension the dimension
	 * @return the quantity
	 */
	public static Quantity ofSi(double si, Dimension dimension) {
		return new Quantity(si, dimension);
	}

	/**
	 * The value in SI.
	 *
	 * @return the value in {@link #siSymbol(Dimension) siSymbol(dimension())}
	 */
	public double si() {
		return si;
	}

	/**
	 * The dimension.
	 *
	 * @return the dimension
	 */
	public Dimension dimension() {
		return dimension;
	}

	/**
	 * The value in another unit; for "C" the reading that fits this quantity's dimension.
	 *
	 * @param unitSymbol e.g. "mAh/cm2"
	 * @return the value in that unit
	 * @throws UnitException if the symbol cannot be read or has another dimension
	 */
	public double in(String unitSymbol) {
		return Units.parse(unitSymbol, dimension).fromSi(si);
	}

	/**
	 * The value in another unit.
	 *
	 * @param unit the unit
	 * @return the value in that unit
	 * @throws UnitException if the unit has another dimension
	 */
	public double in(Unit unit) {
		if (!unit.dimension().equals(dimension)) {
			throw new UnitException("'" + unit.symbol() + "' is " + KnownDimensions.label(unit.dimension())
					+ ", expected " + KnownDimensions.label(dimension), unit.symbol(), null);
		}
		return unit.fromSi(si);
	}

	/**
	 * The SI value with six significant digits and the SI symbol, plain between 0.001 and 1e6 and
	 * in e-notation outside.
	 *
	 * @return e.g. "10 A/m2", "4.85e-06 m", "0.5" (dimensionless)
	 */
	public String format() {
		String symbol = siSymbol(dimension);
		String number = SiFormat.format(si);
		return symbol.isEmpty() ? number : number + " " + symbol;
	}

	/**
	 * A readable symbol of the SI unit of a dimension: a named one for known dimensions (A/m2,
	 * A·s/m2, Pa, K, S/m, ...), else {@link Dimension#baseForm()}; "" for dimensionless.
	 * Charge is written A·s rather than C, which the language reads as C-rate or Celsius.
	 *
	 * @param dimension the dimension
	 * @return the symbol
	 */
	public static String siSymbol(Dimension dimension) {
		return KnownDimensions.siSymbol(dimension);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Quantity other && Double.compare(si, other.si) == 0
				&& dimension.equals(other.dimension);
	}

	@Override
	public int hashCode() {
		return Objects.hash(si, dimension);
	}

	/** Same as {@link #format()}. */
	@Override
	public String toString() {
		return format();
	}
}
