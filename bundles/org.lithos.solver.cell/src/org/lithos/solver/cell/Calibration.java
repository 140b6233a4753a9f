package org.lithos.solver.cell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The global calibration constants of {@code lithos.cell}: the few numbers of the reduced-order model that no
 * material, interface or process property gives and that are fitted against the whole reference data set at once
 * ({@code lithos calibrate}). Constants with a literature source stay in the solver's internal defaults and are not
 * here. Immutable and thread-safe; values in SI units.
 * <p>
 * The shipped values are in the bundle resource {@code org/lithos/solver/cell/calibration.properties} (one
 * {@code name = value} line per constant, each after a comment saying what it is), the format
 * {@code lithos calibrate} writes.
 */
public final class Calibration {

	/** What one constant is: name, fitting bounds and description (values come from the properties file). */
	private record Meta(String name, double lower, double upper, String description) {
	}

	private static final Meta[] META = {
			new Meta("creep.refRate", 1e-06, 0.0001,
					"Li creep strain rate at CREEP_REF_STRESS and CREEP_REF_T, 1/s: order of magnitude of the room-temperature power-law creep data of LePage et al. 2019 (doi:10.1149/2.0221902jes); fitted by lithos calibrate."),
			new Meta("creep.length", 1e-08, 1e-06,
					"Interfacial asperity length over which creep refills a stripped interface, m: fitted by lithos calibrate (critical stripping currents of Kasemchainan et al., Nat. Mater. 18 (2019) 1105, doi:10.1038/s41563-019-0438-9, set its order)."),
			new Meta("nucleation.surfaceEnergy", 0.005, 0.5,
					"Effective Li | substrate interfacial energy of the nucleation barrier, J/m2: fitted by lithos calibrate (bulk Li surface energy ~0.5 J/m2 overestimates the barrier of a nucleus on a substrate under an electrolyte)."),
			new Meta("nucleation.prefactor", 2.0, 200.0,
					"Current density carried by nucleation and early growth per unit nucleation probability, A/m2, i.e. the prefactor J0 (sites x attempt frequency) times the charge of early growth: fitted by lithos calibrate."),
			new Meta("nucleation.decayCharge", 3.6, 360.0,
					"Plated charge over which the nucleation spike decays to the growth plateau, A s/m2 (36 A s/m2 is about 5 nm of Li): fitted by lithos calibrate."),
			new Meta("kinetics.j0Li", 5.0, 500.0,
					"Exchange current density of Li | sulfide electrolyte, A/m2: of order 1-10 mA/cm2 from Li | Li6PS5Cl impedance (Kasemchainan et al. 2019, doi:10.1038/s41563-019-0438-9); fitted by lithos calibrate."),
			new Meta("kinetics.j0Layer", 0.5, 50.0,
					"Exchange current density of the alloy and conversion reactions, A/m2: fitted by lithos calibrate."),
			new Meta("kinetics.j0Cathode", 2.0, 200.0,
					"Exchange current density at a coated cathode | electrolyte interface, A/m2 (per geometric area; an uncoated one has kinetics.uncoatedCathodeFactor of it): fitted by lithos calibrate."),
			new Meta("electrolyte.conductivityActivation", 18000.0, 39000.0,
					"Activation energy of the electrolyte's ionic conductivity, J/mol (argyrodites: about 0.2-0.4 eV, the bounds of the fit); a conductivity is taken at the \"temperature\" condition of its property, else at T_ROOM: fitted by lithos calibrate."),
			new Meta("kinetics.activation", 10000.0, 90000.0,
					"Activation energy of the exchange current densities, J/mol: fitted by lithos calibrate."),
			new Meta("sei.conductivity", 1e-05, 0.001,
					"Ionic conductivity of SEI-1 (Li2S, Li3P, LiCl), S/m: fitted by lithos calibrate."),
			new Meta("cathode.resistance", 0.0002, 0.02,
					"Areal resistance of the composite cathode, ohm m2: fitted by lithos calibrate."),
			new Meta("wetting.thetaBare", 0.0174533, 3.12414,
					"Contact angle of Li on a bare non-alloying metal (Cu, Ni, SS), rad: fitted by lithos calibrate."),
			new Meta("wetting.thetaRefractory", 0.0174533, 3.12414,
					"Contact angle of Li on a refractory barrier (W, Mo, Nb), rad: fitted by lithos calibrate."),
			new Meta("wetting.thetaAlloy", 0.0174533, 3.12414,
					"Contact angle of Li on a fresh solid-solution alloy (Mg, Zn, Sn, In), rad: fitted by lithos calibrate."),
			new Meta("wetting.thetaNoble", 0.0174533, 3.12414,
					"Contact angle of Li on an intermetallic-forming noble seed (Au, Ag), rad: fitted by lithos calibrate."),
			new Meta("wetting.thetaCompound", 0.0174533, 3.12414,
					"Contact angle of Li on Li2Te and similar lithiophilic compounds, rad: fitted by lithos calibrate."),
			new Meta("morphology.coverThickness", 5e-09, 5e-07,
					"Li thickness at which islands coalesce, m (dense planar deposit); island deposits use ISLAND_COALESCENCE_FACTOR times this: fitted by lithos calibrate."),
			new Meta("morphology.bareSurfaceFraction", 0.001, 0.1,
					"Li on the collector, as a fraction of the coalescence charge, below which the surface counts as bare and Li must nucleate again: fitted by lithos calibrate."),
			new Meta("alloy.coverFraction", 0.002, 0.2,
					"Reversible alloy content, as a fraction of its capacity, below which its active area shrinks: fitted by lithos calibrate."),
			new Meta("morphology.islandCoalescenceFactor", 0.4, 40.0,
					"Ratio of coalescence thickness of island to planar deposits: fitted by lithos calibrate."),
			new Meta("dead.fractionDense", 0.0008, 0.08,
					"Dead-Li fraction of stripped Li for a dense planar deposit at the reference pressure and rate: fitted by lithos calibrate (R24 review: dense, columnar deposits lose least)."),
			new Meta("dead.fractionIslands", 0.0012, 0.12,
					"Extra dead-Li fraction per unit non-wetted area (islands lose contact): fitted by lithos calibrate."),
			new Meta("dead.fractionIslandLayer", 0.012, 1.0,
					"Extra dead-Li fraction of the Li stripped from within the island layer of an island-forming collector (morphology.islandLayerThickness), per unit non-wetted area, at the reference plating current and pressure (scales as (j / dead.refCurrent)^dead.currentExponent): separate islands neck and lose contact as they thin, so a strip through the island layer loses an areal amount of Li, whatever was plated on top; fitted by lithos calibrate."),
			new Meta("morphology.islandLayerThickness", 1e-07, 1e-05,
					"Li thickness on an island-forming (lithiophobic) collector below which the deposit is still a layer of separate islands rather than a continuous film, m: Li nucleates on Cu as separate particles of 20-200 nm (Z25 SEM) that must grow well beyond their own size before they merge; fitted by lithos calibrate."),
			new Meta("dead.fractionFirstFresh", 0.0, 0.3,
					"Dead-Li fraction on the first strip of Li grown on a fresh collector surface whatever its wetting, at the reference plating current (scales as (j / dead.refCurrent)^dead.currentExponent): the first deposit is more porous and meets fresh electrolyte (lithiophilic Li2Te-Cu still loses 4-18 % in its first cycle between 0.5 and 8 mA/cm2 while its average CE on a Li reservoir is 99.7 %); fitted by lithos calibrate."),
			new Meta("dead.refPressure", 1e+06, 1e+08,
					"Reference stack pressure of the dead-Li fractions, Pa: fitted by lithos calibrate."),
			new Meta("dead.pressureExponent", 0.0, 2.0,
					"Exponent n of the stack-pressure factor (p_ref / p)^n of every dead-Li fraction (bounded to 0.2-5): pressure keeps stripping Li pressed against the collector, so less of it is isolated (R24; the factor covers the low-pressure side of R24's optimum only); fitted by lithos calibrate."),
			new Meta("dead.refCurrent", 1.0, 100.0,
					"Reference current density of the dead-Li fractions, A/m2: fitted by lithos calibrate."),
			new Meta("dead.rateExponent", 0.0, 2.0,
					"Exponent of the plate/strip rate ratio in the dead-Li fraction (R24: slow strip after fast plate): fitted by lithos calibrate."),
			new Meta("dead.blockingThickness", 2e-07, 2e-05,
					"Dead-Li thickness that blocks the collector contact by 1/e when the deposit is porous (islands), m: fitted by lithos calibrate. Dense deposits block DENSE_BLOCKING_RATIO times less."),
			new Meta("dead.denseBlockingRatio", 0.004, 0.4,
					"Blocking of dense over porous dead Li: fitted by lithos calibrate."),
			new Meta("sei.initialThickness", 5e-10, 5e-08,
					"SEI-1 thickness formed at once on fresh Li | electrolyte contact, m: fitted by lithos calibrate."),
			new Meta("sei.rate", 2e-13, 2e-11,
					"SEI-1 reaction-limited growth rate at SEI_REF_T, m/s; growth slows as L0/(L0 + L): fitted by lithos calibrate."),
			new Meta("sei.diffusionThickness", 2e-09, 2e-07,
					"SEI-1 thickness at which diffusion halves the growth rate, m: fitted by lithos calibrate."),
			new Meta("sei.activation", 10000.0, 90000.0,
					"SEI-1 activation energy, J/mol: fitted by lithos calibrate (order of sulfide reduction kinetics)."),
			new Meta("sei.freshAreaDense", 0.005, 0.5,
					"Fresh Li | electrolyte area per cycle of a dense deposit, fraction of geometric area: fitted by lithos calibrate."),
			new Meta("sei.freshAreaIslands", 0.05, 1.0,
					"Fresh area per cycle of an island deposit, fraction of geometric area: fitted by lithos calibrate."),
			new Meta("sei.alloyFactor", 0.05, 1.0,
					"Relative SEI-1 rate on a Mg-rich alloy surface (docs/physics.md: it reacts less): fitted by lithos calibrate."),
			new Meta("sei2.lnPrefactor", -16.4534, -4.4534,
					"SEI-2 (Cu corrosion by the sulfide) as L = [A exp(-Ea/RT) t]^n, written as d(L^(1/n))/dt = (A exp(-Ea/RT))^(1/n): fitted to collector-corrosion data (6 thicknesses at 296 and 333 K, log least squares; the fitted exponent n ~ 1 says interface-controlled, near-linear growth through a conductive Cu sulfide, and fits better, rms 0.43 in ln L, than the parabolic n = 1/2, rms 0.62). ln A with L in m and t in s."),
			new Meta("sei2.damageThickness", 1e-08, 1e-06,
					"SEI-2 thickness that halves the collector contact and doubles SEI-1 growth, m: fitted by lithos calibrate."),
			new Meta("alloy.crackRate", 0.0009, 0.09,
					"Cracking damage per full alloy cycle of a layer of CRACK_REF_THICKNESS; damage scales as (h_ref / h) since a thinner layer carries larger cycling strain: fitted by lithos calibrate."),
			new Meta("barrier.continuousFilmThickness", 2e-09, 2e-07,
					"Thickness at which a sputtered barrier film becomes continuous, m (thin metal films coalesce at ~10-20 nm; thinner ones leave the collector partly exposed): fitted by lithos calibrate."),
			new Meta("alloy.reversibleFraction", 0.05, 1.0,
					"Reversible fraction of an alloy layer's Li (the rest stays trapped): fitted by lithos calibrate."),
			new Meta("ccd.dense", 9.5, 950.0,
					"Critical local current density for filament initiation into a dense (fine-powder) sulfide pellet at CCD_REF_PRESSURE, A/m2: fitted by lithos calibrate (critical current densities of Li | argyrodite of order 1-10 mA/cm2, Kasemchainan et al. 2019, doi:10.1038/s41563-019-0438-9)."),
			new Meta("ccd.pressureExponent", 0.0, 2.0,
					"Exponent of the pressure dependence of the critical current: fitted by lithos calibrate."),
			new Meta("ccd.particleSize", 2e-06, 0.0002,
					"Particle size at which the pellet density factor halves, m: fitted by lithos calibrate."),
			new Meta("filament.focusing", 300.0, 30000.0,
					"Ratio of filament-tip to excess local current (current focusing at tips): fitted by lithos calibrate."),
			new Meta("filament.areaFraction", 0.0001, 0.01,
					"Areal fraction of filaments (Li volume per length and area): fitted by lithos calibrate."),
			new Meta("crack.fillFraction", 0.05, 1.0,
					"Fraction of plated Li that fills pores and cracks of a fully porous pellet: fitted by lithos calibrate."),
			new Meta("crack.trappedFraction", 0.02, 1.0,
					"Fraction of crack Li that stays trapped on stripping: fitted by lithos calibrate."),
			new Meta("cathode.nmcFirstCycleLoss", 0.012, 0.5,
					"First-cycle irreversible loss of NMC811 as a fraction of its theoretical Li (kinetic hindrance of the last lithiation, Kasnatscheew et al., Phys. Chem. Chem. Phys. 18 (2016) 3956, doi:10.1039/C5CP07718D, plus cathode | sulfide interphase formation): ~0.12 x 275 mAh/g; fitted by lithos calibrate."),
			new Meta("cathode.lcoFirstCycleLoss", 0.0, 0.3,
					"First-cycle loss of LCO as a fraction of its theoretical Li: fitted by lithos calibrate."),
			new Meta("cathode.limitScale", 0.001, 10.0,
					"Scale of the cathode's lithiation-limit overpotential on discharge at 1C, eta = s (I/I_1C) (RT/F) (1/(1 - y/y_max) - 1): the sites left for Li run out hyperbolically as y approaches y_max, and the Li must diffuse to them against a gradient proportional to the current (Fick), so faster discharges end earlier (M24: 192 mAh/g at 0.1C, 135-139 at 0.33C); fitted by lithos calibrate."),
			new Meta("cathode.seOxidation", 1000.0, 1.8e6,
					"Li that the sulfide electrolyte mixed into a composite cathode releases by oxidation on the first charges, per mass of that electrolyte, A s/kg. Argyrodites are oxidised above about 2.0 V vs Li (Zhu, He, Mo, ACS Appl. Mater. Interfaces 7 (2015) 23685, doi:10.1021/acsami.5b07517), so a cathode charged to 4.3 V oxidises the electrolyte it touches; complete oxidation of Li6PS5Cl to S, P2S5 and LiCl would release 5 Li per formula unit (about 1.8e6 A s/kg), the upper bound. Only the part in contact reacts before the interphase passivates: fitted by lithos calibrate."),
			new Meta("cathode.fadePerCycle", 5e-05, 0.005,
					"Cathode-side capacity fade per cycle (cathode | sulfide degradation), fraction: fitted by lithos calibrate."),
			new Meta("alloy.plateauMg", 0.005, 0.1,
					"Default alloy plateau of Li-Mg (bcc solid solution within tens of mV of Li), V: fitted by lithos calibrate."),
			new Meta("collector.barePotential", 1.0, 3.0,
					"Open-circuit potential of a Li-free collector vs Li, V: fitted by lithos calibrate (inside the sulfide's stability window)."),
			new Meta("pellet.poreThreshold", 0.05, 1.0,
					"Pellet porosity below which no Li enters pores and cracks: fitted by lithos calibrate."),
			new Meta("pellet.conductivityExponent", 1.0, 4.0,
					"Exponent m of the effective ionic conductivity of a less densely packed pellet, sigma_eff = sigma (rho / rho_ref)^m, rho_ref the packing of a fine-powder pellet: between the Bruggeman value 1.5 (Bruggeman, Ann. Phys. 416 (1935) 636, doi:10.1002/andp.19354160705) and Archie-type 2-3 of poorly consolidated granular media; fitted by lithos calibrate."),
			new Meta("pellet.poreRange", 0.1, 1.0,
					"Porosity range over which pore and crack filling rises to CRACK_FILL_FRACTION: fitted by lithos calibrate."),
			new Meta("morphology.islandWetting", 0.05, 1.0,
					"Wetted fraction above which Li grows dense and planar rather than as islands: fitted by lithos calibrate."),
			new Meta("ccd.wettingWeight", 0.05, 1.0,
					"Weight of wetting in the critical current, j_c ~ (1 - w) + w x wetted fraction: fitted by lithos calibrate."),
			new Meta("dead.currentExponent", 0.0, 2.0,
					"Exponent of the plating current in the dead-Li fraction (faster plating, more porous deposits): fitted by lithos calibrate."),
			new Meta("dead.poreFactor", 0.2, 20.0,
					"Extra dead Li per unit pore-filling fraction (Li in pores loses contact): fitted by lithos calibrate."),
			new Meta("sei2.activation", 10000.0, 90000.0,
					"SEI-2 activation energy, J/mol (same fit as SEI2_LN_PREFACTOR). Global calibration."),
			new Meta("sei2.exponent", 0.4, 1.5,
					"SEI-2 time exponent n (same fit as SEI2_LN_PREFACTOR). Global calibration."),
			new Meta("roughness.dense", 0.02, 0.5,
					"Thickness spread of a dense planar Li deposit as a fraction of its mean thickness (standard deviation over mean): operando tomography of Li plated through a dense argyrodite pellet gives 2.4 / 2.6 / 2.8 / 3.3 um at 14.2 / 15.0 / 17.4 / 21.3 um, 0.16 throughout (Sandoval et al., EES Batteries 2025, doi:10.1039/d5eb00111k)."),
			new Meta("roughness.islands", 0.16, 2.0,
					"Thickness spread of an island (porous, non-wetting) Li deposit as a fraction of its mean thickness: fitted by lithos calibrate, at least the dense-film value (islands grow taller and sparser than dense films: M23 kinetic Monte Carlo, doi:10.1002/adma.202206762)."),
			new Meta("roughness.length", 1e-07, 1e-04,
					"Thickness spread at which the current on the tallest protrusions is twice the mean, m: the tip current is j (1 + (sigma_h / length)^2), current focusing at the apex of a protrusion that grows taller on a base of fixed width (hemi-ellipsoid on a plane: aspect ratio squared over a logarithm, Forbes, Edgcombe and Valdre, Ultramicroscopy 95 (2003) 57); fitted by lithos calibrate."),
			new Meta("kinetics.j0AlloyCounter", 0.1, 1000.0,
					"Exchange current density of an alloy counter electrode (In-Li) | sulfide electrolyte, A/m2, used when its interface gives none: fitted by lithos calibrate."),
			new Meta("kinetics.uncoatedCathodeFactor", 0.01, 1.0,
					"Exchange current density of an uncoated oxide cathode | sulfide electrolyte interface as a fraction of that of a coated one (kinetics.j0Cathode): the bare interface forms a resistive space-charge layer and interphase that a LiNbO3-type buffer coating suppresses (Ohta et al., Electrochem. Commun. 9 (2007) 1486, doi:10.1016/j.elecom.2007.02.008); fitted by lithos calibrate."),
	};

