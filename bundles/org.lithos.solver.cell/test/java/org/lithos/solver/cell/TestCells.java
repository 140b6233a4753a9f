package org.lithos.solver.cell;

import org.lithos.model.CathodeSpec;
import org.lithos.model.CellFormat;
import org.lithos.model.CellSpec;
import org.lithos.model.CollectorSpec;
import org.lithos.model.CounterSpec;
import org.lithos.model.InterfaceSpec;
import org.lithos.model.LayerSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialKind;
import org.lithos.model.MaterialSpec;
import org.lithos.model.ProtocolSpec;
import org.lithos.model.Property;
import org.lithos.model.SeparatorSpec;
import org.lithos.model.SimulationInput;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.StopCondition;
import org.lithos.model.StopKind;
import org.lithos.model.Termination;
import org.lithos.model.TerminationKind;

/**
 * Builds SimulationInputs programmatically, with values as the language compiler would produce them (SI). Public
 * for the calibration's tests in the internal packages; everything else stays package-private.
 */
public final class TestCells {

	static final LithosFactory F = LithosFactory.eINSTANCE;
	/** 1 mA/cm2 in A/m2. */
	public static final double MA_CM2 = 10.0;
	/** 1 mAh/cm2 in A s/m2. */
	public static final double MAH_CM2 = 36000.0;
	static final double RT = 296.15;

	private final SimulationInput input = F.createSimulationInput();
	private int cycle = 1;
	private double temperature = RT;
	private double pressure = 9e6;

	private TestCells(String id) {
		input.setId(id);
		input.setProtocol(F.createProtocolSpec());
		input.getProtocol().setName("test");
	}

	/** A named property value (SI). */
	static Property property(String name, double value) {
		Property p = F.createProperty();
		p.setName(name);
		p.setValue(value);
		return p;
	}

	/** A named text property, e.g. "conversion product". */
	static Property textProperty(String name, String text) {
		Property p = F.createProperty();
		p.setName(name);
		p.setText(text);
		return p;
	}

	/** A material with properties given as name, value pairs (a String value is a text property). */
	static MaterialSpec material(SimulationInput in, String name, MaterialKind kind, Object... props) {
		for (MaterialSpec m : in.getMaterials()) {
			if (m.getName().equals(name)) {
				return m;
			}
		}
		MaterialSpec m = F.createMaterialSpec();
		m.setName(name);
		m.setKind(kind);
		for (int i = 0; i < props.length; i += 2) {
			m.getProperties().add(props[i + 1] instanceof String text ? textProperty((String) props[i], text)
					: property((String) props[i], ((Number) props[i + 1]).doubleValue()));
		}
		in.getMaterials().add(m);
		return m;
	}

	private MaterialSpec mat(String simple) {
		SimulationInput in = input;
		switch (simple) {
		case "Li":
			return material(in, "lithos.materials.Li", MaterialKind.METAL, "density", 534.0, "molar mass", 6.94e-3,
					"molar volume", 1.3e-5, "creep stress exponent", 6.6, "creep activation energy", 37000.0);
		case "Cu":
			return material(in, "lithos.materials.Cu", MaterialKind.METAL, "density", 8960.0, "molar mass", 0.063546,
					"corrosion", "sulfide");
		case "W":
			return material(in, "lithos.materials.W", MaterialKind.METAL, "density", 19300.0, "molar mass", 0.18384,
					"li solubility", 0.0);
		case "Mg":
			return material(in, "lithos.materials.Mg", MaterialKind.METAL, "density", 1740.0, "molar mass", 0.024305,
					"li solubility", 0.17, "li alloy ratio", 3.9);
		case "MgFilm": {
			// a user material extending Mg, with the Li-in-Mg diffusion parameters
			MaterialSpec m = material(in, "test.MgFilm", MaterialKind.METAL, "density", 1740.0, "molar mass", 0.024305,
					"li solubility", 0.17, "li alloy ratio", 3.9, "diffusivity", 6e-15, "max concentration", 69600.0);
			if (m.getAncestors().isEmpty()) {
				m.getAncestors().add("lithos.materials.Mg");
			}
			return m;
		}
		case "Au":
			return material(in, "lithos.materials.Au", MaterialKind.METAL, "density", 19300.0, "molar mass", 0.196967,
					"plateau", 0.14, "plateau", 0.08, "li alloy ratio", 3.75, "surface class", "noble alloying");
		case "Cu2Te":
			return material(in, "lithos.materials.Cu2Te", MaterialKind.COMPOUND, "molar mass", 0.25469,
					"conversion potential", 1.5, "conversion potential", 1.3, "conversion capacity", 210.5 * 3.6 * 1000,
					"conversion product", "Li2Te", "density", 7270.0);
		case "Li2Te":
			return material(in, "lithos.materials.Li2Te", MaterialKind.COMPOUND, "density", 4460.0, "surface class",
					"lithiophilic compound");
		case "InLi":
			return material(in, "lithos.materials.InLi", MaterialKind.ALLOY, "potential", 0.62);
		case "LCO":
			return material(in, "lithos.materials.LCO", MaterialKind.CATHODE, "ocv curve", "LCO", "molar mass", 0.09787,
					"density", 5050.0,
					"specific capacity", 504000.0, "upper voltage", 4.25, "lower voltage", 3.0);
		case "NMC811":
			return material(in, "lithos.materials.NMC811", MaterialKind.CATHODE, "molar mass", 0.09728,
					"specific capacity", 720000.0, "upper voltage", 4.3, "lower voltage", 2.8);
		default:
			throw new IllegalArgumentException(simple);
		}
	}

