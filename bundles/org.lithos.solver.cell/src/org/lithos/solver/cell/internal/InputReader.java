package org.lithos.solver.cell.internal;

import java.util.List;

import org.lithos.model.CathodeSpec;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CollectorSpec;
import org.lithos.model.CounterSpec;
import org.lithos.model.InterfaceSpec;
import org.lithos.model.LayerSpec;
import org.lithos.model.MaterialSpec;
import org.lithos.model.SeparatorSpec;
import org.lithos.model.SimulationInput;
import org.lithos.model.StepSpec;
import org.lithos.model.StopCondition;
import org.lithos.model.Termination;
import org.lithos.solver.api.SolverException;

/**
 * Validates a {@link SimulationInput} and copies it into {@link CellParameters}, {@link StepPlan}s and a
 * {@link StopPlan}. Material and interface properties win over {@link Defaults}.
 */
final class InputReader {

	private final SimulationInput input;
	private final String runId;

	InputReader(SimulationInput input) {
		this.input = input;
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
		CellParameters p = new CellParameters();
		p.runId = runId;
		p.full = cell.getFormat() == CellFormat.FULL;
		p.symmetric = cell.getFormat() == CellFormat.SYMMETRIC;
		p.area = cell.getArea();
		if (!positive(p.area)) {
			throw invalid("cell area must be positive and finite (got " + p.area + " m2)");
		}
		p.pressure = MaterialInfo.or(cell.getPressure(), Defaults.DEAD_REF_PRESSURE);
		if (p.pressure < 0) {
			throw invalid("stack pressure must not be negative (got " + p.pressure + " Pa)");
		}
		p.temperature = MaterialInfo.or(cell.getTemperature(), Defaults.T_ROOM);
		if (!positive(p.temperature)) {
			throw invalid("cell temperature must be positive (got " + p.temperature + " K)");
		}
		MaterialSpec li = findLi();
		p.liMolarVolume = MaterialInfo.or(MaterialInfo.value(li, "molar volume"),
				MaterialInfo.or(MaterialInfo.value(li, "molar mass"), Defaults.LI_MOLAR_MASS)
						/ MaterialInfo.or(MaterialInfo.value(li, "density"), Defaults.LI_DENSITY));
		p.creepExponent = MaterialInfo.or(MaterialInfo.value(li, "creep stress exponent"), Defaults.LI_CREEP_EXPONENT);
		p.creepActivation = MaterialInfo.or(MaterialInfo.value(li, "creep activation energy"),
				Defaults.LI_CREEP_ACTIVATION);
		p.nucleationGamma = MaterialInfo.or(MaterialInfo.value(li, "surface energy"), Defaults.NUCLEATION_SURFACE_ENERGY);
		readSeparator(cell, p);
		readCollector(cell, p);
		if (p.full) {
			readCathode(cell, p);
		} else {
			readCounter(cell, p);
		}
		return p;
	}

