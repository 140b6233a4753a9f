package org.lithos.solver.cell.internal;

/**
 * Every default and global calibration constant of {@code lithos.cell}, in SI units, each with its source. Values
 * read from the input (material, interface and cell properties) take precedence; these are used when the input is
 * silent. No constant names an experiment: the "global calibration" ones are to be refitted by
 * {@code lithos calibrate} against the whole reference data set at once.
 */
public final class Defaults {

	private Defaults() {
	}

	// ------------------------------------------------------------------ physical constants

	/** Faraday constant, C/mol (CODATA 2018, exact). */
	public static final double F = 96485.33212;
	/** Gas constant, J/(mol K) (CODATA 2018, exact). */
	public static final double R = 8.314462618;
	/** Boltzmann constant, J/K (CODATA 2018, exact). */
	public static final double K_B = 1.380649e-23;
	/** Lowest temperature the rate laws are used at, K (-100 C; below it they are extrapolated too far). */
	public static final double T_MIN = 173.15;
	/** Li melting point, K (CRC Handbook of Chemistry and Physics, 97th ed.): a solid-Li model ends there. */
	public static final double LI_MELTING_POINT = 453.65;
	/** Room temperature used when neither step nor cell gives one, K (IUPAC standard 25 C). */
	public static final double T_ROOM = 298.15;

	// ------------------------------------------------------------------ lithium

	/** Li density, kg/m3 (CRC Handbook of Chemistry and Physics, 97th ed.). */
	public static final double LI_DENSITY = 534.0;
	/** Li molar mass, kg/mol (IUPAC 2013, doi:10.1515/pac-2015-0305). */
	public static final double LI_MOLAR_MASS = 6.94e-3;
	/** Li creep stress exponent n (LePage et al., J. Electrochem. Soc. 166 (2019) A89, doi:10.1149/2.0221902jes). */
	public static final double LI_CREEP_EXPONENT = 6.6;
	/** Li creep activation energy, J/mol (LePage et al. 2019, doi:10.1149/2.0221902jes). */
	public static final double LI_CREEP_ACTIVATION = 37000.0;
	/**
	 * Li creep strain rate at {@link #CREEP_REF_STRESS} and {@link #CREEP_REF_T}, 1/s: order of magnitude of the
	 * room-temperature power-law creep data of LePage et al. 2019 (doi:10.1149/2.0221902jes); global calibration.
	 */
	public static final double CREEP_REF_RATE = 1e-5;
	/** Reference stress of {@link #CREEP_REF_RATE}, Pa (LePage et al. 2019 test range). */
	public static final double CREEP_REF_STRESS = 0.8e6;
	/** Reference temperature of {@link #CREEP_REF_RATE}, K. */
	public static final double CREEP_REF_T = 298.15;
	/**
	 * Interfacial asperity length over which creep refills a stripped interface, m: global calibration constant,
	 * to be fitted by lithos calibrate (critical stripping currents of Kasemchainan et al., Nat. Mater. 18 (2019)
	 * 1105, doi:10.1038/s41563-019-0438-9, set its order).
	 */
	public static final double CREEP_LENGTH = 1e-7;
	/**
	 * Effective Li | substrate interfacial energy of the nucleation barrier, J/m2: global calibration constant, to
	 * be fitted by lithos calibrate (bulk Li surface energy ~0.5 J/m2 overestimates the barrier of a nucleus on a
	 * substrate under an electrolyte).
	 */
	public static final double NUCLEATION_SURFACE_ENERGY = 0.05;
	/**
	 * Current density carried by nucleation and early growth per unit nucleation probability, A/m2, i.e. the
	 * prefactor J0 (sites x attempt frequency) times the charge of early growth: global calibration constant.
	 */
	public static final double NUCLEATION_PREFACTOR = 20.0;
	/** Transfer coefficient of nucleus growth (symmetric Butler-Volmer, Bard and Faulkner 2001). */
	public static final double NUCLEATION_ALPHA = 0.5;
	/**
	 * Plated charge over which the nucleation spike decays to the growth plateau, A s/m2 (~50 nm of Li): global
	 * calibration.
	 */
	public static final double NUCLEATION_DECAY_CHARGE = 36.0;