	/** A Li | LPSCl | collector half cell, 12 mm die, 150 mg pellet (0.713 mm), 0.8 mS/cm, 9 MPa, 23 C. */
	public static TestCells half(String id, String... layers) {
		TestCells t = new TestCells(id);
		CellSpec c = F.createCellSpec();
		c.setName("test." + id);
		c.setFormat(CellFormat.HALF);
		c.setArea(Math.PI * 0.006 * 0.006);
		c.setPressure(9e6);
		c.setTemperature(RT);
		CounterSpec counter = F.createCounterSpec();
		counter.setMaterial(t.mat("Li"));
		counter.setThickness(100e-6);
		c.setCounter(counter);
		c.setSeparator(t.separator(0.713e-3, 1e-6, 5e-6));
		c.setCollector(t.collector(layers));
		t.input.setCell(c);
		return t;
	}

	/** A full NMC811 cell, 1 mAh/cm2 nominal at 200 mAh/g, on the given collector, 14 MPa. */
	static TestCells full(String id, String... layers) {
		TestCells t = new TestCells(id);
		CellSpec c = F.createCellSpec();
		c.setName("test." + id);
		c.setFormat(CellFormat.FULL);
		c.setArea(Math.PI * 0.006 * 0.006);
		c.setPressure(14e6);
		c.setTemperature(RT);
		t.pressure = 14e6;
		c.setSeparator(t.separator(0.713e-3, 1e-6, 5e-6));
		c.setCollector(t.collector(layers));
		CathodeSpec cat = F.createCathodeSpec();
		cat.setMaterial(t.mat("NMC811"));
		cat.setArealCapacity(MAH_CM2);
		cat.setSpecificCapacity(720000.0);
		cat.setActiveLoading(MAH_CM2 / 720000.0);
		c.setCathode(cat);
		t.mat("Li");
		t.input.setCell(c);
		return t;
	}

	/** Mixes the separator's electrolyte into the cathode: active : electrolyte by mass. */
	TestCells mixElectrolyte(double active, double electrolyte) {
		CathodeSpec cat = input.getCell().getCathode();
		cat.getMixComponents().add(input.getCell().getSeparator().getMaterial());
		cat.getMassFractions().clear();
		cat.getMassFractions().add(active / (active + electrolyte));
		cat.getMassFractions().add(electrolyte / (active + electrolyte));
		return this;
	}

	/** Replaces the cathode by LCO at the given active loading (kg/m2), 140 mAh/g nominal. */
	/** One electron volt, J. */
	static final double EV = 1.602176634e-19;
	/** DFT binding energies of M23 (library interfaces.cell), eV. */
	static final double LI_LI = 0.168, LI_CU = -0.570, LI_LI2TE = 0.535;

	/** @return the input's material of that qualified name */
	static MaterialSpec find(SimulationInput in, String name) {
		return in.getMaterials().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
	}

	/** Adds the interface Li | substrate with a DFT binding energy (eV per Li). */
	static void binding(SimulationInput in, String substrate, double ev) {
		InterfaceSpec i = F.createInterfaceSpec();
		i.setFirst(material(in, "lithos.materials.Li", MaterialKind.METAL));
		i.setSecond(find(in, substrate));
		i.getProperties().add(property("binding energy", ev * EV));
		in.getInterfaces().add(i);
	}

	/** The library's M23 binding energies: Li on Li, Cu and Li2Te (the product of a Cu2Te layer). */
	TestCells m23BindingEnergies() {
		mat("Li2Te");
		binding(input, "lithos.materials.Li", LI_LI);
		binding(input, "lithos.materials.Cu", LI_CU);
		binding(input, "lithos.materials.Li2Te", LI_LI2TE);
		return this;
	}

