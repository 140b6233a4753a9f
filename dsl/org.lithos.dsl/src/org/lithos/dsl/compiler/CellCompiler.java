package org.lithos.dsl.compiler;

import static org.lithos.units.Dimension.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lithos.dsl.catalog.PropertyCatalog.Context;
import org.lithos.dsl.evaluation.Value;
import org.lithos.dsl.lithos.Area;
import org.lithos.dsl.lithos.Cathode;
import org.lithos.dsl.lithos.Cell;
import org.lithos.dsl.lithos.CellFormat;
import org.lithos.dsl.lithos.Collector;
import org.lithos.dsl.lithos.Counter;
import org.lithos.dsl.lithos.Expression;
import org.lithos.dsl.lithos.Layer;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.Mix;
import org.lithos.dsl.lithos.MixBasis;
import org.lithos.dsl.lithos.Range;
import org.lithos.dsl.lithos.Separator;
import org.lithos.dsl.lithos.Setting;
import org.lithos.dsl.resolution.Inheritance;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.model.CathodeSpec;
import org.lithos.model.CellSpec;
import org.lithos.model.CollectorSpec;
import org.lithos.model.CounterSpec;
import org.lithos.model.LayerSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;
import org.lithos.model.SeparatorSpec;
import org.lithos.units.Constants;

/** Compiles a cell (after inheritance and run overrides) into a {@link CellSpec} in SI units. */
final class CellCompiler {

	/** Room temperature used when a cell gives none: 25 C (IUPAC standard ambient temperature, 298.15 K). */
	static final double DEFAULT_TEMPERATURE = Constants.STANDARD_TEMPERATURE;

	private static final LithosFactory FACTORY = LithosFactory.eINSTANCE;

	private final MaterialCompiler materials;
	private final Quantities quantities;

	CellCompiler(MaterialCompiler materials, Quantities quantities) {
		this.materials = materials;
		this.quantities = quantities;
	}

	/**
	 * @param cell      the cell
	 * @param overrides values from the run, by setting name (SI values), e.g. pressure
	 * @return its spec
	 */
	CellSpec compile(Cell cell, Map<String, Value> overrides) throws CompileException {
		CellSpec spec = FACTORY.createCellSpec();
		spec.setName(Names.qualified(cell));
		CellFormat format = Inheritance.format(cell).orElseThrow(
				() -> new CompileException(cell, "cell '" + cell.getName() + "' has no format (half, full, symmetric or blocking)",
						IssueCodes.MISSING_PART));
		spec.setFormat(org.lithos.model.CellFormat.getByName(format.getName()));
		Area area = Inheritance.area(cell).orElseThrow(
				() -> new CompileException(cell, "cell '" + cell.getName() + "' has no area", IssueCodes.MISSING_PART));
		spec.setArea(area(area));

		Map<String, Setting> settings = Inheritance.settings(cell);
		for (Setting setting : settings.values()) {
			if (!overrides.containsKey(setting.getName())) {
				applyCellSetting(spec, setting);
			}
		}
		for (Map.Entry<String, Value> override : overrides.entrySet()) {
			applyCellValue(spec, override.getKey(), override.getValue());
		}
		if (Double.isNaN(spec.getTemperature())) {
			spec.setTemperature(DEFAULT_TEMPERATURE);
		}
		if (Double.isNaN(spec.getPressure())) {
			throw new CompileException(cell, "cell '" + cell.getName() + "' has no stack pressure (e.g. pressure 9 MPa)",
					IssueCodes.MISSING_PART);
		}

		// a full cell has no counter electrode, even when it extends a half cell that has one
		Optional<Counter> counter = format == CellFormat.FULL || format == CellFormat.BLOCKING ? Optional.empty()
				: Inheritance.counter(cell);
		if (counter.isPresent()) {
			spec.setCounter(counter(counter.get()));
		}
		Separator separator = Inheritance.separator(cell).orElseThrow(
				() -> new CompileException(cell, "cell '" + cell.getName() + "' has no separator", IssueCodes.MISSING_PART));
		spec.setSeparator(separator(separator, spec.getArea()));
		Collector collector = Inheritance.collector(cell).orElseThrow(
				() -> new CompileException(cell, "cell '" + cell.getName() + "' has no collector", IssueCodes.MISSING_PART));
		spec.setCollector(collector(collector));
		// a blocking cell has no Li: it drops an inherited cathode too
		Optional<Cathode> cathode = format == CellFormat.BLOCKING ? Optional.empty() : Inheritance.cathode(cell);
		if (cathode.isPresent()) {
			spec.setCathode(cathode(cathode.get()));
		}
		if (format == CellFormat.FULL && spec.getCathode() == null) {
			throw new CompileException(cell, "full cell '" + cell.getName() + "' has no cathode",
					IssueCodes.FULL_CELL_WITHOUT_CATHODE);
		}
		if (format != CellFormat.FULL && format != CellFormat.BLOCKING && spec.getCounter() == null) {
			throw new CompileException(cell, format.getName() + " cell '" + cell.getName() + "' has no counter electrode",
					IssueCodes.HALF_CELL_WITHOUT_COUNTER);
		}
		return spec;
	}