	// ------------------------------------------------------------------ kinetics and transport

	/**
	 * Exchange current density of Li | sulfide electrolyte, A/m2: of order 1-10 mA/cm2 from Li | Li6PS5Cl impedance
	 * (Kasemchainan et al. 2019, doi:10.1038/s41563-019-0438-9); global calibration constant.
	 */
	public static final double J0_LI = 50.0;
	/** Exchange current density of the alloy and conversion reactions, A/m2: global calibration constant. */
	public static final double J0_LAYER = 5.0;
	/**
	 * Exchange current density at the cathode | electrolyte interface, A/m2 (per geometric area): global
	 * calibration.
	 */
	public static final double J0_CATHODE = 20.0;
	/**
	 * Activation energy of the electrolyte's ionic conductivity, J/mol (argyrodites: 0.2-0.4 eV); a conductivity is
	 * taken at the "temperature" condition of its property, else at {@link #T_ROOM}: global calibration constant.
	 */
	public static final double SE_ACTIVATION = 30000.0;
	/** Activation energy of the exchange current densities, J/mol: global calibration constant. */
	public static final double CHARGE_TRANSFER_ACTIVATION = 40000.0;
	/** Ionic conductivity of SEI-1 (Li2S, Li3P, LiCl), S/m: global calibration constant. */
	public static final double SEI_CONDUCTIVITY = 1e-4;
	/** Areal resistance of the composite cathode, ohm m2: global calibration constant. */
	public static final double CATHODE_RESISTANCE = 2e-3;

	// ------------------------------------------------------------------ wetting and morphology

	/** Contact angle of Li on a bare non-alloying metal (Cu, Ni, SS), rad: global calibration constant. */
	public static final double THETA_BARE = Math.toRadians(100);
	/** Contact angle of Li on a refractory barrier (W, Mo, Nb), rad: global calibration constant. */
	public static final double THETA_REFRACTORY = Math.toRadians(92);
	/** Contact angle of Li on a fresh solid-solution alloy (Mg, Zn, Sn, In), rad: global calibration constant. */
	public static final double THETA_ALLOY = Math.toRadians(55);
	/** Contact angle of Li on an intermetallic-forming noble seed (Au, Ag), rad: global calibration constant. */
	public static final double THETA_NOBLE = Math.toRadians(15);
	/** Contact angle of Li on Li2Te and similar lithiophilic compounds, rad: global calibration constant. */
	public static final double THETA_COMPOUND = Math.toRadians(45);
	/**
	 * Li thickness at which islands coalesce, m (dense planar deposit); island deposits use
	 * {@link #ISLAND_COALESCENCE_FACTOR} times this: global calibration constant.
	 */
	public static final double COVER_THICKNESS = 50e-9;
	/**
	 * Li on the collector, as a fraction of the coalescence charge, below which the surface counts as bare and Li
	 * must nucleate again: global calibration constant.
	 */
	public static final double BARE_SURFACE_FRACTION = 0.01;
	/**
	 * Reversible alloy content, as a fraction of its capacity, below which its active area shrinks: global
	 * calibration.
	 */
	public static final double ALLOY_COVER_FRACTION = 0.02;
	/** Ratio of coalescence thickness of island to planar deposits: global calibration constant. */
	public static final double ISLAND_COALESCENCE_FACTOR = 4.0;

	// ------------------------------------------------------------------ loss channels

