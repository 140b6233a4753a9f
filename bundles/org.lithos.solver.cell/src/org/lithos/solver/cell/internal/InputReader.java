package org.lithos.solver.cell.internal;

import java.util.List;

import org.lithos.model.CathodeSpec;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CounterSpec;
import org.lithos.model.MaterialKind;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;
import org.lithos.model.SeparatorSpec;
import org.lithos.model.SimulationInput;
import org.lithos.model.StepSpec;
import org.lithos.model.StopCondition;
import org.lithos.model.Termination;
import org.lithos.solver.api.SolverException;
import org.lithos.solver.api.MaterialProperties;
import org.lithos.units.Constants;

/**
 * Validates a {@link SimulationInput} and copies it into {@link CellParameters}, {@link StepPlan}s and a
 * {@link StopPlan}. Material and interface properties win over {@link Defaults} and the calibration.
 */
final class InputReader {

	/** Relative difference of an electrode's area from the cell area below which it counts as the same. */
	private static final double ELECTRODE_AREA_TOLERANCE = 0.01;
	/** Widening of an electrode's radius by the current spreading at its rim, per pellet thickness: 2 ln 2 / pi. */
	private static final double RIM_SPREADING = 2 * Math.log(2) / Math.PI;

	private final SimulationInput input;
	private final String runId;

	private final Cal k;

	InputReader(SimulationInput input, Cal k) {
		this.input = input;
		this.k = k;
		this.runId = input == null ? null : input.getId();
	}

	private SolverException invalid(String message) {
		return new SolverException(SolverException.Kind.INVALID_INPUT, message, runId, -1, 0, null);
	}

	private static boolean positive(double v) {
		return Double.isFinite(v) && v > 0;
	}

	CellParameters cell() throws SolverException {
		if (input == null || input.getCell() == null) {
			throw invalid("the input has no cell");
		}
		CellSpec cell = input.getCell();
		CellParameters p = new CellParameters(k);
		p.runId = runId;
		p.full = cell.getFormat() == CellFormat.FULL;
		p.symmetric = cell.getFormat() == CellFormat.SYMMETRIC;
		p.blocking = cell.getFormat() == CellFormat.BLOCKING;
		p.area = cell.getArea();
		if (!positive(p.area)) {
			throw invalid("cell area must be positive and finite (got " + p.area + " m2)");
		}
		if (!Double.isFinite(cell.getPressure())) {
			p.warnings.add("no stack pressure given: " + k.DEAD_REF_PRESSURE / 1e6 + " MPa assumed");
		}
		if (!Double.isFinite(cell.getTemperature())) {
			p.warnings.add("no temperature given: " + Constants.STANDARD_TEMPERATURE + " K assumed");
		}
		p.pressure = MaterialProperties.or(cell.getPressure(), k.DEAD_REF_PRESSURE);
		if (p.pressure < 0) {
			throw invalid("stack pressure must not be negative (got " + p.pressure + " Pa)");
		}
		p.temperature = MaterialProperties.or(cell.getTemperature(), Constants.STANDARD_TEMPERATURE);
		if (!positive(p.temperature)) {
			throw invalid("cell temperature must be positive (got " + p.temperature + " K)");
		}
		MaterialSpec li = findLi();
		p.liMolarVolume = MaterialProperties.or(MaterialProperties.value(li, "molar volume"),
				MaterialProperties.or(MaterialProperties.value(li, "molar mass"), Constants.LITHIUM_MOLAR_MASS)
						/ MaterialProperties.or(MaterialProperties.value(li, "density"), Constants.LITHIUM_DENSITY));
		p.creepExponent = MaterialProperties.or(MaterialProperties.value(li, "creep stress exponent"), Defaults.LI_CREEP_EXPONENT);
		p.creepActivation = MaterialProperties.or(MaterialProperties.value(li, "creep activation energy"),
				Defaults.LI_CREEP_ACTIVATION);
		p.liMeltingPoint = MaterialProperties.or(MaterialProperties.value(li, "melting point"), Defaults.LI_MELTING_POINT);
		if (!(p.temperature >= Defaults.T_MIN && p.temperature < p.liMeltingPoint)) {
			throw invalid("cell temperature must lie between " + Defaults.T_MIN + " K and the melting point of Li, "
					+ p.liMeltingPoint + " K (got " + p.temperature + " K)");
		}
		p.nucleationGamma = MaterialProperties.or(MaterialProperties.value(li, "surface energy"), k.NUCLEATION_SURFACE_ENERGY);
		readSeparator(cell, p);
		new CollectorReader(input, runId, k).read(cell, p);
		if (p.full) {
			readCathode(cell, p);
			if (cell.getCollector() != null) {
				warnElectrodeArea("collector", cell.getCollector().getProperties(), p);
			}
		} else if (p.blocking) {
			readBlocking(cell, p);
		} else {
			readCounter(cell, p);
			readAreas(cell, p);
		}
		return p;
	}

