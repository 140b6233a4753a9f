package org.lithos.dsl.catalog;

import static org.lithos.units.Dimension.*;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lithos.dsl.catalog.PropertySpec.Bounds;
import org.lithos.units.Dimension;
import org.lithos.units.Quantity;

/**
 * The properties each kind of block accepts. Impossible ranges follow from physics (a thickness is positive, a
 * porosity lies between 0 and 100 %); plausible ranges are the span seen in solid-state battery literature and
 * only raise warnings, so unusual but real designs still compile.
 */
public final class PropertyCatalog {

	/** The kind of block a setting appears in. */
	public enum Context {
		/** {@code material X { ... }} */
		MATERIAL,
		/** {@code interface A | B { ... }} */
		INTERFACE,
		/** Top level of {@code cell X { ... }} and run overrides. */
		CELL,
		/** {@code counter X { ... }} */
		COUNTER,
		/** {@code separator X { ... }} */
		SEPARATOR,
		/** {@code collector X { ... }} */
		COLLECTOR,
		/** {@code layer X t { ... }} */
		LAYER,
		/** {@code cathode X { ... }} */
		CATHODE
	}

	private static final double INF = Double.POSITIVE_INFINITY;
	private static final Map<Context, Map<String, PropertySpec>> SPECS = new EnumMap<>(Context.class);

