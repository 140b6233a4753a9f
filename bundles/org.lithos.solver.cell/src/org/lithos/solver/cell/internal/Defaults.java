package org.lithos.solver.cell.internal;

import org.lithos.units.Constants;

/**
 * The physical constants and literature defaults of {@code lithos.cell}, in SI units, each with its source. Values
 * read from the input (material, interface and cell properties) take precedence; these are used when the input is
 * silent. The global calibration constants (fitted against the whole reference data set at once by
 * {@code lithos calibrate}) are not here: they are in {@link org.lithos.solver.cell.Calibration}, shipped in
 * calibration.properties, and reach the equations through {@link Cal}. No constant names an experiment.
 */
public final class Defaults {

	private Defaults() {
	}

	// ------------------------------------------------------------------ temperatures (the physical constants are in
	// org.lithos.units.Constants)

	/** Lowest temperature the rate laws are used at, K (-100 C; below it they are extrapolated too far). */
	public static final double T_MIN = 173.15;
	/** Li melting point, K (CRC Handbook of Chemistry and Physics, 97th ed.): a solid-Li model ends there. */
	public static final double LI_MELTING_POINT = 453.65;

	// ------------------------------------------------------------------ lithium

	/** Li creep stress exponent n (LePage et al., J. Electrochem. Soc. 166 (2019) A89, doi:10.1149/2.0221902jes). */
	public static final double LI_CREEP_EXPONENT = 6.6;
	/** Li creep activation energy, J/mol (LePage et al. 2019, doi:10.1149/2.0221902jes). */
	public static final double LI_CREEP_ACTIVATION = 37000.0;
	/** Reference stress of the creep reference rate (calibration creep.refRate), Pa (LePage et al. 2019 test range). */
	public static final double CREEP_REF_STRESS = 0.8e6;
	/** Reference temperature of the creep reference rate (calibration creep.refRate), K. */
	public static final double CREEP_REF_T = Constants.STANDARD_TEMPERATURE;
	/** Transfer coefficient of nucleus growth (symmetric Butler-Volmer, Bard and Faulkner 2001). */
	public static final double NUCLEATION_ALPHA = 0.5;

	// ------------------------------------------------------------------ kinetics and transport


	/**
	 * Share of the charging current carried by oxidation of the electrolyte in the composite cathode while any is
	 * left. It sets how early in the first charge the oxidation happens, not how much Li it releases (that is the
	 * calibrated cathode.seOxidation). A modelling choice, not a measured value: with one half the oxidation ends
	 * early in the first charge, as the interphase of sulfide composites forms mostly on the first charge (Koerver
	 * et al., Chem. Mater. 29 (2017) 5574, doi:10.1021/acs.chemmater.7b00931).
	 */
	static final double SE_OXIDATION_SHARE = 0.5;

	// ------------------------------------------------------------------ wetting and morphology


	// ------------------------------------------------------------------ loss channels


	/** Li concentration in SEI-1 (Li2S: 1.66 g/cm3 CRC Handbook 97th ed., 2 Li per 45.95 g/mol), mol/m3. */
	public static final double SEI_LI_CONCENTRATION = 2 * 1660.0 / 45.95e-3;
	/**
	 * Li bound per volume of the collector's corrosion product when Li reduces it, A s/m3: Cu2S (the product M24
	 * identifies, doi:10.1002/adma.202410948) + 2 Li -> Li2S + 2 Cu, with Cu2S at 5.6 g/cm3 (CRC Handbook of Chemistry
	 * and Physics, 97th ed.) and 159.16 g/mol (IUPAC 2013 atomic weights): 2 x 5.6e6 / 159.16 mol/m3 x F = 6.8e9, so
	 * 10 nm of sulfide binds 68 A s/m2 (0.019 mAh/cm2) of Li.
	 */
	public static final double CORROSION_LI_CHARGE = 2 * 5.6e6 / 159.16 * Constants.FARADAY;
	/** Reference temperature of the SEI rates, K. */
	public static final double SEI_REF_T = Constants.STANDARD_TEMPERATURE;


	/** Reference alloy-layer thickness of the cracking rate (calibration alloy.crackRate), m. */
	public static final double CRACK_REF_THICKNESS = 100e-9;


	// ------------------------------------------------------------------ filaments and cracks

	/** Reference pressure of the critical current (calibration ccd.dense), Pa. */
	public static final double CCD_REF_PRESSURE = 10e6;

	// ------------------------------------------------------------------ cathodes and counters

	/**
	 * Li available in a counter electrode without thickness (e.g. InLi), A s/m2: 100 um of Li equivalent; a
	 * modelling choice (an In-Li pellet is far larger than any plated capacity).
	 */
	public static final double COUNTER_RESERVOIR = 100e-6 * Constants.LITHIUM_DENSITY / Constants.LITHIUM_MOLAR_MASS
			* Constants.FARADAY;

	// ------------------------------------------------------------------ further defaults

	/**
	 * Porosity of a powder before compaction, the starting point of the Heckel law of cold pressing: random close
	 * packing of spheres fills 0.64 of space (Scott and Kilgour, J. Phys. D 2 (1969) 863, doi:10.1088/0022-3727/2/6/311).
	 */
	public static final double LOOSE_POROSITY = 0.36;
	/**
	 * Heckel pressure of a sulfide electrolyte powder, Pa: the porosity of a cold-pressed compact falls as
	 * exp(-P / P_H) (Heckel, Trans. Metall. Soc. AIME 221 (1961) 671). Soft sulfide glasses reach about 90 % of their
	 * density at 360 MPa (Sakuda et al., Sci. Rep. 3 (2013) 2261, doi:10.1038/srep02261), which from
	 * {@link #LOOSE_POROSITY} gives P_H = 360 MPa / ln(0.36 / 0.10) = 281 MPa.
	 */
	public static final double HECKEL_PRESSURE = 281e6;

	/** Mean particle size of an electrolyte powder when the input gives none, m (fine argyrodite powders, 1-5 um). */
	public static final double PARTICLE_SIZE = 3e-6;

	// ------------------------------------------------------------------ numerics

	/** Target number of increments per current step. */
	public static final int INCREMENTS_PER_STEP = 40;
	/** Increments per rest or store step. */
	public static final int INCREMENTS_PER_REST = 40;
	/** Maximum stored series points per step (decimated beyond). */
	public static final int MAX_POINTS_PER_STEP = 200;
	/** Relative tolerance of the Li inventory balance. */
	public static final double CONSERVATION_TOLERANCE = 1e-9;
}