	private double area(Area area) throws CompileException {
		if (area.isDiameter()) {
			double diameter = quantities.require(area.getSize(), "an area given as diameter", List.of(LENGTH)).si();
			return Math.PI * diameter * diameter / 4;
		}
		Value value = quantities.require(area.getSize(), "the area", List.of(AREA, LENGTH));
		if (value.dimension().equals(LENGTH)) {
			throw new CompileException(area, "an area given as a length needs the word 'diameter': area "
					+ value.text() + " diameter", IssueCodes.WRONG_DIMENSION);
		}
		return value.si();
	}

	private void applyCellSetting(CellSpec spec, Setting setting) throws CompileException {
		Property property = materials.property(setting, Context.CELL);
		switch (setting.getName()) {
			case "pressure" -> spec.setPressure(
					quantities.require((Expression) setting.getValue(), "the stack pressure", List.of(PRESSURE)).si());
			case "temperature" -> spec.setTemperature(
					quantities.require((Expression) setting.getValue(), "the temperature", List.of(TEMPERATURE)).si());
			default -> spec.getProperties().add(property);
		}
	}

	private void applyCellValue(CellSpec spec, String name, Value value) throws CompileException {
		switch (name) {
			case "pressure" -> spec.setPressure(value.si());
			case "temperature" -> spec.setTemperature(value.si());
			default -> {
				Property property = FACTORY.createProperty();
				property.setName(name);
				property.setValue(value.si());
				property.setDimension(value.dimension().describe());
				property.setUnit(org.lithos.units.Quantity.siSymbol(value.dimension()));
				spec.getProperties().add(property);
			}
		}
	}

	private CounterSpec counter(Counter counter) throws CompileException {
		CounterSpec spec = FACTORY.createCounterSpec();
		spec.setMaterial(materials.material(counter.getMaterial()));
		if (counter.getThickness() != null) {
			spec.setThickness(quantities.require(counter.getThickness(), "the counter thickness", List.of(LENGTH)).si());
		}
		for (Setting setting : counter.getSettings()) {
			if ("thickness".equals(setting.getName())) {
				spec.setThickness(quantities.require((Expression) setting.getValue(), "the counter thickness", List.of(LENGTH)).si());
			} else {
				spec.getProperties().add(materials.property(setting, Context.COUNTER));
			}
		}
		return spec;
	}