	static {
		// -------------------------------------------------------------- materials
		material("formula", text());
		material("density", q(DENSITY, "0.534 g/cm3", positive("g/cm3"), range(0.3, 25, "g/cm3")));
		material("molar mass", q(MOLAR_MASS, "6.94 g/mol", positive("g/mol"), range(1, 1000, "g/mol")));
		material("molar volume", q(MOLAR_VOLUME, "13 cm3/mol", positive("cm3/mol"), range(1, 500, "cm3/mol")));
		material("conductivity", q(CONDUCTIVITY, "2.5 mS/cm", positive("mS/cm"), range(1e-9, 1e9, "mS/cm")));
		material("electronic conductivity", q(CONDUCTIVITY, "1e-6 mS/cm", positive("mS/cm"), range(1e-15, 1e9, "mS/cm")));
		material("particles", q(LENGTH, "1 um .. 5 um", positive("um"), range(0.001, 500, "um")));
		material("surface energy", q(SURFACE_ENERGY, "0.5 J/m2", positive("J/m2"), range(0.01, 10, "J/m2")));
		material("shear modulus", q(PRESSURE, "4.2 GPa", positive("GPa"), range(0.1, 1000, "GPa")));
		material("young modulus", q(PRESSURE, "4.9 GPa", positive("GPa"), range(0.1, 1500, "GPa")));
		material("melting point", q(TEMPERATURE, "180.5 C", positive("K"), range(200, 4000, "K")));
		material("potential", q(VOLTAGE, "0.62 V", any("V"), range(-1, 6, "V")));
		repeatableMaterial("plateau", q(VOLTAGE, "0.2 V", any("V"), range(-0.5, 3, "V")));
		repeatableMaterial("delithiation plateau", q(VOLTAGE, "0.3 V", any("V"), range(-0.5, 3, "V")));
		material("li solubility", q(DIMENSIONLESS, "10 %", fraction(), fractionRange(0, 1)));
		// Li atoms per metal atom in the Li-richest alloy phase (Li15Au4: 3.75): an alloying metal's capacity
		material("li alloy ratio", q(DIMENSIONLESS, "3.75", positive("1"), range(0.1, 10, "1")));
		// what a collector surface does to Li when its other properties do not say (org.lithos.solver.api.SurfaceClass):
		// "refractory", "conversion", "lithiophilic compound", "noble alloying", "alloying" or "bare"
		material("surface class", text());
		// what corrodes a collector metal (SEI-2); "sulfide" is modelled
		material("corrosion", text());
		// which published open-circuit fit the cycling solver uses for a cathode: "NMC811" or "LCO"
		material("ocv curve", text());
		material("diffusivity", q(DIFFUSIVITY, "6e-11 cm2/s", positive("cm2/s"), range(1e-20, 1e-2, "cm2/s")));
		material("max concentration", q(CONCENTRATION, "69.6 mmol/cm3", positive("mmol/cm3"), range(1e-3, 200, "mmol/cm3")));
		material("specific capacity", q(SPECIFIC_CAPACITY, "200 mAh/g", positive("mAh/g"), range(1, 4000, "mAh/g")));
		material("first cycle loss", q(DIMENSIONLESS, "12 %", fraction(), fractionRange(0, 0.6)));
		material("upper voltage", q(VOLTAGE, "4.3 V", any("V"), range(0, 6, "V")));
		material("lower voltage", q(VOLTAGE, "2.8 V", any("V"), range(0, 6, "V")));
		material("reduction potential", q(VOLTAGE, "1.71 V", any("V"), range(-1, 6, "V")));
		material("oxidation potential", q(VOLTAGE, "2.01 V", any("V"), range(-1, 6, "V")));
		material("creep stress exponent", q(DIMENSIONLESS, "6.6", positive("1"), range(1, 20, "1")));
		material("creep activation energy", q(MOLAR_ENERGY, "37 kJ/mol", positive("kJ/mol"), range(1, 500, "kJ/mol")));
		repeatableMaterial("conversion potential", q(VOLTAGE, "1.5 V", any("V"), range(0, 4, "V")));
		// the material a conversion layer turns into (Cu2Te -> Li2Te): its properties and interfaces join the run
		material("conversion product", text());
		material("conversion capacity", q(SPECIFIC_CAPACITY, "262 mAh/g", positive("mAh/g"), range(1, 4000, "mAh/g")));
		material("lattice mismatch", q(DIMENSIONLESS, "5 %", any("%"), fractionRange(-1, 1)));
		material("volume expansion", q(DIMENSIONLESS, "100 %", any("%"), fractionRange(-1, 5)));
		// -------------------------------------------------------------- interfaces
		spec(Context.INTERFACE, "contact angle", q(DIMENSIONLESS, "120 deg", new Bounds(0, false, Math.PI, "deg"), null));
		spec(Context.INTERFACE, "binding energy", q(ENERGY, "-0.57 eV", any("eV"), range(-10, 10, "eV")));
		spec(Context.INTERFACE, "cluster binding energy", q(ENERGY, "-0.56 eV", any("eV"), range(-10, 10, "eV")));
		spec(Context.INTERFACE, "exchange current density", q(CURRENT_DENSITY, "1 mA/cm2", positive("mA/cm2"), range(1e-4, 1e3, "mA/cm2")));
		spec(Context.INTERFACE, "interface resistance", q(AREAL_RESISTANCE, "5 ohm.cm2", positive("ohm.cm2"), range(1e-3, 1e5, "ohm.cm2")));
		spec(Context.INTERFACE, "sei rate constant", q(Dimension.LENGTH.divide(TIME), "1 nm/h", positive("nm/h"), range(1e-6, 1e4, "nm/h")));
		spec(Context.INTERFACE, "corrosion rate constant", q(DIFFUSIVITY, "1 nm2/s", positive("nm2/s"), range(1e-8, 1e8, "nm2/s")));
		spec(Context.INTERFACE, "corrosion activation energy", q(MOLAR_ENERGY, "60 kJ/mol", positive("kJ/mol"), range(1, 500, "kJ/mol")));
		spec(Context.INTERFACE, "adhesion energy", q(SURFACE_ENERGY, "0.5 J/m2", positive("J/m2"), range(1e-3, 10, "J/m2")));
		spec(Context.INTERFACE, "adsorption energy barrier", q(ENERGY, "0.2 eV", positive("eV"), range(1e-3, 5, "eV")));
		spec(Context.INTERFACE, "diffusion barrier", q(ENERGY, "0.05 eV", positive("eV"), range(1e-3, 5, "eV")));
		// -------------------------------------------------------------- cells
		spec(Context.CELL, "pressure", q(PRESSURE, "9 MPa", nonNegative("MPa"), range(0.1, 100, "MPa")));
		spec(Context.CELL, "temperature", q(TEMPERATURE, "25 C", positive("K"), range(-40, 150, "C")));
		// lattice and budget of the kinetic Monte Carlo solver (lithos.kmc, its InputReader); the lower bounds are
		// its KmcParameters checks (at least 2 x 2 x 3 sites), the event budget is a Java long. A site below the
		// atomic hop length (0.278 nm) is no longer a coarse-grained cube of Li; above ~200 nm the 20-200 nm
		// particles of Z25 are no longer resolved. The lattice as a whole is checked against memory by the validator.
		spec(Context.CELL, "kmc site size", q(LENGTH, "10 nm", positive("nm"), range(0.27, 200, "nm")));
		spec(Context.CELL, "kmc width", q(DIMENSIONLESS, "64", new Bounds(2, false, INF, "1"), range(8, 2048, "1")));
		spec(Context.CELL, "kmc height", q(DIMENSIONLESS, "40", new Bounds(3, false, INF, "1"), range(8, 2048, "1")));
		spec(Context.CELL, "kmc events", q(DIMENSIONLESS, "1e8", new Bounds(1, false, Long.MAX_VALUE, "1"), range(1e3, 1e11, "1")));
		spec(Context.COUNTER, "thickness", q(LENGTH, "100 um", positive("um"), range(1, 5000, "um")));
		spec(Context.COUNTER, "diameter", q(LENGTH, "8 mm", positive("mm"), range(0.5, 100, "mm")));
		spec(Context.SEPARATOR, "mass", q(MASS, "150 mg", positive("mg"), range(1, 5000, "mg")));
		spec(Context.SEPARATOR, "thickness", q(LENGTH, "600 um", positive("um"), range(5, 5000, "um")));
		spec(Context.SEPARATOR, "porosity", q(DIMENSIONLESS, "15 %", new Bounds(0, false, 1, "%"), fractionRange(0, 0.6)));
		spec(Context.SEPARATOR, "particles", q(LENGTH, "1 um .. 5 um", positive("um"), range(0.01, 500, "um")));
		spec(Context.SEPARATOR, "conductivity", q(CONDUCTIVITY, "0.8 mS/cm", positive("mS/cm"), range(1e-4, 100, "mS/cm")));
		spec(Context.SEPARATOR, "density", q(DENSITY, "1.64 g/cm3", positive("g/cm3"), range(0.5, 10, "g/cm3")));
		spec(Context.SEPARATOR, "diameter", q(LENGTH, "12 mm", positive("mm"), range(0.5, 100, "mm")));
		spec(Context.SEPARATOR, "fabrication pressure", q(PRESSURE, "370 MPa", positive("MPa"), range(1, 2000, "MPa")));
		spec(Context.COLLECTOR, "thickness", q(LENGTH, "9 um", positive("um"), range(0.1, 1000, "um")));
		spec(Context.COLLECTOR, "diameter", q(LENGTH, "10 mm", positive("mm"), range(0.5, 100, "mm")));
		spec(Context.LAYER, "thickness", q(LENGTH, "30 nm", positive("nm"), range(0.1, 1e5, "nm")));
		spec(Context.LAYER, "areal mass", q(AREAL_MASS, "0.4 mg/cm2", positive("mg/cm2"), range(1e-4, 100, "mg/cm2")));
		spec(Context.CATHODE, "loading", q(AREAL_MASS, "10 mg/cm2", positive("mg/cm2"), range(0.5, 100, "mg/cm2")));
		spec(Context.CATHODE, "composite loading", q(AREAL_MASS, "9 mg/cm2", positive("mg/cm2"), range(0.5, 150, "mg/cm2")));
		spec(Context.CATHODE, "areal capacity", q(AREAL_CAPACITY, "1 mAh/cm2", positive("mAh/cm2"), range(0.05, 20, "mAh/cm2")));
		spec(Context.CATHODE, "specific capacity", q(SPECIFIC_CAPACITY, "200 mAh/g", positive("mAh/g"), range(10, 400, "mAh/g")));
		spec(Context.CATHODE, "thickness", q(LENGTH, "60 um", positive("um"), range(1, 1000, "um")));
	}

