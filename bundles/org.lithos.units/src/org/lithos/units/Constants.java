package org.lithos.units;

/**
 * Physical constants in SI. The fundamental ones are the CODATA 2018 values (exact since the 2019
 * SI redefinition, except where noted), from NIST, https://physics.nist.gov/cuu/Constants/.
 */
public final class Constants {

	/** Avogadro constant N_A, 1/mol (exact). */
	public static final double AVOGADRO = 6.02214076e23;

	/** Elementary charge e, C = A·s (exact); also J per eV. */
	public static final double ELEMENTARY_CHARGE = 1.602176634e-19;

	/** Boltzmann constant k_B, J/K (exact). */
	public static final double BOLTZMANN = 1.380649e-23;

	/** Planck constant h, J·s (exact). */
	public static final double PLANCK = 6.62607015e-34;

	/** Faraday constant F = N_A·e, C/mol = A·s/mol (CODATA 2018, 96485.33212...). */
	public static final double FARADAY = 96485.33212;

	/** Molar gas constant R = N_A·k_B, J/(mol·K) (CODATA 2018, 8.314462618...). */
	public static final double GAS_CONSTANT = 8.314462618;

	/**
	 * Standard ambient temperature, K (25 C, IUPAC): the room temperature of the reference experiments, the
	 * default of a cell that gives none, and the reference temperature of the rate constants measured at room
	 * temperature.
	 */
	public static final double STANDARD_TEMPERATURE = 298.15;

	/** Molar mass of lithium, kg/mol (IUPAC standard atomic weight 6.94, abridged). */
	public static final double LITHIUM_MOLAR_MASS = 6.94e-3;

	/** Density of lithium metal at room temperature, kg/m3 (0.534 g/cm3, CRC Handbook). */
	public static final double LITHIUM_DENSITY = 534.0;

	/**
	 * Molar volume of lithium metal V_m, m3/mol: M/rho = 6.94 g/mol / 0.534 g/cm3 = 13.0 cm3/mol,
	 * rounded so that 1 mAh/cm2 of plated Li is 4.85 um thick.
	 */
	public static final double LITHIUM_MOLAR_VOLUME = 1.30e-5;

	private Constants() {
	}

	/**
	 * Thickness of dense lithium per areal capacity, V_m / F (one electron per Li atom).
	 *
	 * @return m per (A·s/m2); times 36000 A·s/m2 (1 mAh/cm2) gives 4.85e-6 m
	 */
	public static double lithiumThicknessPerArealCapacity() {
		return LITHIUM_MOLAR_VOLUME / FARADAY;
	}
}