	/**
	 * A blocking cell's electrolyte gives its stability window and, through its formula, density and molar mass,
	 * the Li its decomposition can bind.
	 */
	private void readBlocking(CellSpec cell, CellParameters p) throws SolverException {
		MaterialSpec se = cell.getSeparator().getMaterial();
		String name = se == null ? "" : "'" + se.getName() + "' ";
		double reduction = MaterialProperties.value(se, "reduction potential");
		double oxidation = MaterialProperties.value(se, "oxidation potential");
		if (!positive(reduction) || !(oxidation >= reduction)) {
			throw invalid("the electrolyte " + name + "of a blocking cell needs its stability window: a 'reduction "
					+ "potential' and a higher 'oxidation potential' (vs Li)");
		}
		p.reductionPotential = reduction;
		p.stabilityWindow = oxidation - reduction;
		double density = MaterialProperties.or(MaterialProperties.value(cell.getSeparator().getProperties(), "density"),
				MaterialProperties.value(se, "density"));
		double molar = MaterialProperties.value(se, "molar mass");
		double li = lithiumPerFormula(MaterialProperties.text(se, "formula"));
		if (!positive(density) || !positive(molar) || !(li > 0)) {
			throw invalid("the electrolyte " + name + "of a blocking cell needs a 'density', a 'molar mass' and a "
					+ "'formula' that starts with Li (e.g. \"Li6PS5Cl\"): they give the Li its decomposition can bind");
		}
		double porosity = MaterialProperties.or(cell.getSeparator().getPorosity(), 0);
		p.separatorLi = density * (1 - porosity) / molar * li * p.separatorThickness * Constants.FARADAY;
	}

	/** @return the Li atoms per formula unit of a formula that starts with Li ("Li5.4PS4.4Cl1.6": 5.4), else 0 */
	static double lithiumPerFormula(String formula) {
		java.util.regex.Matcher m = formula == null ? null
				: java.util.regex.Pattern.compile("^Li(\\d+(?:\\.\\d+)?)?(?![a-z])").matcher(formula);
		if (m == null || !m.find()) {
			return 0;
		}
		return m.group(1) == null ? 1 : Double.parseDouble(m.group(1));
	}

	/**
	 * A full cell is one-dimensional: the cathode, the pellet and the collector share the cell area. A collector of
	 * another size is reported, not silently ignored.
	 */
	private static void warnElectrodeArea(String what, List<Property> properties, CellParameters p) {
		double a = electrodeArea(properties, p.area);
		if (Math.abs(a / p.area - 1) > ELECTRODE_AREA_TOLERANCE) {
			p.warnings.add(String.format(java.util.Locale.ROOT,
					"%s diameter %.3g mm (%.3g cm2) differs from the cell area (%.3g cm2): a full cell takes every"
							+ " electrode at the cell area",
					what, 2e3 * Math.sqrt(a / Math.PI), a * 1e4, p.area * 1e4));
		}
	}