	private PropertyCatalog() {
	}

	/**
	 * @param context where the setting is written
	 * @param name    the setting's name
	 * @return its spec, if the catalogue knows it
	 */
	public static Optional<PropertySpec> find(Context context, String name) {
		return Optional.ofNullable(SPECS.getOrDefault(context, Map.of()).get(name));
	}

	/** @return every property name known in a context, for suggestions and content assist */
	public static Collection<String> names(Context context) {
		return SPECS.getOrDefault(context, Map.of()).keySet();
	}

	private static void material(String name, PropertySpec spec) {
		spec(Context.MATERIAL, name, spec);
	}

	private static void repeatableMaterial(String name, PropertySpec spec) {
		spec(Context.MATERIAL, name, new PropertySpec(spec.name(), spec.dimensions(), spec.impossible(),
				spec.plausible(), spec.example(), true));
	}

	private static void spec(Context context, String name, PropertySpec spec) {
		SPECS.computeIfAbsent(context, c -> new LinkedHashMap<>()).put(name,
				new PropertySpec(name, spec.dimensions(), spec.impossible(), spec.plausible(), spec.example(),
						spec.repeatable()));
	}

	private static PropertySpec text() {
		return new PropertySpec("", Set.of(), null, null, "\"Li6PS5Cl\"", false);
	}

	private static PropertySpec q(Dimension dimension, String example, Bounds impossible, Bounds plausible) {
		return new PropertySpec("", Set.of(dimension), impossible, plausible, example, false);
	}

	static Bounds positive(String unit) {
		return new Bounds(0, true, INF, unit);
	}

	static Bounds nonNegative(String unit) {
		return new Bounds(0, false, INF, unit);
	}

	static Bounds any(String unit) {
		return new Bounds(Double.NEGATIVE_INFINITY, false, INF, unit);
	}

	static Bounds fraction() {
		return new Bounds(0, false, 1, "%");
	}

	static Bounds fractionRange(double min, double max) {
		return new Bounds(min, false, max, "%");
	}

	/** A plausible range given in display units; converted to SI here. */
	static Bounds range(double min, double max, String unit) {
		double low = Quantity.of(min, unit.equals("C") ? "degC" : unit).si();
		double high = Quantity.of(max, unit.equals("C") ? "degC" : unit).si();
		return new Bounds(low, false, high, unit.equals("C") ? "degC" : unit);
	}
}