	/**
	 * Dead-Li fraction of stripped Li for a dense planar deposit at the reference pressure and rate: global
	 * calibration constant (R24 review: dense, columnar deposits lose least).
	 */
	public static final double DEAD_FRACTION_DENSE = 0.008;
	/** Extra dead-Li fraction per unit non-wetted area (islands lose contact): global calibration constant. */
	public static final double DEAD_FRACTION_ISLANDS = 0.012;
	/** Extra dead-Li fraction on the first strip of Li nucleated on a bare surface: global calibration constant. */
	public static final double DEAD_FRACTION_FIRST = 0.12;
	/** Reference stack pressure of the dead-Li fractions, Pa: global calibration constant. */
	public static final double DEAD_REF_PRESSURE = 10e6;
	/** Reference current density of the dead-Li fractions, A/m2: global calibration constant. */
	public static final double DEAD_REF_CURRENT = 10.0;
	/**
	 * Exponent of the plate/strip rate ratio in the dead-Li fraction (R24: slow strip after fast plate): global
	 * calibration.
	 */
	public static final double DEAD_RATE_EXPONENT = 0.5;
	/**
	 * Dead-Li thickness that blocks the collector contact by 1/e when the deposit is porous (islands), m: global
	 * calibration constant. Dense deposits block {@link #DENSE_BLOCKING_RATIO} times less.
	 */
	public static final double DEAD_BLOCKING_THICKNESS = 2e-6;
	/** Blocking of dense over porous dead Li: global calibration constant. */
	public static final double DENSE_BLOCKING_RATIO = 0.04;

	/** Li concentration in SEI-1 (Li2S: 1.66 g/cm3 CRC Handbook 97th ed., 2 Li per 45.95 g/mol), mol/m3. */
	public static final double SEI_LI_CONCENTRATION = 2 * 1660.0 / 45.95e-3;
	/** SEI-1 thickness formed at once on fresh Li | electrolyte contact, m: global calibration constant. */
	public static final double SEI_INITIAL_THICKNESS = 5e-9;
	/**
	 * SEI-1 reaction-limited growth rate at {@link #SEI_REF_T}, m/s; growth slows as L0/(L0 + L): global
	 * calibration constant.
	 */
	public static final double SEI_RATE = 2e-12;
	/** SEI-1 thickness at which diffusion halves the growth rate, m: global calibration constant. */
	public static final double SEI_DIFFUSION_THICKNESS = 20e-9;
	/** SEI-1 activation energy, J/mol: global calibration constant (order of sulfide reduction kinetics). */
	public static final double SEI_ACTIVATION = 40000.0;
	/** Reference temperature of the SEI rates, K. */
	public static final double SEI_REF_T = 298.15;
	/** Fresh Li | electrolyte area per cycle of a dense deposit, fraction of geometric area: global calibration. */
	public static final double FRESH_AREA_DENSE = 0.05;
	/** Fresh area per cycle of an island deposit, fraction of geometric area: global calibration. */
	public static final double FRESH_AREA_ISLANDS = 1.0;
	/** Relative SEI-1 rate on a Mg-rich alloy surface (PHYSICS.md: it reacts less): global calibration. */
	public static final double SEI_ALLOY_FACTOR = 0.6;

	/**
	 * SEI-2 (Cu corrosion by the sulfide) as L = [A exp(-Ea/RT) t]^n, written as d(L^(1/n))/dt = (A exp(-Ea/RT))^(1/n):
	 * global calibration, fitted to M24 corrosion data (6 thicknesses at 296 and 333 K, log least squares; the
	 * fitted exponent n ~ 1 says interface-controlled, near-linear growth through a conductive Cu sulfide, and fits
	 * better, rms 0.43 in ln L, than the parabolic n = 1/2, rms 0.62). ln A with L in m and t in s.
	 */
	public static final double SEI2_LN_PREFACTOR = -10.4534;
	/** SEI-2 activation energy, J/mol (same fit as {@link #SEI2_LN_PREFACTOR}). */
	public static final double SEI2_ACTIVATION = 45607.0;
	/** SEI-2 time exponent n (same fit as {@link #SEI2_LN_PREFACTOR}). */
	public static final double SEI2_EXPONENT = 1.05366;
	/** SEI-2 thickness that halves the collector contact and doubles SEI-1 growth, m: global calibration. */
	public static final double SEI2_DAMAGE_THICKNESS = 100e-9;

	/**
	 * Cracking damage per full alloy cycle of a layer of {@link #CRACK_REF_THICKNESS}; damage scales as
	 * (h_ref / h) since a thinner layer carries larger cycling strain: global calibration constant.
	 */
	public static final double CRACK_RATE = 0.009;
	/**
	 * Thickness at which a sputtered barrier film becomes continuous, m (thin metal films coalesce at ~10-20 nm;
	 * thinner ones leave the collector partly exposed): global calibration constant.
	 */
	public static final double CONTINUOUS_FILM_THICKNESS = 20e-9;
	/** Reference alloy-layer thickness of {@link #CRACK_RATE}, m. */
	public static final double CRACK_REF_THICKNESS = 100e-9;