	private static final Map<String, Meta> BY_NAME;
	private static final List<String> NAMES;

	static {
		Map<String, Meta> m = new LinkedHashMap<>();
		for (Meta x : META) {
			m.put(x.name(), x);
		}
		BY_NAME = Collections.unmodifiableMap(m);
		NAMES = List.copyOf(m.keySet());
	}

	/** Resource with the shipped values, next to this class. */
	public static final String RESOURCE = "calibration.properties";

	/**
	 * System property naming a calibration file (the format {@code lithos calibrate} writes) that replaces the
	 * shipped values for this process: {@code lithos run --calibration FILE} and {@code lithos validate --calibration
	 * FILE} set it before any solver starts, so a new fit is used without rebuilding.
	 */
	public static final String FILE_PROPERTY = org.lithos.solver.api.CalibrationFile.PROPERTY;

	private static final class Shipped {
		static final Calibration DEFAULTS = load();
	}

	private final double[] values;

	private Calibration(double[] values) {
		this.values = values;
	}

	/**
	 * @return the values every {@code lithos.cell} of this process uses, read once: from the file the system
	 *         property {@value #FILE_PROPERTY} names, else the shipped {@value #RESOURCE}
	 * @throws IllegalArgumentException when that file cannot be read or is not a complete calibration
	 */
	public static Calibration defaults() {
		return Shipped.DEFAULTS;
	}

