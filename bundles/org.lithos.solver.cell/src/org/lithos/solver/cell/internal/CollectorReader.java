package org.lithos.solver.cell.internal;

import java.util.List;

import org.lithos.model.CellSpec;
import org.lithos.model.CollectorSpec;
import org.lithos.model.InterfaceSpec;
import org.lithos.model.LayerSpec;
import org.lithos.model.MaterialSpec;
import org.lithos.model.SimulationInput;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.api.MaterialProperties;
import org.lithos.solver.api.SurfaceClass;
import org.lithos.units.Constants;

/**
 * Reads the collector and its coatings: which layers are refractory barriers, alloys or conversion layers, their Li
 * capacities and plateaus, and the wetting of the outermost surface (contact angle, wetted fraction, morphology) and
 * the critical current that follows from it.
 * <p>
 * Wetted fraction and islands: from the kinetic Monte Carlo coverage of the surrogate ({@link MorphologySurrogate}),
 * through Cassie-Baxter on the partly covered surface, where the input gives DFT binding energies of Li on the
 * outermost surface and on Li and that surface is a continuous film; elsewhere
 * (Mg, Au, Ag, W, Ni, SS have no binding energy in the library; films thinner than barrier.continuousFilmThickness)
 * (1 + cos theta)/2 from the contact angle, islands below morphology.islandWetting. The cell property "wetted
 * fraction" wins over both.
 */
final class CollectorReader {

	private final SimulationInput input;
	private final String runId;

	private final Cal k;

	CollectorReader(SimulationInput input, String runId, Cal k) {
		this.input = input;
		this.k = k;
		this.runId = runId;
	}

	private SolverException invalid(String message) {
		return new SolverException(SolverException.Kind.INVALID_INPUT, message, runId, -1, 0, null);
	}

	private static boolean positive(double v) {
		return Double.isFinite(v) && v > 0;
	}

	/** @return the value when given (it must then be positive and finite), else the default */
	private double positiveOr(double value, double fallback, String what) throws SolverException {
		if (Double.isNaN(value)) {
			return fallback;
		}
		if (!positive(value)) {
			throw invalid(what + " must be positive and finite (got " + value + ")");
		}
		return value;
	}