	/** @return the area of an electrode from its "diameter" property, m2, or the fallback when it gives none */
	private static double electrodeArea(List<Property> properties, double fallback) {
		double d = MaterialProperties.value(properties, "diameter");
		return positive(d) ? Math.PI * d * d / 4 : fallback;
	}

	/**
	 * Two electrode areas in a half cell (docs/physics.md, cell cycling): the cell area is the one the protocol's current
	 * densities and capacities refer to; the counter and the collector each have their own (their "diameter", else
	 * the cell area). Through a pellet thinner than the smaller electrode the current runs straight across, so Li
	 * plates on the collector within the footprint of the smaller electrode: that footprint is the working area in
	 * which the run's areal state lives. The ionic current through the pellet spreads beyond the rim of the smaller
	 * electrode, where the pellet and the larger electrode extend, so the bulk path is wider than the footprint (see
	 * {@link #rimSpreading}). A coating covers the whole collector, so its Li capacity counts over the collector
	 * area; the counter's current density and charge-transfer resistance belong to the counter's area.
	 */
	private static void readAreas(CellSpec cell, CellParameters p) {
		double reference = p.area;
		double collector = cell.getCollector() == null ? reference
				: electrodeArea(cell.getCollector().getProperties(), reference);
		double counter = cell.getCounter() == null ? reference : electrodeArea(cell.getCounter().getProperties(), reference);
		double working = Math.min(collector, counter);
		p.area = working;
		p.referenceScale = reference / working;
		p.counterScale = working / counter;
		double layers = collector / working;
		p.alloyCapacity *= layers;
		p.conversionCapacity *= layers;
		p.counterLi /= p.counterScale;
		// the pellet carries both electrodes on its faces, so it is at least as wide as the larger one
		p.bulkResistance *= rimSpreading(working, Math.max(collector, counter), p.separatorThickness);
	}

	/**
	 * Bulk resistance of a pellet between a smaller electrode and a larger one, over that of its footprint: the current
	 * spreads into the pellet beyond the smaller electrode's rim, which widens the path as if the electrode's radius
	 * were longer by delta = (2 ln 2 / pi) t, the edge correction of an electrode on one face of a slab of thickness t
	 * whose other face is equipotential (conformal map of the semi-infinite electrode). Checked against a
	 * finite-difference solution of the axisymmetric Laplace equation for an 8 mm electrode on a 12 mm pellet and
	 * collector, 0.713 mm thick (M24's half cells): 0.435 t at a 25 um grid, 0.431 t at 50 um, against 0.441 t; the
	 * resistance is 0.861 of the footprint's. Where the larger electrode extends less than delta beyond the rim, the
	 * spreading is cut at what it extends.
	 *
	 * @param small     area of the smaller electrode, m2
	 * @param large     area of the larger electrode, m2
	 * @param thickness pellet thickness, m
	 * @return the factor on the footprint's bulk resistance, at most 1
	 */
	static double rimSpreading(double small, double large, double thickness) {
		double radius = Math.sqrt(small / Math.PI);
		double room = Math.sqrt(large / Math.PI) - radius;
		if (!(room > 0) || !(thickness > 0)) {
			return 1;
		}
		double widened = radius + Math.min(RIM_SPREADING * thickness, room);
		return radius * radius / (widened * widened);
	}

	private MaterialSpec findLi() {
		for (MaterialSpec m : input.getMaterials()) {
			if (MaterialProperties.isLithium(m)) {
				return m;
			}
		}
		return null;
	}