	/**
	 * Reads values in the format of {@value #RESOURCE}.
	 *
	 * @param in properties text; must give every constant of {@link #names()} and no other
	 * @return the calibration
	 * @throws IOException              when the stream cannot be read
	 * @throws IllegalArgumentException when a name is missing or unknown, or a value is not a finite number
	 */
	public static Calibration read(InputStream in) throws IOException {
		Properties props = new Properties();
		props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		for (String key : props.stringPropertyNames()) {
			if (!BY_NAME.containsKey(key)) {
				throw new IllegalArgumentException("unknown calibration constant '" + key + "'");
			}
		}
		double[] v = new double[META.length];
		for (int i = 0; i < META.length; i++) {
			String text = props.getProperty(META[i].name());
			if (text == null) {
				throw new IllegalArgumentException("calibration constant '" + META[i].name() + "' missing");
			}
			v[i] = finite(META[i].name(), Double.parseDouble(text.trim()));
		}
		return new Calibration(v);
	}

	/**
	 * @param file a calibration file in the format of {@value #RESOURCE}
	 * @return its values
	 * @throws IllegalArgumentException when it cannot be read or is not a complete calibration; the message names it
	 */
	public static Calibration fromFile(java.nio.file.Path file) {
		try (InputStream in = java.nio.file.Files.newInputStream(file)) {
			return read(in);
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot read the calibration file " + file + ": " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("calibration file " + file + ": " + e.getMessage(), e);
		}
	}