	void read(CellSpec cell, CellParameters p) throws SolverException {
		CollectorSpec cc = cell.getCollector();
		List<InterfaceSpec> ifs = input.getInterfaces();
		if (cc == null) {
			if (!p.symmetric) {
				throw invalid("the cell has no current collector");
			}
			// Li against Li: fully wetted, no layers
			p.contactAngle = 0;
			p.wetFraction = 1;
			readTransport(cell, p, ifs);
			return;
		}
		MaterialSpec base = cc.getMaterial();
		p.corrodes = SULFIDE.equalsIgnoreCase(MaterialProperties.text(base, CORROSION));
		MaterialSpec outer = base;
		SurfaceClass kind = surfaceClass(base);
		SurfaceClass underKind = kind;
		double outerThickness = Double.POSITIVE_INFINITY;
		for (LayerSpec layer : cc.getLayers()) {
			MaterialSpec m = layer.getMaterial();
			double h = layer.getThickness();
			SurfaceClass k = surfaceClass(m);
			underKind = kind;
			outerThickness = positive(h) ? h : Double.POSITIVE_INFINITY;
			if (k == SurfaceClass.REFRACTORY && positive(h)) {
				p.refractoryBarrier = true;
				p.barrierCoverage = Math.max(p.barrierCoverage, Math.min(1, h / this.k.CONTINUOUS_FILM_THICKNESS));
			} else if (k.alloys()) {
				readAlloy(layer, m, p);
			} else if (k == SurfaceClass.CONVERSION) {
				readConversion(layer, m, p);
			}
			outer = m;
			kind = k;
		}
		p.lithiophilicCompound = kind == SurfaceClass.CONVERSION || kind == SurfaceClass.LITHIOPHILIC_COMPOUND;
		double theta = classAngle(kind, p.alloyNoble);
		// Li meets what a conversion layer turns into (Cu2Te -> Li2Te), as the library names it
		MaterialSpec surface = kind == SurfaceClass.CONVERSION
				? findMaterial(MaterialProperties.text(outer, "conversion product"), outer)
				: outer;
		double angle = MaterialProperties.liInterfaceValue(ifs, findLiOrNull(), surface, "contact angle");
		if (Double.isFinite(angle)) {
			// Degrees are not SI; values above 2 pi can only be degrees written without conversion.
			theta = angle > 2 * Math.PI ? Math.toRadians(angle) : angle;
		} else {
			double eSub = MaterialProperties.liInterfaceValue(ifs, findLiOrNull(), surface, "binding energy");
			double eLi = liSelfBinding(ifs);
			if (Double.isFinite(eSub) && Double.isFinite(eLi)) {
				// Binding stronger than Li-Li wets (lithiophilic), weaker does not: keep the class default but
				// move a wrongly classified surface across 90 degrees.
				if (eSub > eLi && theta > Math.PI / 2) {
					theta = k.THETA_COMPOUND;
				} else if (eSub < eLi && theta < Math.PI / 2 && !kind.alloys()) {
					theta = k.THETA_BARE;
				}
			}
		}
		if (outerThickness < k.CONTINUOUS_FILM_THICKNESS) {
			// a film too thin to be continuous exposes what is below: Cassie-Baxter, cos = sum f_i cos theta_i
			double c = outerThickness / k.CONTINUOUS_FILM_THICKNESS;
			theta = Math.acos(c * Math.cos(theta) + (1 - c) * Math.cos(classAngle(underKind, false)));
		}
		p.contactAngle = theta;
		p.wetFraction = 0.5 * (1 + Math.cos(theta));
		// a continuous outer surface with DFT binding energies takes its early morphology from the KMC surrogate
		boolean coupled = outerThickness >= k.CONTINUOUS_FILM_THICKNESS && readMorphology(ifs, surface, p);
		// a morphology model (e.g. kinetic Monte Carlo) may hand over the wetted fraction as a cell property
		double wetted = MaterialProperties.value(cell.getProperties(), "wetted fraction");
		if (Double.isFinite(wetted)) {
			if (!(wetted > 0 && wetted <= 1)) {
				throw invalid("wetted fraction must lie in (0, 1] (got " + wetted + ")");
			}
			p.wetFraction = wetted;
			coupled = false;
		}
		if (!coupled) {
			p.islands = p.wetFraction <= k.ISLAND_WETTING;
		}
		if (kind.alloys() || kind == SurfaceClass.CONVERSION) {
			double j0 = MaterialProperties.liInterfaceValue(ifs, findLiOrNull(), surface, "exchange current density");
			p.j0Layer = positiveOr(j0, k.J0_LAYER, "exchange current density of Li | " + surface.getName());
		}
		readTransport(cell, p, ifs);
	}

	/**
	 * Wetted fraction and morphology class from the kinetic Monte Carlo surrogate ({@link MorphologySurrogate}) when
	 * the input has DFT binding energies of Li on the surface and on Li (today Cu and Li2Te in the library). The KMC
	 * gives the fraction c of the collector the first deposit covers (a 50 nm deposit, the calibration's coalescence
	 * thickness morphology.coverThickness when the table was made) at k_sub/k_LiLi = exp(alpha (E_b,sub -
	 * E_b,LiLi)/kT) and the run's first plating (or charging) current density. The Li that follows meets a composite
	 * surface of Li patches (theta = 0) and bare surface at its contact angle theta, so its wetted fraction is that of
	 * the Cassie-Baxter angle, cos theta* = c + (1 - c) cos theta, (1 + cos theta*)/2: the contact-angle rule at c =
	 * 0, full wetting at c = 1 (the same composite rule as for a film too thin to be continuous). Li grows as islands
	 * unless the KMC class is dense. The contact angle itself stays the nucleation parameter.
	 * <p>
	 * Why not c itself: the cell model's wetted fraction is calibrated as a normalised work of adhesion (0.41 for Cu),
	 * and the raw KMC coverage of Cu (0.24) cost five of 141 validated observations (76 to 71 passed), while the
	 * composite rule keeps them (78 passed); see the report of the coupling commit.
	 *
	 * @return whether the surrogate applied
	 */
	private boolean readMorphology(List<InterfaceSpec> ifs, MaterialSpec surface, CellParameters p) {
		double eSub = MaterialProperties.liInterfaceValue(ifs, findLiOrNull(), surface, "binding energy");
		double eLi = liSelfBinding(ifs);
		double j = firstPlatingCurrent();
		if (!Double.isFinite(eSub) || !Double.isFinite(eLi) || !positive(j) || MaterialProperties.isLithium(surface)) {
			return false;
		}
		MorphologySurrogate table = MorphologySurrogate.shipped();
		MorphologySurrogate.Point m = table.at(table.log10Ratio(eSub, eLi, p.temperature), j);
		// Cassie-Baxter on the composite the first deposit leaves: Li patches (theta = 0) on a fraction c, bare
		// surface at its contact angle on the rest, cos theta* = c + (1 - c) cos theta
		double c = Math.max(0, Math.min(1, m.coverage()));
		double cos = c + (1 - c) * Math.cos(p.contactAngle);
		p.wetFraction = Math.max(MIN_WETTING, Math.min(1, 0.5 * (1 + cos)));
		p.morphology = m.morphology();
		p.islands = m.morphology() != MorphologySurrogate.Morphology.DENSE;
		return true;
	}