	private void readSeparator(CellSpec cell, CellParameters p) throws SolverException {
		SeparatorSpec sep = cell.getSeparator();
		if (sep == null) {
			throw invalid("the cell has no separator");
		}
		double thickness = sep.getThickness();
		if (!positive(thickness)) {
			throw invalid("separator thickness must be positive and finite (got " + thickness + " m)");
		}
		double sigma = MaterialProperties.or(sep.getConductivity(), MaterialProperties.value(sep.getMaterial(), "conductivity"));
		if (!positive(sigma)) {
			throw invalid("separator conductivity must be positive and finite (got " + sigma + " S/m)");
		}
		p.separatorThickness = thickness;
		p.conductivityTemperature = measuredAt(sep.getMaterial(), "conductivity", "temperature", Constants.STANDARD_TEMPERATURE);
		p.bulkResistance = thickness / sigma;
		double dMin = sep.getParticleSizeMin();
		double dMax = sep.getParticleSizeMax();
		if (!Double.isFinite(dMin)) {
			for (var prop : sep.getMaterial() == null ? List.<org.lithos.model.Property>of()
					: sep.getMaterial().getProperties()) {
				if ("particles".equalsIgnoreCase(prop.getName()) || "particle size".equalsIgnoreCase(prop.getName())) {
					dMin = prop.getValue();
					dMax = MaterialProperties.or(prop.getHigh(), dMin);
				}
			}
		}
		double d = Double.isFinite(dMin) ? 0.5 * (dMin + MaterialProperties.or(dMax, dMin)) : Defaults.PARTICLE_SIZE;
		// Relative packing from particle size (coarse powders pack porous, cf. S25) unless a porosity is given.
		double density = 1 / (1 + d / k.CCD_PARTICLE_SIZE);
		if (Double.isFinite(sep.getPorosity())) {
			density = 1 - sep.getPorosity();
		}
		p.pelletDensity = Math.max(0.05, Math.min(1, density));
		double porous = 1 - p.pelletDensity;
		// Only genuinely porous pellets (> ~25 % voids) take Li into pores and cracks.
		double filled = (porous - k.PORE_THRESHOLD) / k.PORE_RANGE;
		p.crackFill = k.CRACK_FILL_FRACTION * Math.max(0, Math.min(1, filled));
		// Effective ionic conductivity of the pellet: a tabulated or measured conductivity refers to a pellet of
		// ordinary (fine-powder) packing; a pellet packed less densely conducts less, sigma_eff = sigma (rho /
		// rho_ref)^m (Bruggeman: m = 1.5), with rho_ref the packing of the default particle size.
		double reference = 1 / (1 + Defaults.PARTICLE_SIZE / k.CCD_PARTICLE_SIZE);
		if (p.pelletDensity < reference) {
			p.bulkResistance /= Math.pow(p.pelletDensity / reference, k.PELLET_CONDUCTIVITY_EXPONENT);
		}
		p.bulkResistance /= compactionFactor(sep);
	}

	/**
	 * In-cell conductivity over the conductivity as measured: a conductivity measured on a pellet under pressure
	 * P_m ("conductivity 0.8 mS/cm at 9 MPa") belongs to a compact of the density that pressure gives, while a cell
	 * pellet pressed at its "fabrication pressure" P_f is denser. Heckel's law gives both densities, D(P) = 1 -
	 * eps0 exp(-P / P_H), and the conductivity follows density as (D_f / D_m)^m with the exponent of
	 * pellet.conductivityExponent. 1 when either pressure is not given: the conductivity is then the cell's.
	 */
	private double compactionFactor(SeparatorSpec sep) {
		double fabricated = MaterialProperties.value(sep.getProperties(), "fabrication pressure");
		double measured = measuredAt(sep.getMaterial(), "conductivity", "pressure", Double.NaN);
		if (!positive(fabricated) || !positive(measured)) {
			return 1;
		}
		return Math.pow(compactDensity(fabricated) / compactDensity(measured), k.PELLET_CONDUCTIVITY_EXPONENT);
	}

	/** @return relative density of a powder compact cold-pressed at a pressure, Heckel's law */
	static double compactDensity(double pressure) {
		return 1 - Defaults.LOOSE_POROSITY * Math.exp(-pressure / Defaults.HECKEL_PRESSURE);
	}

	/** @return the named condition (e.g. temperature) of a material property, or the fallback */
	private static double measuredAt(MaterialSpec m, String property, String condition, double fallback) {
		if (m != null) {
			for (var prop : m.getProperties()) {
				if (property.equalsIgnoreCase(prop.getName())) {
					double v = MaterialProperties.value(prop.getConditions(), condition);
					if (positive(v)) {
						return v;
					}
				}
			}
		}
		return fallback;
	}