	/** Reversible fraction of an alloy layer's Li (the rest stays trapped): global calibration constant. */
	public static final double ALLOY_REVERSIBLE_FRACTION = 0.7;

	// ------------------------------------------------------------------ filaments and cracks

	/**
	 * Critical local current density for filament initiation into a dense (fine-powder) sulfide pellet at
	 * {@link #CCD_REF_PRESSURE}, A/m2: global calibration constant (critical current densities of Li | argyrodite of
	 * order 1-10 mA/cm2, Kasemchainan et al. 2019, doi:10.1038/s41563-019-0438-9).
	 */
	public static final double CCD_DENSE = 95.0;
	/** Reference pressure of {@link #CCD_DENSE}, Pa. */
	public static final double CCD_REF_PRESSURE = 10e6;
	/** Exponent of the pressure dependence of the critical current: global calibration constant. */
	public static final double CCD_PRESSURE_EXPONENT = 0.5;
	/** Particle size at which the pellet density factor halves, m: global calibration constant. */
	public static final double CCD_PARTICLE_SIZE = 20e-6;
	/** Ratio of filament-tip to excess local current (current focusing at tips): global calibration constant. */
	public static final double FILAMENT_FOCUSING = 3000.0;
	/** Areal fraction of filaments (Li volume per length and area): global calibration constant. */
	public static final double FILAMENT_AREA_FRACTION = 1e-3;
	/** Fraction of plated Li that fills pores and cracks of a fully porous pellet: global calibration constant. */
	public static final double CRACK_FILL_FRACTION = 0.6;
	/** Fraction of crack Li that stays trapped on stripping: global calibration constant. */
	public static final double CRACK_TRAPPED_FRACTION = 0.2;

	// ------------------------------------------------------------------ cathodes and counters

	/**
	 * First-cycle irreversible loss of NMC811 as a fraction of its theoretical Li (kinetic hindrance of the last
	 * lithiation, Kasnatscheew et al., Phys. Chem. Chem. Phys. 18 (2016) 3956, doi:10.1039/C5CP07718D, plus
	 * cathode | sulfide interphase formation): ~0.12 x 275 mAh/g; global calibration constant.
	 */
	public static final double NMC_FIRST_CYCLE_LOSS = 0.12;
	/** First-cycle loss of LCO as a fraction of its theoretical Li: global calibration constant. */
	public static final double LCO_FIRST_CYCLE_LOSS = 0.03;
	/**
	 * Scale of the cathode's lithiation-limit overpotential on discharge, eta = s (RT/F) (1/(1 - y/y_max) - 1): the
	 * sites left for Li run out hyperbolically as y approaches y_max; global calibration constant.
	 */
	public static final double CATHODE_LIMIT_SCALE = 0.01;
	/** Cathode-side capacity fade per cycle (cathode | sulfide degradation), fraction: global calibration constant. */
	public static final double CATHODE_FADE_PER_CYCLE = 5e-4;
	/** NMC811 molar mass, kg/mol (IUPAC 2013, doi:10.1515/pac-2015-0305). */
	public static final double NMC_MOLAR_MASS = 97.28e-3;
	/** LCO molar mass, kg/mol (IUPAC 2013, doi:10.1515/pac-2015-0305). */
	public static final double LCO_MOLAR_MASS = 97.87e-3;
	/**
	 * Li available in a counter electrode without thickness (e.g. InLi), A s/m2: 100 um of Li equivalent; a
	 * modelling choice (an In-Li pellet is far larger than any plated capacity).
	 */
	public static final double COUNTER_RESERVOIR = 100e-6 * LI_DENSITY / LI_MOLAR_MASS * F;

	// ------------------------------------------------------------------ alloys (phase diagrams)