	private static Calibration load() {
		String file = System.getProperty(FILE_PROPERTY);
		if (file != null) {
			return fromFile(java.nio.file.Path.of(file));
		}
		try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("resource " + RESOURCE + " missing from the solver bundle");
			}
			return read(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static double finite(String name, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("calibration constant '" + name + "' must be finite: " + value);
		}
		return value;
	}

	private static int index(String name) {
		Meta m = name == null ? null : BY_NAME.get(name);
		if (m == null) {
			throw new IllegalArgumentException("unknown calibration constant '" + name + "'");
		}
		return NAMES.indexOf(name);
	}

	/** @return every global calibration constant, in a stable order */
	public List<String> names() {
		return NAMES;
	}

	/**
	 * @param name a name of {@link #names()}
	 * @return its value, SI
	 */
	public double value(String name) {
		return values[index(name)];
	}

	/**
	 * @param name a name of {@link #names()}
	 * @return the lowest physically sensible value for fitting, SI
	 */
	public double lower(String name) {
		return META[index(name)].lower();
	}

	/**
	 * @param name a name of {@link #names()}
	 * @return the highest physically sensible value for fitting, SI
	 */
	public double upper(String name) {
		return META[index(name)].upper();
	}

	/**
	 * @param name a name of {@link #names()}
	 * @return what it is, its unit and its source (or "fitted by lithos calibrate")
	 */
	public String description(String name) {
		return META[index(name)].description();
	}

	/**
	 * @param name  a name of {@link #names()}
	 * @param value the new value, SI, finite (bounds are advisory for fitting and not enforced)
	 * @return a copy with that value
	 * @throws IllegalArgumentException for an unknown name or a non-finite value
	 */
	public Calibration with(String name, double value) {
		int i = index(name);
		double[] v = values.clone();
		v[i] = finite(name, value);
		return new Calibration(v);
	}

	/** @return name to value, in the order of {@link #names()}, unmodifiable */
	public Map<String, Double> values() {
		Map<String, Double> m = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			m.put(NAMES.get(i), values[i]);
		}
		return Collections.unmodifiableMap(m);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Calibration c && java.util.Arrays.equals(values, c.values);
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(values);
	}

	@Override
	public String toString() {
		return "Calibration" + values();
	}
}
