package org.lithos.units;

import java.util.Arrays;

import org.lithos.units.internal.KnownDimensions;

/**
 * A physical dimension: integer exponents over seven base dimensions (six of the SI bases plus a
 * pseudo-base for C-rates). Immutable; equal exponents mean equal dimensions.
 *
 * <p>The pseudo-base {@link Base#NOMINAL_CAPACITY} counts multiples of a cell's nominal capacity.
 * A C-rate is nominal capacity per time, so {@code 1C} (one capacity per hour) is {@code 1/3600}
 * {@code Qnom/s} in SI, and a C-rate times a duration is a fraction of the capacity. It stays
 * apart from {@link #CURRENT} until the compiler knows the cell's capacity in A·s.
 */
public final class Dimension {

	/** The base dimensions, in the order used by {@link #baseForm()}. */
	public enum Base {
		/** Mass, SI unit kg. */
		MASS("kg"),
		/** Length, SI unit m. */
		LENGTH("m"),
		/** Time, SI unit s. */
		TIME("s"),
		/** Electric current, SI unit A. */
		CURRENT("A"),
		/** Thermodynamic temperature, SI unit K. */
		TEMPERATURE("K"),
		/** Amount of substance, SI unit mol. */
		AMOUNT("mol"),
		/** Pseudo-base: multiples of the cell's nominal capacity, written Qnom (not an SI unit). */
		NOMINAL_CAPACITY("Qnom");

		private final String symbol;

		Base(String symbol) {
			this.symbol = symbol;
		}

		/**
		 * The symbol of this base's SI (or pseudo-SI) unit.
		 *
		 * @return e.g. "kg", "m", "Qnom"
		 */
		public String symbol() {
			return symbol;
		}
	}

	private static final int BASES = Base.values().length;

	/** No dimension (%, ppm, angles, ratios). */
	public static final Dimension DIMENSIONLESS = new Dimension(new int[BASES]);
	/** Length, m. */
	public static final Dimension LENGTH = of(Base.LENGTH);
	/** Mass, kg. */
	public static final Dimension MASS = of(Base.MASS);
	/** Time, s. */
	public static final Dimension TIME = of(Base.TIME);
	/** Electric current, A. */
	public static final Dimension CURRENT = of(Base.CURRENT);
	/** Temperature, K. */
	public static final Dimension TEMPERATURE = of(Base.TEMPERATURE);
	/** Amount of substance, mol. */
	public static final Dimension AMOUNT = of(Base.AMOUNT);
	/** Area, m2. */
	public static final Dimension AREA = LENGTH.pow(2);
	/** Volume, m3. */
	public static final Dimension VOLUME = LENGTH.pow(3);
	/** Frequency, 1/s. */
	public static final Dimension FREQUENCY = TIME.pow(-1);
	/** First-order rate constant, 1/s (the same dimension as {@link #FREQUENCY}). */
	public static final Dimension RATE_CONSTANT = FREQUENCY;
	/** Current density, A/m2. */
	public static final Dimension CURRENT_DENSITY = CURRENT.divide(AREA);
	/** Charge, which the language calls capacity, A·s (mAh, Ah). */
	public static final Dimension CHARGE = CURRENT.times(TIME);
	/** Areal capacity, A·s/m2 (mAh/cm2). */
	public static final Dimension AREAL_CAPACITY = CHARGE.divide(AREA);
	/** Volumetric capacity, A·s/m3 (mAh/cm3). */
	public static final Dimension VOLUMETRIC_CAPACITY = CHARGE.divide(VOLUME);
	/** Specific (gravimetric) capacity, A·s/kg (mAh/g). */
	public static final Dimension SPECIFIC_CAPACITY = CHARGE.divide(MASS);
	/** Specific current, A/kg (mA/g). */
	public static final Dimension SPECIFIC_CURRENT = CURRENT.divide(MASS);
	/** Energy, J = kg·m2/s2 (eV). */
	public static final Dimension ENERGY = MASS.times(AREA).divide(TIME.pow(2));
	/** Power, W = J/s. */
	public static final Dimension POWER = ENERGY.divide(TIME);
	/** Voltage, V = W/A. */
	public static final Dimension VOLTAGE = POWER.divide(CURRENT);
	/** Resistance, ohm = V/A. */
	public static final Dimension RESISTANCE = VOLTAGE.divide(CURRENT);
	/** Conductance, S = 1/ohm. */
	public static final Dimension CONDUCTANCE = RESISTANCE.pow(-1);
	/** Areal (interfacial) resistance, ohm·m2. */
	public static final Dimension AREAL_RESISTANCE = RESISTANCE.times(AREA);
	/** Resistivity, ohm·m (ohm.cm). */
	public static final Dimension RESISTIVITY = RESISTANCE.times(LENGTH);
	/** Conductivity, S/m. */
	public static final Dimension CONDUCTIVITY = CONDUCTANCE.divide(LENGTH);
	/** Force, N. */
	public static final Dimension FORCE = ENERGY.divide(LENGTH);
	/** Pressure and stress, Pa = N/m2. */
	public static final Dimension PRESSURE = FORCE.divide(AREA);
	/** Areal mass (mass loading), kg/m2 (mg/cm2). */
	public static final Dimension AREAL_MASS = MASS.divide(AREA);
	/** Mass density, kg/m3 (g/cm3). */
	public static final Dimension DENSITY = MASS.divide(VOLUME);
	/** Surface (interfacial) energy, J/m2. */
	public static final Dimension SURFACE_ENERGY = ENERGY.divide(AREA);
	/** Molar energy, J/mol (kJ/mol). */
	public static final Dimension MOLAR_ENERGY = ENERGY.divide(AMOUNT);
	/** Diffusivity, m2/s (cm2/s). */
	public static final Dimension DIFFUSIVITY = AREA.divide(TIME);
	/** Molar volume, m3/mol. */
	public static final Dimension MOLAR_VOLUME = VOLUME.divide(AMOUNT);
	/** Molar mass, kg/mol (g/mol). */
	public static final Dimension MOLAR_MASS = MASS.divide(AMOUNT);
	/** Concentration, mol/m3. */
	public static final Dimension CONCENTRATION = AMOUNT.divide(VOLUME);
	/** C-rate: nominal capacities per time, Qnom/s in SI (1C = 1/3600 Qnom/s). */
	public static final Dimension C_RATE = of(Base.NOMINAL_CAPACITY).divide(TIME);