	/** Default alloy plateau of Li-Mg (bcc solid solution within tens of mV of Li), V: global calibration. */
	public static final double PLATEAU_MG = 0.03;
	/**
	 * Li-richest phases, Li per metal atom (Massalski, Binary Alloy Phase Diagrams, 2nd ed., ASM 1990): Li15Au4,
	 * Li9Ag4 (taken as 2.25), Li22Sn5, LiZn, Li13In3; Li-Mg is a continuous bcc solid solution, capped at Li3.9Mg
	 * (PHYSICS.md).
	 */
	public static final double RATIO_AU = 3.75;
	/** See {@link #RATIO_AU}. */
	public static final double RATIO_AG = 2.25;
	/** See {@link #RATIO_AU}. */
	public static final double RATIO_MG = 3.9;
	/** See {@link #RATIO_AU}. */
	public static final double RATIO_SN = 4.4;
	/** See {@link #RATIO_AU}. */
	public static final double RATIO_ZN = 1.0;
	/** See {@link #RATIO_AU}. */
	public static final double RATIO_IN = 13.0 / 3.0;
	/**
	 * Default plateaus of Li-Au (two steps), V vs Li: -0.48 and -0.54 V vs In-Li (0.62 V), Wang et al., Small 2025,
	 * doi:10.1002/smll.202506473, as in the material library. Arrays: never modify.
	 */
	static final double[] PLATEAU_AU = { 0.14, 0.08 };
	/** Default plateau of Li-Ag, V vs Li: global calibration (no verified source in the library). */
	static final double[] PLATEAU_AG = { 0.08 };
	/**
	 * Default plateaus of Li-Sn, V vs Li (Winter and Besenhard, Electrochim. Acta 45 (1999) 31,
	 * doi:10.1016/S0013-4686(99)00191-7).
	 */
	static final double[] PLATEAU_SN = { 0.66, 0.58, 0.43 };
	/** Default plateau of Li-Zn, V vs Li: global calibration. */
	static final double[] PLATEAU_ZN = { 0.15, 0.08 };
	/** Default plateau of Li-In, V vs Li (In / LiIn two-phase equilibrium, as the InLi counter). */
	static final double[] PLATEAU_IN = { 0.62 };
	/** Default Cu2Te conversion potentials, V vs Li (as stored for Cu2Te in the material library). */
	static final double[] CONVERSION_POTENTIALS = { 1.5, 1.3 };

	// ------------------------------------------------------------------ further defaults

	/**
	 * Open-circuit potential of a Li-free collector vs Li, V: global calibration constant (inside the sulfide's
	 * stability window).
	 */
	public static final double BARE_COLLECTOR_POTENTIAL = 2.0;
	/** Mean particle size of an electrolyte powder when the input gives none, m (fine argyrodite powders, 1-5 um). */
	public static final double PARTICLE_SIZE = 3e-6;
	/** Pellet porosity below which no Li enters pores and cracks: global calibration constant. */
	public static final double PORE_THRESHOLD = 0.25;
	/** Porosity range over which pore and crack filling rises to {@link #CRACK_FILL_FRACTION}: global calibration. */
	public static final double PORE_RANGE = 0.5;
	/** Wetted fraction above which Li grows dense and planar rather than as islands: global calibration constant. */
	public static final double ISLAND_WETTING = 0.6;
	/** Weight of wetting in the critical current, j_c ~ (1 - w) + w x wetted fraction: global calibration constant. */
	public static final double CCD_WETTING_WEIGHT = 0.6;
	/**
	 * Exponent of the plating current in the dead-Li fraction (faster plating, more porous deposits): global
	 * calibration.
	 */
	public static final double DEAD_CURRENT_EXPONENT = 0.5;
	/** Extra dead Li per unit pore-filling fraction (Li in pores loses contact): global calibration constant. */
	public static final double DEAD_PORE_FACTOR = 2.0;
	/** Cu2Te density when a layer gives neither density nor areal mass, kg/m3 (CRC Handbook, 97th ed.). */
	public static final double CU2TE_DENSITY = 7270.0;
	/** Cu2Te molar mass, kg/mol (IUPAC 2013, doi:10.1515/pac-2015-0305). */
	public static final double CU2TE_MOLAR_MASS = 254.69e-3;

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
