package org.lithos.solver.cell.internal;

import org.lithos.units.Constants;

/**
 * The cell as plain numbers (SI units, per m2 of electrode), copied once from the EMF input so that the time loop
 * never touches EMF. Filled by {@link InputReader}; read-only afterwards.
 */
final class CellParameters {

	/** The global calibration constants of this run. */
	final Cal k;

	/** @param k the global calibration constants of this run */
	CellParameters(Cal k) {
		this.k = k;
		this.j0Layer = k.J0_LAYER;
		this.j0Cathode = k.J0_CATHODE;
	}

	/** What the reader had to assume, reported as WARNING events. */
	final java.util.List<String> warnings = new java.util.ArrayList<>();
	/** Run id, for messages. */
	String runId;
	/** Whether a cathode supplies the Li (full cell) rather than a counter electrode. */
	boolean full;
	/** Whether both electrodes are Li (symmetric cell). */
	boolean symmetric;
	/** Whether the cell is collector | electrolyte | collector without Li (blocking cell, see {@link BlockingCell}). */
	boolean blocking;
	/** Blocking cells: the electrolyte's oxidation minus reduction potential vs Li, V. */
	double stabilityWindow;
	/** Blocking cells: the electrolyte's reduction potential vs Li, V. */
	double reductionPotential;
	/** Blocking cells: the Li in the separator, A s/m2, the only Li its decomposition can bind. */
	double separatorLi;
	/**
	 * Working area, m2: the area every areal quantity of the run refers to (the cell area, or in a half cell the
	 * footprint of the smaller electrode).
	 */
	double area;
	/** Cell area over working area: converts the protocol's current densities and capacities to the run's. */
	double referenceScale = 1;
	/** Working area over counter area: converts the run's current density to the counter's. */
	double counterScale = 1;
	/** Cell stack pressure, Pa. */
	double pressure;
	/** Cell temperature, K. */
	double temperature;

	// counter electrode (half and symmetric cells)
	/** Counter potential vs Li/Li+, V (0 for Li, 0.62 for InLi). */
	double counterPotential;
	/** Li in the counter, A s/m2. */
	double counterLi;
	/** Exchange current density of the counter electrode | electrolyte, A/m2 (a Li counter: that of Li). */
	double j0Counter;

	// separator
	/** Separator thickness, m. */
	double separatorThickness;
	/** Bulk areal resistance L / sigma, ohm m2. */
	double bulkResistance;
	/** Temperature the conductivity was measured at, K. */
	double conductivityTemperature = Constants.STANDARD_TEMPERATURE;
	/** Relative density of the pellet, 0..1 (1 = fully dense fine powder). */
	double pelletDensity;
	/** Fraction of plated Li that goes into pores and cracks of the pellet. */
	double crackFill;

	// lithium
	/** Li molar volume, m3/mol. */
	double liMolarVolume;
	/** Li melting point, K. */
	double liMeltingPoint;
	/** Li creep stress exponent. */
	double creepExponent;
	/** Li creep activation energy, J/mol. */
	double creepActivation;
	/** Exchange current density of Li | electrolyte, A/m2. */
	double j0Li;

	// collector surface
	/** Contact angle of Li on the outermost collector surface before Li ever touched it, rad. */
	double contactAngle;
	/** Li the electrolyte mixed into the composite cathode can release by oxidation, A s/m2. */
	double electrolyteOxidisable;
	/** Wetted fraction of the surface by Li, 0..1: (1 + cos theta) / 2, Cassie-Baxter with the KMC coverage. */
	double wetFraction;
	/** Whether Li grows as islands (bare, lithiophobic metal) rather than dense planar. */
	boolean islands;
	/** Morphology class from the kinetic Monte Carlo surrogate, null when the contact-angle rule set the wetting. */
	MorphologySurrogate.Morphology morphology;
	/** Effective interfacial energy of the nucleation barrier, J/m2. */
	double nucleationGamma;
	/** Exchange current density of the alloying or conversion reaction at the outermost layer, A/m2. */
	double j0Layer;
	/** Exchange current density at the cathode | electrolyte interface, A/m2. */
	double j0Cathode;
	/** Whether the collector corrodes in the sulfide (Cu). */
	boolean corrodes;
	/** Whether an intact refractory layer (W, Mo, Nb) covers the collector. */
	boolean refractoryBarrier;
	/** Fraction of the collector the refractory layers cover (thin films are not yet continuous), 0..1. */
	double barrierCoverage;
	/** Whether the outermost layer is a compound that wets Li (Li2Te). */
	boolean lithiophilicCompound;

	// alloy layers (aggregated)
	/** Li capacity of the alloy layers, A s/m2 (0 when none). */
	double alloyCapacity;
	/** Reversible fraction of the alloy Li. */
	double alloyReversible;
	/** Alloy plateaus on lithiation, V vs Li, highest first. */
	double[] alloyPlateaus = new double[0];
	/** Alloy plateaus on delithiation order, lowest first, V vs Li. */
	double[] alloyPlateausUp = new double[0];
	/** Thickness of the alloy layers, m. */
	double alloyThickness;
	/** Li diffusivity in the alloy layer, m2/s (NaN: fast enough never to limit). */
	double alloyDiffusivity = Double.NaN;
	/** Li concentration at the alloy surface while it takes Li, mol/m3. */
	double alloySurfaceConcentration;
	/** Whether the alloy forms intermetallics above Li potential that Li then wets (Au, Ag). */
	boolean alloyNoble;

	// conversion layers
	/** Li capacity of the conversion layers, A s/m2 (0 when none). */
	double conversionCapacity;
	/** Conversion potentials, V vs Li, highest first. */
	double[] conversionPotentials = new double[0];

	// cathode
	/** Which OCV fit. */
	CathodeOcv.Kind cathodeKind = CathodeOcv.Kind.NMC811;
	/** Li capacity of the cathode at y = 1, A s/m2. */
	double cathodeTheoretical;
	/** Initial lithiation, Li per formula unit. */
	double cathodeInitialY;
	/** Highest lithiation reachable on discharge after the first charge. */
	double cathodeMaxY;
	/** Active mass, kg/m2 (NaN when unknown). */
	double activeLoading;
	/** Upper end of the cathode's window, V (ends a charge step that names no limit), or NaN. */
	double upperVoltage = Double.NaN;
	/** Lower end of the cathode's window, V (ends a discharge step that names no limit), or NaN. */
	double lowerVoltage = Double.NaN;
	/** Cathode-side fade per cycle, fraction of theoretical capacity. */
	double cathodeFade;
	/**
	 * Solid-state diffusion time of the active particles, R^2 / (15 D), s (0: diffusion never limits): the
	 * surface lithiation leads the mean by this time times the current over the capacity (see {@link CathodeTransport}).
	 */
	double cathodeDiffusionTime;
	/** Ionic areal resistance of the composite cathode, L / (3 sigma_eff), ohm m2 (see {@link CathodeTransport}). */
	double compositeResistance;

	// filaments
	/** Critical local current density for filaments at the reference pressure, A/m2. */
	double criticalCurrent;
}