	private final int[] exponents;

	private Dimension(int[] exponents) {
		this.exponents = exponents;
	}

	/**
	 * A base dimension to the first power.
	 *
	 * @param base the base
	 * @return the dimension with exponent 1 on {@code base} and 0 elsewhere
	 */
	public static Dimension of(Base base) {
		return of(base, 1);
	}

	/**
	 * A base dimension to a power.
	 *
	 * @param base     the base
	 * @param exponent the exponent, may be negative
	 * @return the dimension with {@code exponent} on {@code base} and 0 elsewhere
	 */
	public static Dimension of(Base base, int exponent) {
		int[] e = new int[BASES];
		e[base.ordinal()] = exponent;
		return new Dimension(e);
	}

	/**
	 * The exponent of one base.
	 *
	 * @param base the base
	 * @return its exponent in this dimension (0 if absent)
	 */
	public int exponent(Base base) {
		return exponents[base.ordinal()];
	}

	/**
	 * Product of two dimensions (exponents add).
	 *
	 * @param other the other factor
	 * @return this · other
	 */
	public Dimension times(Dimension other) {
		int[] e = new int[BASES];
		for (int i = 0; i < BASES; i++) {
			e[i] = exponents[i] + other.exponents[i];
		}
		return new Dimension(e);
	}

	/**
	 * Quotient of two dimensions (exponents subtract).
	 *
	 * @param other the divisor
	 * @return this / other
	 */
	public Dimension divide(Dimension other) {
		return times(other.pow(-1));
	}

	/**
	 * Integer power (exponents multiply).
	 *
	 * @param power the power, may be zero or negative
	 * @return this ^ power
	 */
	public Dimension pow(int power) {
		int[] e = new int[BASES];
		for (int i = 0; i < BASES; i++) {
			e[i] = exponents[i] * power;
		}
		return new Dimension(e);
	}

	/**
	 * Whether all exponents are zero.
	 *
	 * @return true for ratios, %, ppm and angles
	 */
	public boolean isDimensionless() {
		return equals(DIMENSIONLESS);
	}

	/**
	 * A human name for diagnostics: the name of a known dimension ("current density",
	 * "areal capacity", ...) or, for any other, its {@link #baseForm()}.
	 *
	 * @return e.g. "areal capacity" or "kg·m^2·s^-4·A^-1"
	 */
	public String describe() {
		return KnownDimensions.name(this).orElseGet(this::baseForm);
	}

	/**
	 * The dimension written in base SI units: positive exponents first, each group in
	 * {@link Base} order, exponent 1 left out; "1" when dimensionless. The result parses with
	 * {@link Units#parse(String)} except when it contains the pseudo-base {@code Qnom}.
	 *
	 * @return e.g. "kg·m^-1·s^-2" for pressure
	 */
	public String baseForm() {
		StringBuilder out = new StringBuilder();
		appendBases(out, true);
		appendBases(out, false);
		return out.length() == 0 ? "1" : out.toString();
	}

	private void appendBases(StringBuilder out, boolean positive) {
		for (Base base : Base.values()) {
			int e = exponents[base.ordinal()];
			if (e == 0 || (e > 0) != positive) {
				continue;
			}
			if (out.length() > 0) {
				out.append('·');
			}
			out.append(base.symbol());
			if (e != 1) {
				out.append('^').append(e);
			}
		}
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Dimension other && Arrays.equals(exponents, other.exponents);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(exponents);
	}

	/** Same as {@link #describe()}. */
	@Override
	public String toString() {
		return describe();
	}
}