	private void readCounter(CellSpec cell, CellParameters p) throws SolverException {
		CounterSpec c = cell.getCounter();
		if (c == null) {
			throw invalid("a half or symmetric cell needs a counter electrode");
		}
		MaterialSpec m = c.getMaterial();
		p.counterPotential = MaterialProperties.or(MaterialProperties.value(m, "potential"), 0);
		// Charge transfer at the counter: its own interface with the separator when one is given; a Li counter
		// shares the Li | electrolyte kinetics of the working electrode; an alloy counter (In-Li) has its own.
		boolean li = MaterialProperties.isLithium(m);
		if (!li && (m == null || m.getKind() != MaterialKind.ALLOY
				|| !Double.isFinite(MaterialProperties.value(m, "potential")))) {
			// never silently turned into Li: a counter must be Li or a Li alloy whose potential vs Li is given
			throw invalid("the counter electrode " + (m == null ? "" : "'" + m.getName() + "' ")
					+ "is neither Li nor a Li alloy with a 'potential' (vs Li): lithos.cell does not model a Li-free "
					+ "counter electrode");
		}
		p.j0Counter = exchangeCurrent(m, cell, li ? p.j0Li : k.J0_ALLOY_COUNTER, "the counter electrode");
		double h = c.getThickness();
		if (li && positive(h)) {
			double rho = MaterialProperties.or(MaterialProperties.value(m, "density"), Constants.LITHIUM_DENSITY);
			double molar = MaterialProperties.or(MaterialProperties.value(m, "molar mass"), Constants.LITHIUM_MOLAR_MASS);
			p.counterLi = h * rho / molar * Constants.FARADAY;
		} else {
			p.counterLi = Defaults.COUNTER_RESERVOIR;
			p.warnings.add("counter electrode without Li thickness: a reservoir of 100 um Li equivalent is assumed");
		}
	}

	/**
	 * @param electrode a counter electrode or cathode material
	 * @param fallback  exchange current density when its interface with the separator gives none, A/m2
	 * @param what      the electrode, for the message
	 * @return the exchange current density of the electrode | separator interface, A/m2
	 * @throws SolverException when the interface gives one that is not positive and finite
	 */
	private double exchangeCurrent(MaterialSpec electrode, CellSpec cell, double fallback, String what)
			throws SolverException {
		double j0 = MaterialProperties.interfaceValue(input.getInterfaces(), electrode,
				cell.getSeparator().getMaterial(), "exchange current density");
		if (Double.isFinite(j0) && j0 <= 0 || Double.isInfinite(j0)) {
			throw invalid("exchange current density of " + what + " must be positive and finite (got " + j0 + ")");
		}
		return MaterialProperties.or(j0, fallback);
	}

	/** @return the open-circuit fit the cathode material names (NMC811 when it names none) */
	private CathodeOcv.Kind ocvCurve(MaterialSpec m) throws SolverException {
		String curve = MaterialProperties.text(m, CathodeOcv.PROPERTY);
		if (curve == null) {
			return CathodeOcv.Kind.NMC811;
		}
		for (CathodeOcv.Kind kind : CathodeOcv.Kind.values()) {
			if (kind.name().equalsIgnoreCase(curve.trim())) {
				return kind;
			}
		}
		throw invalid("ocv curve \"" + curve + "\" of " + m.getName() + " is not one of NMC811, LCO");
	}