	/** Gives the cathode particles a LiNbO3 buffer coating. */
	TestCells coated() {
		input.getCell().getCathode()
				.setCoating(material(input, "lithos.materials.LiNbO3", MaterialKind.COATING, "density", 4640.0));
		return this;
	}

	TestCells lco(double loading) {
		CathodeSpec cat = input.getCell().getCathode();
		cat.setMaterial(mat("LCO"));
		cat.setSpecificCapacity(504000.0);
		cat.setActiveLoading(loading);
		cat.setArealCapacity(loading * 504000.0);
		return this;
	}

	private SeparatorSpec separator(double thickness, double dMin, double dMax) {
		MaterialSpec se = material(input, "test.LPSCl", MaterialKind.ELECTROLYTE, "conductivity", 0.08, "density",
				1860.0);
		se.getAncestors().add("lithos.materials.Li6PS5Cl");
		SeparatorSpec s = F.createSeparatorSpec();
		s.setMaterial(se);
		s.setThickness(thickness);
		s.setConductivity(0.08);
		s.setParticleSizeMin(dMin);
		s.setParticleSizeMax(dMax);
		return s;
	}

	/** Layers as "W:30e-9", "Mg:140e-9", from the collector outwards. */
	private CollectorSpec collector(String... layers) {
		CollectorSpec cc = F.createCollectorSpec();
		cc.setMaterial(mat("Cu"));
		cc.setThickness(9e-6);
		for (String l : layers) {
			String[] parts = l.split(":");
			LayerSpec layer = F.createLayerSpec();
			layer.setMaterial(mat(parts[0]));
			layer.setThickness(Double.parseDouble(parts[1]));
			if (parts.length > 2) {
				layer.getProperties().add(property("areal mass", Double.parseDouble(parts[2])));
			}
			cc.getLayers().add(layer);
		}
		return cc;
	}

	TestCells coarseSeparator() {
		input.getCell().getSeparator().setParticleSizeMin(10e-6);
		input.getCell().getSeparator().setParticleSizeMax(100e-6);
		return this;
	}

	/** Replaces the Li foil by an In-Li counter at 0.62 V vs Li (no thickness: large reservoir). */
	TestCells inLiCounter() {
		input.getCell().getCounter().setMaterial(mat("InLi"));
		input.getCell().getCounter().setThickness(Double.NaN);
		return this;
	}

	/** Gives the counter electrode a diameter, m. */
	TestCells counterDiameter(double d) {
		input.getCell().getCounter().getProperties().add(property("diameter", d));
		return this;
	}

	/**
	 * States that the electrolyte's conductivity was measured on a pellet under one pressure and that the cell's
	 * pellet was pressed at another, Pa.
	 */
	TestCells pressedAt(double fabrication, double measuredUnder) {
		var separator = input.getCell().getSeparator();
		separator.getProperties().add(property("fabrication pressure", fabrication));
		for (Property p : separator.getMaterial().getProperties()) {
			if (p.getName().equals("conductivity")) {
				p.getConditions().add(property("pressure", measuredUnder));
			}
		}
		return this;
	}

	/** Gives the collector a diameter, m. */
	TestCells collectorDiameter(double d) {
		input.getCell().getCollector().getProperties().add(property("diameter", d));
		return this;
	}

	/**
	 * Makes the cell Cu | LPSCl | Cu without Li (blocking), the electrolyte with its formula, molar mass and DFT
	 * stability window (library Li6PS5Cl).
	 */
	TestCells blocking() {
		input.getCell().setFormat(CellFormat.BLOCKING);
		input.getCell().setCounter(null);
		MaterialSpec se = input.getCell().getSeparator().getMaterial();
		se.getProperties().add(textProperty("formula", "Li6PS5Cl"));
		se.getProperties().add(property("molar mass", 0.26836));
		se.getProperties().add(property("reduction potential", 1.71));
		se.getProperties().add(property("oxidation potential", 2.01));
		return this;
	}

	/** Makes the cell Li | SE | Li: no collector, the counter foil on both sides. */
	TestCells symmetric() {
		input.getCell().setFormat(CellFormat.SYMMETRIC);
		input.getCell().setCollector(null);
		return this;
	}

	TestCells hold(double volts, double currentLimit, double seconds) {
		StepSpec s = step(StepMode.HOLD, Double.NaN);
		s.setVoltage(volts);
		limit(s, TerminationKind.CURRENT, currentLimit);
		limit(s, TerminationKind.DURATION, seconds);
		return this;
	}

	TestCells rest(double seconds) {
		limit(step(StepMode.REST, Double.NaN), TerminationKind.DURATION, seconds);
		return this;
	}