	private MaterialSpec findLi() {
		for (MaterialSpec m : input.getMaterials()) {
			if (MaterialInfo.is(m, "Li")) {
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
		double sigma = MaterialInfo.or(sep.getConductivity(), MaterialInfo.value(sep.getMaterial(), "conductivity"));
		if (!positive(sigma)) {
			throw invalid("separator conductivity must be positive and finite (got " + sigma + " S/m)");
		}
		p.separatorThickness = thickness;
		p.bulkResistance = thickness / sigma;
		double dMin = sep.getParticleSizeMin();
		double dMax = sep.getParticleSizeMax();
		if (!Double.isFinite(dMin)) {
			for (var prop : sep.getMaterial() == null ? List.<org.lithos.model.Property>of()
					: sep.getMaterial().getProperties()) {
				if ("particles".equalsIgnoreCase(prop.getName()) || "particle size".equalsIgnoreCase(prop.getName())) {
					dMin = prop.getValue();
					dMax = MaterialInfo.or(prop.getHigh(), dMin);
				}
			}
		}
		double d = Double.isFinite(dMin) ? 0.5 * (dMin + MaterialInfo.or(dMax, dMin)) : 3e-6;
		// Relative packing from particle size (coarse powders pack porous, cf. S25) unless a porosity is given.
		double density = 1 / (1 + d / Defaults.CCD_PARTICLE_SIZE);
		if (Double.isFinite(sep.getPorosity())) {
			density = 1 - sep.getPorosity();
		}
		p.pelletDensity = Math.max(0.05, Math.min(1, density));
		double porous = 1 - p.pelletDensity;
		// Only genuinely porous pellets (> ~25 % voids) take Li into pores and cracks.
		p.crackFill = Defaults.CRACK_FILL_FRACTION * Math.max(0, Math.min(1, (porous - 0.25) / 0.5));
	}

	private void readCollector(CellSpec cell, CellParameters p) throws SolverException {
		CollectorSpec cc = cell.getCollector();
		List<InterfaceSpec> ifs = input.getInterfaces();
		p.j0Li = Defaults.J0_LI;
		if (cc == null) {
			if (!p.symmetric) {
				throw invalid("the cell has no current collector");
			}
			p.contactAngle = 0;
			p.wetFraction = 1;
			p.j0Surface = p.j0Li;
			p.criticalCurrent = Defaults.CCD_DENSE * Math.sqrt(p.pelletDensity);
			return;
		}
		MaterialSpec base = cc.getMaterial();
		p.corrodes = MaterialInfo.is(base, "Cu");
		MaterialSpec outer = base;
		int kind = surfaceKind(base);
		for (LayerSpec layer : cc.getLayers()) {
			MaterialSpec m = layer.getMaterial();
			double h = layer.getThickness();
			int k = surfaceKind(m);
			if (k == REFRACTORY && positive(h)) {
				p.refractoryBarrier = true;
			} else if (k == ALLOY) {
				readAlloy(layer, m, p);
			} else if (k == CONVERSION) {
				readConversion(layer, m, p);
			}
			outer = m;
			kind = k;
		}
		p.islands = kind == BARE || kind == REFRACTORY;
		p.lithiophilicCompound = kind == CONVERSION || kind == COMPOUND;
		double theta;
		switch (kind) {
		case REFRACTORY -> theta = Defaults.THETA_REFRACTORY;
		case ALLOY -> theta = p.alloyNoble ? Defaults.THETA_NOBLE : Defaults.THETA_ALLOY;
		case CONVERSION, COMPOUND -> theta = Defaults.THETA_COMPOUND;
		default -> theta = Defaults.THETA_BARE;
		}
		MaterialSpec surface = kind == CONVERSION ? findMaterial("Li2Te", outer) : outer;
		double angle = MaterialInfo.liInterfaceValue(ifs, surface, "contact angle");
		if (Double.isFinite(angle)) {
			// Degrees are not SI; values above 2 pi can only be degrees written without conversion.
			theta = angle > 2 * Math.PI ? Math.toRadians(angle) : angle;
		} else {
			double eSub = MaterialInfo.liInterfaceValue(ifs, surface, "binding energy");
			double eLi = liSelfBinding(ifs);
			if (Double.isFinite(eSub) && Double.isFinite(eLi)) {
				// Binding stronger than Li-Li wets (lithiophilic), weaker does not: keep the class default but
				// move a wrongly classified surface across 90 degrees.
				if (eSub > eLi && theta > Math.PI / 2) {
					theta = Defaults.THETA_COMPOUND;
				} else if (eSub < eLi && theta < Math.PI / 2 && kind != ALLOY) {
					theta = Defaults.THETA_BARE;
				}
			}
		}
		p.contactAngle = theta;
		p.wetFraction = 0.5 * (1 + Math.cos(theta));
		if (p.wetFraction > 0.6) {
			p.islands = false;
		}
		double j0 = MaterialInfo.liInterfaceValue(ifs, surface, "exchange current density");
		p.j0Surface = MaterialInfo.or(j0, Defaults.J0_LI);
		MaterialSpec se = cell.getSeparator().getMaterial();
		double j0se = MaterialInfo.interfaceValue(ifs, findLiOrNull(), se, "exchange current density");
		p.j0Li = MaterialInfo.or(j0se, Defaults.J0_LI);
		// Critical current: denser pellet, better wetting and higher pressure all raise it.
		p.criticalCurrent = Defaults.CCD_DENSE * Math.sqrt(p.pelletDensity / (1 / (1 + 3e-6 / Defaults.CCD_PARTICLE_SIZE)))
				* (0.7 + 0.3 * p.wetFraction);
	}

	private MaterialSpec findLiOrNull() {
		return findLi();
	}

	private MaterialSpec findMaterial(String simple, MaterialSpec fallback) {
		for (MaterialSpec m : input.getMaterials()) {
			if (MaterialInfo.is(m, simple)) {
				return m;
			}
		}
		return fallback;
	}

	private double liSelfBinding(List<InterfaceSpec> ifs) {
		for (InterfaceSpec i : ifs) {
			if (MaterialInfo.is(i.getFirst(), "Li") && MaterialInfo.is(i.getSecond(), "Li")) {
				return MaterialInfo.value(i.getProperties(), "binding energy");
			}
		}
		return Double.NaN;
	}

	private static final int BARE = 0;
	private static final int REFRACTORY = 1;
	private static final int ALLOY = 2;
	private static final int CONVERSION = 3;
	private static final int COMPOUND = 4;

	private static int surfaceKind(MaterialSpec m) {
		if (m == null) {
			return BARE;
		}
		if (MaterialInfo.is(m, "W", "Mo", "Nb") || MaterialInfo.value(m, "li solubility") == 0.0) {
			return REFRACTORY;
		}
		if (MaterialInfo.is(m, "Cu2Te") || Double.isFinite(MaterialInfo.value(m, "conversion capacity"))
				|| Double.isFinite(MaterialInfo.value(m, "conversion potential"))) {
			return CONVERSION;
		}
		if (MaterialInfo.is(m, "Li2Te")) {
			return COMPOUND;
		}
		if (MaterialInfo.is(m, "Au", "Ag", "Mg", "Sn", "Zn", "In")
				|| Double.isFinite(MaterialInfo.value(m, "plateau"))) {
			return ALLOY;
		}
		return BARE;
	}

	private void readAlloy(LayerSpec layer, MaterialSpec m, CellParameters p) throws SolverException {
		double h = layer.getThickness();
		double areal = MaterialInfo.value(layer.getProperties(), "areal mass");
		double rho = MaterialInfo.value(m, "density");
		double mass = Double.isFinite(areal) ? areal : h * rho;
		if (!positive(mass) && !positive(h)) {
			throw invalid("alloy layer " + m.getName() + " needs a thickness or an areal mass");
		}
		double molar = MaterialInfo.value(m, "molar mass");
		double spec = MaterialInfo.value(m, "specific capacity");
		double ratio;
		double[] plateaus = MaterialInfo.values(m.getProperties(), "plateau");
		if (MaterialInfo.is(m, "Au")) {
			ratio = Defaults.RATIO_AU;
			plateaus = plateaus.length > 0 ? plateaus : Defaults.PLATEAU_AU;
			p.alloyNoble = true;
		} else if (MaterialInfo.is(m, "Ag")) {
			ratio = Defaults.RATIO_AG;
			plateaus = plateaus.length > 0 ? plateaus : Defaults.PLATEAU_AG;
			p.alloyNoble = true;
		} else if (MaterialInfo.is(m, "Sn")) {
			ratio = Defaults.RATIO_SN;
			plateaus = plateaus.length > 0 ? plateaus : Defaults.PLATEAU_SN;
		} else if (MaterialInfo.is(m, "Zn")) {
			ratio = Defaults.RATIO_ZN;
			plateaus = plateaus.length > 0 ? plateaus : Defaults.PLATEAU_ZN;
		} else if (MaterialInfo.is(m, "In")) {
			ratio = Defaults.RATIO_IN;
			plateaus = plateaus.length > 0 ? plateaus : Defaults.PLATEAU_IN;
		} else {
			ratio = Defaults.RATIO_MG;
			plateaus = plateaus.length > 0 ? plateaus : new double[] { Defaults.PLATEAU_MG };
		}
		double capacity;
		if (positive(spec) && positive(mass)) {
			capacity = spec * mass;
		} else if (positive(molar) && positive(mass)) {
			capacity = ratio * mass / molar * Defaults.F;
		} else {
			capacity = MaterialInfo.or(MaterialInfo.value(m, "max concentration"), 0) * MaterialInfo.or(h, 0)
					* Defaults.F;
		}
		p.alloyCapacity += capacity;
		p.alloyThickness += MaterialInfo.or(h, 0);
		double[] sorted = plateaus.clone();
		java.util.Arrays.sort(sorted);
		double[] desc = new double[sorted.length];
		for (int i = 0; i < sorted.length; i++) {
			desc[i] = sorted[sorted.length - 1 - i];
		}
		p.alloyPlateaus = desc;
		p.alloyReversible = MaterialInfo.or(MaterialInfo.value(m, "reversible fraction"),
				Defaults.ALLOY_REVERSIBLE_FRACTION);
	}

	private void readConversion(LayerSpec layer, MaterialSpec m, CellParameters p) throws SolverException {
		double areal = MaterialInfo.value(layer.getProperties(), "areal mass");
		double rho = MaterialInfo.value(m, "density");
		double h = layer.getThickness();
		double mass = Double.isFinite(areal) ? areal : (positive(rho) && positive(h) ? rho * h : Double.NaN);
		if (!positive(mass)) {
			// Cu2Te bulk density 7.27 g/cm3 (CRC Handbook of Chemistry and Physics, 97th ed.) when neither is given.
			mass = 7270 * MaterialInfo.or(h, 0);
		}
		double spec = MaterialInfo.value(m, "conversion capacity");
		if (!positive(spec)) {
			double molar = MaterialInfo.or(MaterialInfo.value(m, "molar mass"), 254.69e-3);
			spec = 2 * Defaults.F / molar;
		}
		p.conversionCapacity += spec * mass;
		double[] pots = MaterialInfo.values(m.getProperties(), "conversion potential");
		double[] use = pots.length > 0 ? pots : Defaults.CONVERSION_POTENTIALS;
		double[] sorted = use.clone();
		java.util.Arrays.sort(sorted);
		double[] desc = new double[sorted.length];
		for (int i = 0; i < sorted.length; i++) {
			desc[i] = sorted[sorted.length - 1 - i];
		}
		p.conversionPotentials = desc;
	}

	private void readCounter(CellSpec cell, CellParameters p) throws SolverException {
		CounterSpec c = cell.getCounter();
		if (c == null) {
			throw invalid("a half or symmetric cell needs a counter electrode");
		}
		MaterialSpec m = c.getMaterial();
		p.counterPotential = MaterialInfo.or(MaterialInfo.value(m, "potential"), 0);
		double h = c.getThickness();
		if (MaterialInfo.is(m, "Li") && positive(h)) {
			double rho = MaterialInfo.or(MaterialInfo.value(m, "density"), Defaults.LI_DENSITY);
			double molar = MaterialInfo.or(MaterialInfo.value(m, "molar mass"), Defaults.LI_MOLAR_MASS);
			p.counterLi = h * rho / molar * Defaults.F;
		} else {
			p.counterLi = Defaults.COUNTER_RESERVOIR;
		}
	}

	private void readCathode(CellSpec cell, CellParameters p) throws SolverException {
		CathodeSpec c = cell.getCathode();
		if (c == null) {
			throw invalid("a full cell needs a cathode");
		}
		MaterialSpec m = c.getMaterial();
		boolean lco = MaterialInfo.is(m, "LCO", "LiCoO2");
		p.cathodeKind = lco ? CathodeOcv.Kind.LCO : CathodeOcv.Kind.NMC811;
		double spec = MaterialInfo.or(c.getSpecificCapacity(), MaterialInfo.value(m, "specific capacity"));
		double loading = c.getActiveLoading();
		if (!positive(loading) && positive(c.getArealCapacity()) && positive(spec)) {
			loading = c.getArealCapacity() / spec;
		}
		if (!positive(loading)) {
			throw invalid("the cathode needs an active loading or an areal and a specific capacity");
		}
		double molar = MaterialInfo.or(MaterialInfo.value(m, "molar mass"),
				lco ? Defaults.LCO_MOLAR_MASS : Defaults.NMC_MOLAR_MASS);
		p.activeLoading = loading;
		p.cathodeTheoretical = loading / molar * Defaults.F;
		p.cathodeInitialY = 1.0;
		double loss = MaterialInfo.or(MaterialInfo.value(m, "first cycle loss"),
				lco ? Defaults.LCO_FIRST_CYCLE_LOSS : Defaults.NMC_FIRST_CYCLE_LOSS);
		p.cathodeMaxY = 1 - loss;
		p.cathodeFade = MaterialInfo.or(MaterialInfo.value(m, "fade per cycle"), Defaults.CATHODE_FADE_PER_CYCLE);
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
			p.temperature = MaterialInfo.or(s.getTemperature(), cell.temperature);
			p.pressure = MaterialInfo.or(s.getPressure(), cell.pressure);
			if (!positive(p.temperature)) {
				throw new SolverException(SolverException.Kind.INVALID_INPUT,
						"step temperature must be positive (got " + p.temperature + " K)", runId, i, p.cycle, null);
			}
			switch (s.getMode()) {
			case PLATE, CHARGE -> p.kind = StepPlan.DEPOSIT;
			case STRIP, DISCHARGE -> p.kind = StepPlan.DISSOLVE;
			case HOLD -> p.kind = StepPlan.HOLD;
			default -> p.kind = StepPlan.OPEN;
			}
			p.current = s.getCurrentDensity();
			p.voltage = s.getVoltage();
			if (p.isCurrent() && !positive(p.current)) {
				throw new SolverException(SolverException.Kind.INVALID_INPUT,
						"current density must be positive and finite (got " + p.current + " A/m2)", runId, i, p.cycle,
						null);
			}
			if (p.kind == StepPlan.HOLD && !Double.isFinite(p.voltage)) {
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
				case CAPACITY -> p.capacityLimit = v;
				case DURATION -> p.durationLimit = v;
				case VOLTAGE -> p.voltageLimit = v;
				case CURRENT -> p.currentLimit = v;
				default -> {
				}
				}
			}
			if (p.kind == StepPlan.OPEN && !Double.isFinite(p.durationLimit)) {
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