	/** Smallest wetted fraction taken from the surrogate: one KMC column in 10^4 keeps the local current finite. */
	private static final double MIN_WETTING = 1e-4;

	/** @return the current density of the first plating (half cell) or charging (full cell) step, A/m2, or NaN */
	private double firstPlatingCurrent() {
		if (input.getProtocol() == null) {
			return Double.NaN;
		}
		for (StepSpec s : input.getProtocol().getSteps()) {
			if ((s.getMode() == StepMode.PLATE || s.getMode() == StepMode.CHARGE) && positive(s.getCurrentDensity())) {
				return s.getCurrentDensity();
			}
		}
		return Double.NaN;
	}

	/** Li | electrolyte exchange current and the critical current for filaments (after the wetting is known). */
	private void readTransport(CellSpec cell, CellParameters p, List<InterfaceSpec> ifs) throws SolverException {
		MaterialSpec se = cell.getSeparator().getMaterial();
		double j0se = MaterialProperties.interfaceValue(ifs, findLiOrNull(), se, "exchange current density");
		p.j0Li = positiveOr(j0se, k.J0_LI, "exchange current density of Li | " + (se == null ? "?" : se.getName()));
		// Critical current: denser pellet, better wetting and higher pressure (at run time) all raise it.
		double finePellet = 1 / (1 + Defaults.PARTICLE_SIZE / k.CCD_PARTICLE_SIZE);
		p.criticalCurrent = k.CCD_DENSE * Math.sqrt(p.pelletDensity / finePellet)
				* (1 - k.CCD_WETTING_WEIGHT + k.CCD_WETTING_WEIGHT * p.wetFraction);
	}

	/** @return the default contact angle of Li on a surface class, rad */
	private double classAngle(SurfaceClass kind, boolean noble) {
		return switch (kind) {
		case REFRACTORY -> k.THETA_REFRACTORY;
		case ALLOYING, NOBLE_ALLOYING -> noble ? k.THETA_NOBLE : k.THETA_ALLOY;
		case CONVERSION, LITHIOPHILIC_COMPOUND -> k.THETA_COMPOUND;
		case BARE -> k.THETA_BARE;
		};
	}

	private MaterialSpec findLiOrNull() {
		for (MaterialSpec m : input.getMaterials()) {
			if (MaterialProperties.isLithium(m)) {
				return m;
			}
		}
		return null;
	}

	private MaterialSpec findMaterial(String simple, MaterialSpec fallback) {
		if (simple == null) {
			return fallback;
		}
		for (MaterialSpec m : input.getMaterials()) {
			if (MaterialProperties.is(m, simple)) {
				return m;
			}
		}
		return fallback;
	}

	private double liSelfBinding(List<InterfaceSpec> ifs) {
		for (InterfaceSpec i : ifs) {
			if (MaterialProperties.isLithium(i.getFirst()) && MaterialProperties.isLithium(i.getSecond())) {
				return MaterialProperties.value(i.getProperties(), "binding energy");
			}
		}
		return Double.NaN;
	}

	/** Text property of a collector metal: what corrodes it (SEI-2); only "sulfide" is modelled. */
	static final String CORROSION = "corrosion";
	/** The value of {@link #CORROSION} for corrosion by a sulfide electrolyte. */
	static final String SULFIDE = "sulfide";