	private SeparatorSpec separator(Separator separator, double cellArea) throws CompileException {
		SeparatorSpec spec = FACTORY.createSeparatorSpec();
		MaterialSpec material = materials.material(separator.getMaterial());
		spec.setMaterial(material);
		if (separator.getAmount() != null) {
			Value amount = quantities.require(separator.getAmount(), "the separator amount (mass, areal mass or thickness)",
					List.of(MASS, AREAL_MASS, LENGTH));
			if (amount.dimension().equals(MASS)) {
				spec.setMass(amount.si());
			} else if (amount.dimension().equals(AREAL_MASS)) {
				spec.setMass(amount.si() * cellArea);
			} else {
				spec.setThickness(amount.si());
			}
		}
		double density = materialValue(material, "density");
		double diameter = Double.NaN;
		for (Setting setting : separator.getSettings()) {
			String name = setting.getName();
			switch (name) {
				case "mass" -> spec.setMass(single(setting, "the separator mass", MASS));
				case "thickness" -> spec.setThickness(single(setting, "the separator thickness", LENGTH));
				case "porosity" -> spec.setPorosity(single(setting, "the porosity", DIMENSIONLESS));
				case "conductivity" -> spec.setConductivity(single(setting, "the conductivity", CONDUCTIVITY));
				case "density" -> density = single(setting, "the density", DENSITY);
				case "diameter" -> diameter = single(setting, "the separator diameter", LENGTH);
				case "particles" -> {
					if (setting.getValue() instanceof Range range) {
						spec.setParticleSizeMin(quantities.require(range.getLow(), "the particle size", List.of(LENGTH)).si());
						spec.setParticleSizeMax(quantities.require(range.getHigh(), "the particle size", List.of(LENGTH)).si());
					} else {
						double size = single(setting, "the particle size", LENGTH);
						spec.setParticleSizeMin(size);
						spec.setParticleSizeMax(size);
					}
				}
				default -> spec.getProperties().add(materials.property(setting, Context.SEPARATOR));
			}
		}
		if (Double.isNaN(spec.getConductivity())) {
			spec.setConductivity(materialValue(material, "conductivity"));
		}
		if (Double.isNaN(spec.getThickness())) {
			if (Double.isNaN(spec.getMass())) {
				throw new CompileException(separator, "the separator needs a mass or a thickness, e.g. 'separator "
						+ separator.getMaterial().getName() + " 150 mg'", IssueCodes.MISSING_PART);
			}
			if (Double.isNaN(density)) {
				throw new CompileException(separator, "the separator's thickness cannot be derived from its mass: material '"
						+ separator.getMaterial().getName() + "' has no density; give 'thickness' instead", IssueCodes.MISSING_PART);
			}
			// A pressed pellet: mass = density * (1 - porosity) * area * thickness. Without a porosity the pellet
			// is taken as dense, which gives its thinnest possible thickness.
			double solidFraction = Double.isNaN(spec.getPorosity()) ? 1 : 1 - spec.getPorosity();
			double pelletArea = Double.isNaN(diameter) ? cellArea : Math.PI * diameter * diameter / 4;
			spec.setThickness(spec.getMass() / (density * solidFraction * pelletArea));
		}
		return spec;
	}

	private CollectorSpec collector(Collector collector) throws CompileException {
		CollectorSpec spec = FACTORY.createCollectorSpec();
		spec.setMaterial(materials.material(collector.getMaterial()));
		if (collector.getThickness() != null) {
			spec.setThickness(quantities.require(collector.getThickness(), "the collector thickness", List.of(LENGTH)).si());
		}
		for (Layer layer : collector.getLayers()) {
			LayerSpec layerSpec = FACTORY.createLayerSpec();
			layerSpec.setMaterial(materials.material(layer.getMaterial()));
			layerSpec.setThickness(quantities.require(layer.getThickness(), "the layer thickness", List.of(LENGTH)).si());
			for (Setting setting : layer.getSettings()) {
				layerSpec.getProperties().add(materials.property(setting, Context.LAYER));
			}
			spec.getLayers().add(layerSpec);
		}
		for (Setting setting : collector.getSettings()) {
			if ("thickness".equals(setting.getName())) {
				spec.setThickness(single(setting, "the collector thickness", LENGTH));
			} else {
				spec.getProperties().add(materials.property(setting, Context.COLLECTOR));
			}
		}
		return spec;
	}

