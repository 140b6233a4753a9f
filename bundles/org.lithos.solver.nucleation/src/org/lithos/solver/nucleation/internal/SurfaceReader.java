package org.lithos.solver.nucleation.internal;

import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CollectorSpec;
import org.lithos.model.LayerSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialKind;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;
import org.lithos.model.SimulationInput;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.nucleation.Nucleation;
import org.lithos.solver.nucleation.NucleationParameters;
import org.lithos.solver.api.MaterialProperties;
import org.lithos.solver.api.SurfaceClass;

/**
 * Finds the surface Li meets on the collector (the outermost layer, a Cu2Te layer as the Li2Te it converts to) and
 * its nucleation parameters: interface properties of Li on that surface first, then the Li material, then the
 * {@link NucleationParameters}. A value the input declares must be physical; it never falls back silently.
 */
final class SurfaceReader {

	private final SimulationInput input;
	private final NucleationParameters k;
	private final int step;
	private final int cycle;

	/**
	 * @param step  index of the plating step the surface is read for (named in errors)
	 * @param cycle cycle of that step
	 */
	SurfaceReader(SimulationInput input, NucleationParameters k, int step, int cycle) {
		this.input = input;
		this.k = k;
		this.step = step;
		this.cycle = cycle;
	}

	private SolverException invalid(String message) {
		return new SolverException(SolverException.Kind.INVALID_INPUT, message, input.getId(), step, cycle, null);
	}

	Surface read() throws SolverException {
		CellSpec cell = input.getCell();
		MaterialSpec li = findLi();
		double vm = molarVolume(li);
		double gammaLi = declared(li == null ? null : MaterialProperties.find(li.getProperties(), "surface energy"),
				k.surfaceEnergy(), "surface energy of Li");
		CollectorSpec cc = cell.getCollector();
		if (cc == null) {
			if (cell.getFormat() != CellFormat.SYMMETRIC) {
				throw invalid("the cell has no current collector for Li to nucleate on");
			}
			return new Surface("Li", Surface.Kind.LITHIUM, 0, gammaLi, vm, Double.NaN);
		}
		MaterialSpec outer = cc.getMaterial();
		for (LayerSpec layer : cc.getLayers()) {
			if (layer.getMaterial() != null) {
				outer = layer.getMaterial();
			}
		}
		if (outer == null) {
			throw invalid("the current collector has no material");
		}
		Surface.Kind kind = kind(outer);
		String product = MaterialProperties.text(outer, "conversion product");
		if (kind == Surface.Kind.COMPOUND && product != null) {
			// Li nucleates on what the conversion layer turns into (Cu2Te -> Li2Te), as the library names it
			outer = findOrCreate(product);
		}
		MaterialSpec deposit = li != null ? li : plainLi();
		String name = MaterialProperties.simpleName(outer.getName());
		double theta = contactAngle(deposit, outer, kind, name);
		double gamma = declared(MaterialProperties.interfaceProperty(input.getInterfaces(), deposit, outer, "surface energy"),
				gammaLi, "surface energy of Li on " + name);
		double sites = declared(MaterialProperties.interfaceProperty(input.getInterfaces(), deposit, outer,
				"nucleation site density"), Double.isNaN(k.siteDensity()) ? Nucleation.siteDensity(vm)
						: k.siteDensity(), "nucleation site density of Li on " + name);
		return new Surface(name, kind, theta, gamma, vm, sites);
	}

	private double contactAngle(MaterialSpec li, MaterialSpec surface, Surface.Kind kind, String name)
			throws SolverException {
		Property p = MaterialProperties.interfaceProperty(input.getInterfaces(), li, surface, "contact angle");
		if (p == null) {
			return switch (kind) {
			case REFRACTORY -> k.thetaRefractory();
			case COMPOUND -> k.thetaCompound();
			case ALLOY, LITHIUM -> 0;
			default -> k.thetaBare();
			};
		}
		double v = p.getValue();
		// Degrees are not SI; values above 2 pi can only be degrees written without conversion.
		double theta = v > 2 * Math.PI && v <= 180 ? Math.toRadians(v) : v;
		if (!(theta >= 0 && theta <= Math.PI)) {
			throw invalid("contact angle of Li on " + name + " must lie between 0 and 180 degrees (got " + v + ")");
		}
		return theta;
	}

	private double molarVolume(MaterialSpec li) throws SolverException {
		if (li == null) {
			return k.molarVolume();
		}
		double vm = MaterialProperties.value(li, "molar volume");
		if (Double.isNaN(vm)) {
			double m = MaterialProperties.value(li, "molar mass");
			double rho = MaterialProperties.value(li, "density");
			vm = Double.isFinite(m) && Double.isFinite(rho) ? m / rho : k.molarVolume();
		}
		if (!(Double.isFinite(vm) && vm > 0)) {
			throw invalid("molar volume of Li must be positive and finite (got " + vm + " m3/mol)");
		}
		return vm;
	}

	/** @return the declared value (which must be positive and finite), or the fallback when not declared */
	private double declared(Property p, double fallback, String what) throws SolverException {
		if (p == null) {
			return fallback;
		}
		double v = p.getValue();
		if (!(Double.isFinite(v) && v > 0)) {
			throw invalid(what + " must be positive and finite (got " + v + ")");
		}
		return v;
	}

	static Surface.Kind kind(MaterialSpec m) {
		if (MaterialProperties.isLithium(m)) {
			return Surface.Kind.LITHIUM;
		}
		SurfaceClass surface = SurfaceClass.of(m);
		if (surface == SurfaceClass.REFRACTORY) {
			return Surface.Kind.REFRACTORY;
		}
		if (surface == SurfaceClass.CONVERSION || surface == SurfaceClass.LITHIOPHILIC_COMPOUND) {
			return Surface.Kind.COMPOUND;
		}
		if (surface.alloys() || m.getKind() == MaterialKind.ALLOY || MaterialProperties.value(m, "li solubility") > 0) {
			return Surface.Kind.ALLOY;
		}
		return Surface.Kind.BARE;
	}

	private MaterialSpec findLi() {
		for (MaterialSpec m : input.getMaterials()) {
			if (MaterialProperties.isLithium(m)) {
				return m;
			}
		}
		return null;
	}

	private MaterialSpec findOrCreate(String simple) {
		for (MaterialSpec m : input.getMaterials()) {
			if (MaterialProperties.is(m, simple)) {
				return m;
			}
		}
		MaterialSpec m = LithosFactory.eINSTANCE.createMaterialSpec();
		m.setName(simple);
		return m;
	}

	private static MaterialSpec plainLi() {
		MaterialSpec li = LithosFactory.eINSTANCE.createMaterialSpec();
		li.setName(MaterialProperties.LITHIUM);
		return li;
	}
}