	/** @return the material's class as the library declares it; a bad declaration is an input error */
	private SurfaceClass surfaceClass(MaterialSpec m) throws SolverException {
		try {
			return SurfaceClass.of(m);
		} catch (IllegalArgumentException e) {
			throw invalid(m.getName() + ": " + e.getMessage());
		}
	}

	private void readAlloy(LayerSpec layer, MaterialSpec m, CellParameters p) throws SolverException {
		double h = layer.getThickness();
		double areal = MaterialProperties.value(layer.getProperties(), "areal mass");
		double rho = MaterialProperties.value(m, "density");
		double mass = Double.isFinite(areal) ? areal : h * rho;
		if (!positive(mass) && !positive(h)) {
			throw invalid("alloy layer " + m.getName() + " needs a thickness or an areal mass");
		}
		double molar = MaterialProperties.value(m, "molar mass");
		double spec = MaterialProperties.value(m, "specific capacity");
		// plateaus and the Li-richest phase come from the library; a solid solution without a plateau (Li-Mg) takes
		// the calibrated one
		double[] plateaus = MaterialProperties.values(m.getProperties(), "plateau");
		if (plateaus.length == 0) {
			plateaus = new double[] { k.PLATEAU_MG };
		}
		double ratio = MaterialProperties.value(m, SurfaceClass.LI_ALLOY_RATIO);
		if (surfaceClass(m) == SurfaceClass.NOBLE_ALLOYING) {
			p.alloyNoble = true;
		}
		double capacity;
		if (positive(spec) && positive(mass)) {
			capacity = spec * mass;
		} else if (positive(ratio) && positive(molar) && positive(mass)) {
			capacity = ratio * mass / molar * Constants.FARADAY;
		} else {
			capacity = MaterialProperties.or(MaterialProperties.value(m, "max concentration"), 0) * MaterialProperties.or(h, 0)
					* Constants.FARADAY;
		}
		p.alloyCapacity += capacity;
		p.alloyThickness += MaterialProperties.or(h, 0);
		double d = MaterialProperties.value(m, "diffusivity");
		if (positive(d) && positive(h)) {
			p.alloyDiffusivity = d;
			double cMax = MaterialProperties.value(m, "max concentration");
			p.alloySurfaceConcentration = positive(cMax) ? cMax : capacity / Constants.FARADAY / h;
		}
		double[] sorted = plateaus.clone();
		java.util.Arrays.sort(sorted);
		double[] desc = new double[sorted.length];
		for (int i = 0; i < sorted.length; i++) {
			desc[i] = sorted[sorted.length - 1 - i];
		}
		p.alloyPlateaus = desc;
		p.alloyPlateausUp = sorted;
		p.alloyReversible = MaterialProperties.or(MaterialProperties.value(m, "reversible fraction"),
				k.ALLOY_REVERSIBLE_FRACTION);
	}

	private void readConversion(LayerSpec layer, MaterialSpec m, CellParameters p) throws SolverException {
		double areal = MaterialProperties.value(layer.getProperties(), "areal mass");
		double rho = MaterialProperties.value(m, "density");
		double h = layer.getThickness();
		double mass = Double.isFinite(areal) ? areal : (positive(rho) && positive(h) ? rho * h : Double.NaN);
		if (!positive(mass)) {
			throw invalid("conversion layer " + m.getName() + " needs an areal mass, or a thickness and a density");
		}
		double spec = MaterialProperties.value(m, "conversion capacity");
		if (!positive(spec)) {
			throw invalid("conversion layer " + m.getName() + " needs a positive conversion capacity");
		}
		p.conversionCapacity += spec * mass;
		double[] use = MaterialProperties.values(m.getProperties(), "conversion potential");
		if (use.length == 0) {
			throw invalid("conversion layer " + m.getName() + " needs at least one conversion potential");
		}
		double[] sorted = use.clone();
		java.util.Arrays.sort(sorted);
		double[] desc = new double[sorted.length];
		for (int i = 0; i < sorted.length; i++) {
			desc[i] = sorted[sorted.length - 1 - i];
		}
		p.conversionPotentials = desc;
	}
}
