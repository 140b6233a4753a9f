package org.lithos.solver.kmc.internal;

import java.util.ArrayList;
import java.util.List;

import org.lithos.model.CellSpec;
import org.lithos.model.CollectorSpec;
import org.lithos.model.InterfaceSpec;
import org.lithos.model.LayerSpec;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;
import org.lithos.model.SimulationInput;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.Termination;
import org.lithos.model.TerminationKind;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.kmc.KmcParameters;
import org.lithos.solver.api.MaterialProperties;
import org.lithos.solver.api.SurfaceClass;

/**
 * Reads the kinetic Monte Carlo run from a compiled {@link SimulationInput}: the substrate is the outermost
 * collector layer (the last of {@code collector.layers}, as the cell solver reads them) or the bare collector; a
 * conversion layer (Cu2Te) plates on its lithiated product (Li2Te), which forms before any Li metal. The binding
 * energies come from the input's interfaces {@code Li | X} (property "binding energy", J), the Li-Li reference
 * from {@code Li | Li}. Without a value: an alloying seed (Au, Ag, Mg, Sn, Zn, In, or a material with alloy
 * plateaus) first dissolves Li and then grows Li on a Li-rich alloy, so it adsorbs like Li (ratio 1); any other
 * surface is also given ratio 1, with a warning. Temperature from the plating step, else the cell; current density
 * and charge limit from the first plating (or charging) step. Optional cell properties {@code kmc site size} (m),
 * {@code kmc width} and {@code kmc height} (sites) and {@code kmc events} override the solver's lattice and budget.
 */
public final class InputReader {

	/** Default lattice of the solver: 3D, 64 x 64 x 40 sites of {@link Defaults#SITE_SIZE}. */
	public static final int WIDTH = 64, HEIGHT = 40;
	/** Dense monolayers of sites the solver deposits at most on its own lattice (early morphology, not the whole step). */
	public static final int LAYERS = 4;
	/**
	 * On a lattice taller than {@link #HEIGHT} ({@code kmc height}), the step's charge is deposited up to this fraction
	 * of the height above {@link #HEADROOM} sites: room for a porous, rough deposit (a micrometre of Li on Cu, 100
	 * layers on 64 x 64, tops out at 102 sites).
	 */
	static final double FILL = 0.75;
	/** Sites kept free above the deposit on a lattice the cell sizes. */
	static final int HEADROOM = 10;
	/** Event budget of a solver run (tens of seconds on one core). */
	public static final long EVENTS = 100_000_000L;

	private final SimulationInput input;
	private final List<String> warnings = new ArrayList<>();
	private String surfaceName = "";
	private double stepCharge = Double.NaN;
	private int stepIndex = -1;
	private int stepCycle;

	/** @param input the compiled run */
	public InputReader(SimulationInput input) {
		this.input = input;
	}

	/** @return assumptions made while reading, for WARNING events */
	public List<String> warnings() {
		return warnings;
	}

	/** @return the simple name of the plating surface */
	public String surfaceName() {
		return surfaceName;
	}

	/** @return the charge limit of the plating step in A s/m2, NaN when it has none */
	public double stepCharge() {
		return stepCharge;
	}

	/** @return index of the plating step in the flattened protocol */
	public int stepIndex() {
		return stepIndex;
	}

	/** @return cycle of the plating step */
	public int stepCycle() {
		return stepCycle;
	}

	private SolverException invalid(String message) {
		return new SolverException(SolverException.Kind.INVALID_INPUT, message, input.getId(), stepIndex, 0, null);
	}