	private void readCathode(CellSpec cell, CellParameters p) throws SolverException {
		CathodeSpec c = cell.getCathode();
		if (c == null) {
			throw invalid("a full cell needs a cathode");
		}
		MaterialSpec m = c.getMaterial();
		p.cathodeKind = ocvCurve(m);
		boolean lco = p.cathodeKind == CathodeOcv.Kind.LCO;
		double spec = MaterialProperties.or(c.getSpecificCapacity(), MaterialProperties.value(m, "specific capacity"));
		double loading = c.getActiveLoading();
		if (!positive(loading) && positive(c.getArealCapacity()) && positive(spec)) {
			loading = c.getArealCapacity() / spec;
		}
		if (!positive(loading)) {
			throw invalid("the cathode needs an active loading or an areal and a specific capacity");
		}
		double molar = MaterialProperties.value(m, "molar mass");
		if (!positive(molar)) {
			throw invalid("the cathode material " + (m == null ? "" : m.getName() + " ") + "needs a molar mass");
		}
		p.activeLoading = loading;
		p.cathodeTheoretical = loading / molar * Constants.FARADAY;
		p.cathodeInitialY = 1.0;
		double loss = MaterialProperties.or(MaterialProperties.value(m, "first cycle loss"),
				lco ? k.LCO_FIRST_CYCLE_LOSS : k.NMC_FIRST_CYCLE_LOSS);
		if (loss > 1) {
			// given as a specific capacity (A s/kg): convert to a fraction of the theoretical Li
			loss = loss / (Constants.FARADAY / molar);
		}
		if (!(loss >= 0 && loss < 1)) {
			throw invalid("the cathode's first cycle loss must lie in [0, 1) of its Li (got " + loss + ")");
		}
		p.upperVoltage = MaterialProperties.value(m, "upper voltage");
		p.lowerVoltage = MaterialProperties.value(m, "lower voltage");
		p.cathodeMaxY = 1 - loss;
		// without a buffer coating the oxide | sulfide interface forms a resistive interphase
		p.j0Cathode = exchangeCurrent(m, cell,
				k.J0_CATHODE * (c.getCoating() == null ? k.UNCOATED_CATHODE_FACTOR : 1), "the cathode");
		p.cathodeFade = MaterialProperties.or(MaterialProperties.value(m, "fade per cycle"), k.CATHODE_FADE_PER_CYCLE);
		p.electrolyteOxidisable = loading * electrolytePerActiveMass(c) * k.SE_OXIDATION;
		// rate capability: solid-state diffusion in the particles and ionic transport through the composite
		p.cathodeDiffusionTime = CathodeTransport.diffusionTime(0.5 * meanParticleSize(m),
				MaterialProperties.value(m, "diffusivity"));
		SeparatorSpec sep = cell.getSeparator();
		double pressed = compactionFactor(sep);
		p.compositeResistance = CathodeTransport.compositeResistance(c, loading,
				e -> e == sep.getMaterial() ? pressed : 1, k.PELLET_CONDUCTIVITY_EXPONENT);
	}

	/** @return the mean of a material's "particles" size (a value or a range), m, or NaN when it gives none */
	private static double meanParticleSize(MaterialSpec m) {
		if (m != null) {
			for (Property prop : m.getProperties()) {
				if ("particles".equalsIgnoreCase(prop.getName())) {
					return 0.5 * (prop.getValue() + MaterialProperties.or(prop.getHigh(), prop.getValue()));
				}
			}
		}
		return Double.NaN;
	}

	/**
	 * @return mass of solid electrolyte mixed into the composite cathode per mass of active material; the mass
	 *         fractions list the active material first, then the mix components in order
	 */
	private static double electrolytePerActiveMass(CathodeSpec c) {
		List<Double> fractions = c.getMassFractions();
		if (fractions.isEmpty() || !(fractions.get(0) > 0)) {
			return 0;
		}
		double electrolyte = 0;
		for (int i = 0; i < c.getMixComponents().size() && i + 1 < fractions.size(); i++) {
			if (c.getMixComponents().get(i).getKind() == MaterialKind.ELECTROLYTE) {
				electrolyte += fractions.get(i + 1);
			}
		}
		return electrolyte / fractions.get(0);
	}