	private CathodeSpec cathode(Cathode cathode) throws CompileException {
		CathodeSpec spec = FACTORY.createCathodeSpec();
		MaterialSpec active = materials.material(cathode.getMaterial());
		spec.setMaterial(active);
		if (cathode.getCoating() != null) {
			spec.setCoating(materials.material(cathode.getCoating()));
		}
		Mix mix = cathode.getMix();
		if (mix != null) {
			mixFractions(mix, spec);
		} else {
			spec.getMassFractions().add(1.0);
		}
		spec.setSpecificCapacity(materialValue(active, "specific capacity"));
		for (Setting setting : cathode.getSettings()) {
			switch (setting.getName()) {
				case "loading" -> spec.setActiveLoading(single(setting, "the loading", AREAL_MASS));
				// the whole composite (active material, electrolyte, additives): its active share by the mix
				case "composite loading" -> spec.setActiveLoading(
						single(setting, "the composite loading", AREAL_MASS) * spec.getMassFractions().get(0));
				case "areal capacity" -> spec.setArealCapacity(single(setting, "the areal capacity", AREAL_CAPACITY));
				case "specific capacity" -> spec.setSpecificCapacity(single(setting, "the specific capacity", SPECIFIC_CAPACITY));
				default -> spec.getProperties().add(materials.property(setting, Context.CATHODE));
			}
		}
		boolean hasLoading = !Double.isNaN(spec.getActiveLoading());
		boolean hasCapacity = !Double.isNaN(spec.getArealCapacity());
		boolean hasSpecific = !Double.isNaN(spec.getSpecificCapacity());
		if (!hasLoading && !hasCapacity) {
			throw new CompileException(cathode, "the cathode needs a loading (e.g. 10 mg/cm2) or an areal capacity "
					+ "(e.g. 1 mAh/cm2)", IssueCodes.MISSING_PART);
		}
		if (!hasSpecific) {
			if (!hasLoading || !hasCapacity) {
				throw new CompileException(cathode, "material '" + cathode.getMaterial().getName()
						+ "' has no specific capacity; give 'specific capacity' in the cathode", IssueCodes.MISSING_PART);
			}
			spec.setSpecificCapacity(spec.getArealCapacity() / spec.getActiveLoading());
		} else if (!hasCapacity) {
			spec.setArealCapacity(spec.getActiveLoading() * spec.getSpecificCapacity());
		} else if (!hasLoading) {
			spec.setActiveLoading(spec.getArealCapacity() / spec.getSpecificCapacity());
		}
		return spec;
	}

	private void mixFractions(Mix mix, CathodeSpec spec) throws CompileException {
		int parts = mix.getComponents().size() + 1;
		if (mix.getRatio().size() != parts) {
			throw new CompileException(mix, "the mix names " + parts + " materials (the active one included) but gives "
					+ mix.getRatio().size() + " ratio numbers", IssueCodes.INVALID_COUNT);
		}
		if (mix.getBasis() == MixBasis.VOLUME && Inheritance.isWritten(mix, org.lithos.dsl.lithos.LithosPackage.Literals.MIX__BASIS)) {
			throw new CompileException(mix, "mixes by volume are not supported yet; give the ratio by mass",
					IssueCodes.CANNOT_COMPILE);
		}
		double sum = 0;
		for (double ratio : mix.getRatio()) {
			if (ratio <= 0) {
				throw new CompileException(mix, "mix ratios must be positive", IssueCodes.IMPOSSIBLE_VALUE);
			}
			sum += ratio;
		}
		for (Material component : mix.getComponents()) {
			spec.getMixComponents().add(materials.material(component));
		}
		for (double ratio : mix.getRatio()) {
			spec.getMassFractions().add(ratio / sum);
		}
	}

	private double single(Setting setting, String what, org.lithos.units.Dimension dimension) throws CompileException {
		if (!(setting.getValue() instanceof Expression expression) || setting.getValue() instanceof Range) {
			throw new CompileException(setting, what + " must be a single value", IssueCodes.WRONG_DIMENSION);
		}
		return quantities.require(expression, what, List.of(dimension)).si();
	}

	private static double materialValue(MaterialSpec material, String name) {
		for (Property property : material.getProperties()) {
			if (name.equals(property.getName())) {
				return property.getValue();
			}
		}
		return Double.NaN;
	}
}