	/**
	 * @return the parameters of the run
	 * @throws SolverException INVALID_INPUT when there is no plating step or no collector
	 */
	public KmcParameters read() throws SolverException {
		CellSpec cell = input.getCell();
		if (cell == null || input.getProtocol() == null) {
			throw invalid("the input has no cell or no protocol");
		}
		StepSpec plate = platingStep(input);
		if (plate == null) {
			throw invalid("lithos.kmc needs a plating (or charging) step at a current density");
		}
		stepIndex = plate.getIndex();
		stepCycle = plate.getCycle();
		double j = plate.getCurrentDensity();
		if (!(j > 0) || Double.isInfinite(j)) {
			throw invalid("the plating current density must be positive (got " + j + " A/m2)");
		}
		for (Termination t : plate.getTerminations()) {
			if (t.getKind() == TerminationKind.CAPACITY && t.getValue() > 0) {
				stepCharge = t.getValue();
			}
		}
		double temperature = plate.getTemperature();
		if (!(temperature > 0)) {
			temperature = cell.getTemperature();
		}
		if (!(temperature > 0)) {
			temperature = Defaults.TEMPERATURE;
			warnings.add("no temperature given: " + Defaults.TEMPERATURE + " K assumed");
		}
		CollectorSpec cc = cell.getCollector();
		if (cc == null || cc.getMaterial() == null) {
			throw invalid("the cell has no current collector to plate on");
		}
		MaterialSpec surface = cc.getMaterial();
		for (LayerSpec layer : cc.getLayers()) {
			if (layer.getMaterial() != null) {
				surface = layer.getMaterial();
			}
		}
		boolean coated = !cc.getLayers().isEmpty();
		if (isConversion(surface)) {
			String productName = MaterialProperties.text(surface, "conversion product");
			MaterialSpec product = productName == null ? null : find(productName);
			if (product != null) {
				surface = product;
			} else {
				warnings.add("conversion layer " + MaterialProperties.simpleName(surface.getName())
						+ ": its lithiated product is not among the input's materials; the layer itself is used");
			}
		}
		surfaceName = MaterialProperties.simpleName(surface.getName());
		double eLi = liSelfBinding();
		if (Double.isNaN(eLi)) {
			eLi = Defaults.LI_LI_BINDING;
			warnings.add("no Li | Li binding energy in the input: 0.168 eV (M23) used as the reference");
		}
		double eSub = MaterialProperties.isLithium(surface) ? eLi : liBinding(surface);
		if (Double.isNaN(eSub)) {
			eSub = eLi;
			if (isAlloying(surface)) {
				warnings.add("no binding energy for Li | " + surfaceName + ": an alloying seed dissolves Li first"
						+ " and then grows Li on a Li-rich alloy, so it adsorbs like Li (k_sub/k_LiLi = 1)");
			} else {
				warnings.add("no binding energy for Li | " + surfaceName
						+ ": k_sub/k_LiLi = 1 assumed (adsorbs like Li); add a sourced DFT value to the library");
			}
		}
		List<Property> props = cell.getProperties();
		double a = positiveOr(MaterialProperties.value(props, "kmc site size"), Defaults.SITE_SIZE, "kmc site size");
		int width = (int) positiveOr(MaterialProperties.value(props, "kmc width"), WIDTH, "kmc width");
		int height = (int) positiveOr(MaterialProperties.value(props, "kmc height"), HEIGHT, "kmc height");
		long events = (long) positiveOr(MaterialProperties.value(props, "kmc events"), EVENTS, "kmc events");
		double maxLayers = height <= HEIGHT ? LAYERS : FILL * (height - HEADROOM);
		double layers = maxLayers * KmcParameters.layerCharge(a);
		double target = Double.isNaN(stepCharge) ? layers : Math.min(stepCharge, layers);
		try {
			return new KmcParameters(3, width, width, height, a, temperature, j, eSub, eLi,
					Defaults.DIFFUSION_BARRIER, Defaults.BOND_ENERGY, Defaults.ATTEMPT_FREQUENCY, coated,
					input.getSeed(), events, target, Double.POSITIVE_INFINITY, 40, 4);
		} catch (IllegalArgumentException e) {
			throw invalid(e.getMessage());
		}
	}

	private double positiveOr(double v, double fallback, String name) throws SolverException {
		if (Double.isNaN(v)) {
			return fallback;
		}
		if (!(v > 0) || Double.isInfinite(v)) {
			throw invalid("cell property \"" + name + "\" must be positive (got " + v + ")");
		}
		return v;
	}

	/** @return the first plating step, or for a full cell the first charging step (Li plates on the collector) */
	public static StepSpec platingStep(SimulationInput input) {
		if (input == null || input.getProtocol() == null) {
			return null;
		}
		for (StepSpec s : input.getProtocol().getSteps()) {
			if (s.getMode() == StepMode.PLATE || s.getMode() == StepMode.CHARGE) {
				return s;
			}
		}
		return null;
	}

	private double liSelfBinding() {
		for (InterfaceSpec i : input.getInterfaces()) {
			if (MaterialProperties.isLithium(i.getFirst()) && MaterialProperties.isLithium(i.getSecond())) {
				return MaterialProperties.value(i.getProperties(), "binding energy");
			}
		}
		return Double.NaN;
	}

	/** The binding energy of Li on the surface: its own interface, else the nearest ancestor's. */
	private double liBinding(MaterialSpec surface) {
		List<String> lineage = new ArrayList<>();
		lineage.add(MaterialProperties.simpleName(surface.getName()));
		for (String a : surface.getAncestors()) {
			lineage.add(MaterialProperties.simpleName(a));
		}
		for (String name : lineage) {
			for (InterfaceSpec i : input.getInterfaces()) {
				if (MaterialProperties.isLithium(i.getFirst()) && i.getSecond() != null && name.equals(MaterialProperties.simpleName(i.getSecond().getName()))) {
					double v = MaterialProperties.value(i.getProperties(), "binding energy");
					if (!Double.isNaN(v)) {
						return v;
					}
				}
			}
		}
		return Double.NaN;
	}

	private MaterialSpec find(String simpleName) {
		for (MaterialSpec m : input.getMaterials()) {
			if (MaterialProperties.is(m, simpleName)) {
				return m;
			}
		}
		return null;
	}

	private static boolean isConversion(MaterialSpec m) {
		return SurfaceClass.of(m) == SurfaceClass.CONVERSION;
	}

	private static boolean isAlloying(MaterialSpec m) {
		return SurfaceClass.of(m).alloys();
	}
}