	StepPlan[] steps(CellParameters cell) throws SolverException {
		if (input.getProtocol() == null) {
			throw invalid("the input has no protocol");
		}
		List<StepSpec> specs = input.getProtocol().getSteps();
		StepPlan[] plans = new StepPlan[specs.size()];
		for (int i = 0; i < plans.length; i++) {
			StepSpec s = specs.get(i);
			StepPlan p = new StepPlan();
			p.index = i;
			p.cycle = Math.max(1, s.getCycle());
			p.label = s.getLabel();
			p.temperature = MaterialProperties.or(s.getTemperature(), cell.temperature);
			p.pressure = MaterialProperties.or(s.getPressure(), cell.pressure);
			if (!(p.temperature >= Defaults.T_MIN && p.temperature < cell.liMeltingPoint)) {
				throw new SolverException(SolverException.Kind.INVALID_INPUT,
						"step temperature must lie between " + Defaults.T_MIN + " K and the melting point of Li, "
								+ cell.liMeltingPoint + " K (got " + p.temperature + " K)",
						runId, i, p.cycle, null);
			}
			if (!(p.pressure >= 0)) {
				throw new SolverException(SolverException.Kind.INVALID_INPUT,
						"step pressure must not be negative (got " + p.pressure + " Pa)", runId, i, p.cycle, null);
			}
			switch (s.getMode()) {
			case PLATE, CHARGE -> p.kind = StepPlan.Kind.DEPOSIT;
			case STRIP, DISCHARGE -> p.kind = StepPlan.Kind.DISSOLVE;
			case HOLD -> p.kind = StepPlan.Kind.HOLD;
			default -> p.kind = StepPlan.Kind.OPEN;
			}
			// the protocol's current densities and capacities refer to the cell area, the run's to its working area
			p.current = s.getCurrentDensity() * cell.referenceScale;
			p.voltage = s.getVoltage();
			if (p.isCurrent() && !positive(p.current)) {
				throw new SolverException(SolverException.Kind.INVALID_INPUT,
						"current density must be positive and finite (got " + p.current + " A/m2)", runId, i, p.cycle,
						null);
			}
			if (p.kind == StepPlan.Kind.HOLD && !Double.isFinite(p.voltage)) {
				throw new SolverException(SolverException.Kind.INVALID_INPUT, "a hold step needs a voltage", runId, i,
						p.cycle, null);
			}
			for (Termination t : s.getTerminations()) {
				double v = t.getValue();
				if (Double.isNaN(v)) {
					throw new SolverException(SolverException.Kind.INVALID_INPUT,
							"termination " + t.getKind() + " has no value", runId, i, p.cycle, null);
				}
				switch (t.getKind()) {
				case CAPACITY -> p.capacityLimit = v * cell.referenceScale;
				case DURATION -> p.durationLimit = v;
				case VOLTAGE -> p.voltageLimit = v;
				case CURRENT -> p.currentLimit = v * cell.referenceScale;
				default -> {
				}
				}
			}
			boolean unlimited = !Double.isFinite(p.capacityLimit) && !Double.isFinite(p.durationLimit)
					&& !Double.isFinite(p.voltageLimit);
			if (unlimited && cell.full && p.isCurrent()) {
				// a full-cell step without a limit runs to the end of the cathode's window
				p.voltageLimit = p.kind == StepPlan.Kind.DEPOSIT ? cell.upperVoltage : cell.lowerVoltage;
			}
			if (p.kind == StepPlan.Kind.OPEN && !Double.isFinite(p.durationLimit)) {
				throw new SolverException(SolverException.Kind.INVALID_INPUT, "a rest or store step needs a duration",
						runId, i, p.cycle, null);
			}
			plans[i] = p;
		}
		return plans;
	}

	StopPlan stops() {
		StopPlan s = new StopPlan();
		for (StopCondition c : input.getProtocol().getStops()) {
			switch (c.getKind()) {
			case CAPACITY_BELOW -> {
				s.capacityFraction = c.getFraction();
				s.referenceCycle = Math.max(1, c.getReferenceCycle());
			}
			case TOTAL_TIME -> s.totalTime = c.getTime();
			default -> {
			}
			}
		}
		return s;
	}
}