	/** charge at j to vHigh, hold, discharge at j to vLow, as one cycle. */
	TestCells cccv(double j, double vHigh, double jTerm, double vLow) {
		limit(step(StepMode.CHARGE, j), TerminationKind.VOLTAGE, vHigh);
		hold(vHigh, jTerm, 3600);
		limit(step(StepMode.DISCHARGE, j), TerminationKind.VOLTAGE, vLow);
		cycle++;
		return this;
	}

	TestCells plateUntil(double j, double volts) {
		limit(step(StepMode.PLATE, j), TerminationKind.VOLTAGE, volts);
		return this;
	}

	TestCells stripUntil(double j, double volts) {
		limit(step(StepMode.STRIP, j), TerminationKind.VOLTAGE, volts);
		cycle++;
		return this;
	}

	TestCells temperature(double kelvin) {
		temperature = kelvin;
		input.getCell().setTemperature(kelvin);
		return this;
	}

	/** Stack pressure of the cell and of the steps added after this call, Pa. */
	TestCells pressure(double pascal) {
		pressure = pascal;
		input.getCell().setPressure(pascal);
		return this;
	}

	TestCells area(double a) {
		input.getCell().setArea(a);
		return this;
	}

	private StepSpec step(StepMode mode, double current) {
		StepSpec s = F.createStepSpec();
		s.setIndex(input.getProtocol().getSteps().size());
		s.setCycle(cycle);
		s.setMode(mode);
		s.setCurrentDensity(current);
		s.setTemperature(temperature);
		s.setPressure(pressure);
		s.setLabel(mode + " at " + current);
		input.getProtocol().getSteps().add(s);
		return s;
	}

	private static void limit(StepSpec s, TerminationKind kind, double value) {
		Termination t = F.createTermination();
		t.setKind(kind);
		t.setValue(value);
		s.getTerminations().add(t);
	}

	/** n x (plate j for q; strip j until cut). */
	public TestCells halfCycling(double j, double q, double cut, int n) {
		for (int i = 0; i < n; i++) {
			limit(step(StepMode.PLATE, j), TerminationKind.CAPACITY, q);
			limit(step(StepMode.STRIP, j), TerminationKind.VOLTAGE, cut);
			cycle++;
		}
		stop(StopKind.SHORT);
		return this;
	}

	TestCells plate(double j, double q) {
		limit(step(StepMode.PLATE, j), TerminationKind.CAPACITY, q);
		return this;
	}

	/** Strips q at j and ends the cycle. */
	TestCells strip(double j, double q) {
		limit(step(StepMode.STRIP, j), TerminationKind.CAPACITY, q);
		cycle++;
		return this;
	}

	TestCells store(double seconds, double kelvin) {
		StepSpec s = step(StepMode.STORE, Double.NaN);
		s.setTemperature(kelvin);
		limit(s, TerminationKind.DURATION, seconds);
		return this;
	}

	/** n x (charge at j to vHigh; discharge at j to vLow). */
	TestCells fullCycling(double j, double vHigh, double vLow, int n) {
		for (int i = 0; i < n; i++) {
			limit(step(StepMode.CHARGE, j), TerminationKind.VOLTAGE, vHigh);
			limit(step(StepMode.DISCHARGE, j), TerminationKind.VOLTAGE, vLow);
			cycle++;
		}
		return this;
	}

	/** One cycle: charge at jCharge until vHigh, then discharge at jDischarge until vLow (A/m2, V). */
	TestCells cycle(double jCharge, double jDischarge, double vHigh, double vLow) {
		limit(step(StepMode.CHARGE, jCharge), TerminationKind.VOLTAGE, vHigh);
		limit(step(StepMode.DISCHARGE, jDischarge), TerminationKind.VOLTAGE, vLow);
		cycle++;
		return this;
	}

	/** Scales the cathode to the given areal capacity, A s/m2 (at its nominal specific capacity). */
	TestCells arealCapacity(double q) {
		CathodeSpec cat = input.getCell().getCathode();
		cat.setActiveLoading(q / cat.getSpecificCapacity());
		cat.setArealCapacity(q);
		return this;
	}

	/** Gives the cathode material a particle size (m), a Li diffusivity (m2/s) and a density (kg/m3). */
	TestCells cathodeParticles(double size, double diffusivity, double density) {
		MaterialSpec m = input.getCell().getCathode().getMaterial();
		m.getProperties().add(property("particles", size));
		m.getProperties().add(property("diffusivity", diffusivity));
		m.getProperties().add(property("density", density));
		return this;
	}

	TestCells stop(StopKind kind) {
		StopCondition c = F.createStopCondition();
		c.setKind(kind);
		input.getProtocol().getStops().add(c);
		return this;
	}

	public SimulationInput build() {
		ProtocolSpec p = input.getProtocol();
		p.setCycleCount(cycle - 1);
		return input;
	}
}
