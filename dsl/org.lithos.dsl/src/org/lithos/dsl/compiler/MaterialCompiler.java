package org.lithos.dsl.compiler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lithos.dsl.catalog.PropertyCatalog;
import org.lithos.dsl.catalog.PropertyCatalog.Context;
import org.lithos.dsl.catalog.PropertySpec;
import org.lithos.dsl.evaluation.EvaluationException;
import org.lithos.dsl.evaluation.ExpressionEvaluator;
import org.lithos.dsl.evaluation.Value;
import org.lithos.dsl.lithos.Expression;
import org.lithos.dsl.lithos.Interface;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.Range;
import org.lithos.dsl.lithos.Setting;
import org.lithos.dsl.lithos.Text;
import org.lithos.dsl.resolution.Inheritance;
import org.lithos.model.InterfaceSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialKind;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;
import org.lithos.units.Dimension;
import org.lithos.units.Quantity;

/**
 * Resolves materials and interfaces into their SI specs, once per material per run (a run's materials are
 * shared by the cell parts that reference them).
 */
final class MaterialCompiler {

	private static final LithosFactory FACTORY = LithosFactory.eINSTANCE;

	private final Map<Material, MaterialSpec> compiled = new LinkedHashMap<>();
	private final ExpressionEvaluator literals = ExpressionEvaluator.literalsOnly();

	/** @return the spec of a material, compiling it on first use */
	MaterialSpec material(Material material) throws CompileException {
		MaterialSpec existing = compiled.get(material);
		if (existing != null) {
			return existing;
		}
		if (material == null || material.eIsProxy()) {
			throw new CompileException(material, "unresolved material", org.lithos.dsl.validation.IssueCodes.UNKNOWN_REFERENCE);
		}
		MaterialSpec spec = FACTORY.createMaterialSpec();
		spec.setName(Names.qualified(material));
		spec.setKind(Inheritance.kind(material).map(k -> MaterialKind.getByName(k.getName())).orElse(MaterialKind.UNSPECIFIED));
		spec.setDescription(material.getDescription());
		List<Material> chain = Inheritance.chain(material);
		for (Material ancestor : chain.subList(1, chain.size())) {
			spec.getAncestors().add(Names.qualified(ancestor));
		}
		for (Setting setting : Inheritance.settings(material)) {
			spec.getProperties().add(property(setting, Context.MATERIAL));
		}
		compiled.put(material, spec);
		return spec;
	}

	/** @return the materials compiled so far, in first-use order */
	List<MaterialSpec> all() {
		return List.copyOf(compiled.values());
	}

	/** @return whether the interface's two materials (or materials they extend) are both among those used */
	Optional<InterfaceSpec> interfaceIfUsed(Interface contact) throws CompileException {
		MaterialSpec first = usedAs(contact.getFirst());
		MaterialSpec second = usedAs(contact.getSecond());
		if (first == null || second == null) {
			return Optional.empty();
		}
		InterfaceSpec spec = FACTORY.createInterfaceSpec();
		spec.setFirst(first);
		spec.setSecond(second);
		for (Setting setting : contact.getSettings()) {
			spec.getProperties().add(property(setting, Context.INTERFACE));
		}
		return Optional.of(spec);
	}

	/** The used material that is, or extends, the given one. */
	private MaterialSpec usedAs(Material material) {
		if (material == null || material.eIsProxy()) {
			return null;
		}
		for (Map.Entry<Material, MaterialSpec> entry : compiled.entrySet()) {
			if (Inheritance.chain(entry.getKey()).contains(material)) {
				return entry.getValue();
			}
		}
		return null;
	}

	/** Converts a setting into a property in SI units. */
	Property property(Setting setting, Context context) throws CompileException {
		Property property = FACTORY.createProperty();
		property.setName(setting.getName());
		property.setSource(setting.getSource());
		var container = setting.eContainer();
		if (container instanceof org.lithos.dsl.lithos.Element element) {
			property.setOrigin(Names.qualified(element));
		}
		List<Dimension> expected = PropertyCatalog.find(context, setting.getName()).map(PropertySpec::dimensions)
				.map(List::copyOf).orElse(List.of());
		if (setting.getValue() instanceof Text text) {
			property.setText(text.getText());
			return property;
		}
		Expression low = setting.getValue() instanceof Range range ? range.getLow() : (Expression) setting.getValue();
		Value value = evaluate(low, expected);
		property.setValue(value.si());
		property.setUnit(Quantity.siSymbol(value.dimension()));
		property.setDimension(value.dimension().describe());
		if (setting.getValue() instanceof Range range) {
			property.setHigh(evaluate(range.getHigh(), List.of(value.dimension())).si());
		}
		for (Expression condition : setting.getConditions()) {
			Value at = evaluate(condition, List.of(Dimension.TEMPERATURE, Dimension.PRESSURE));
			Property conditionProperty = FACTORY.createProperty();
			conditionProperty.setName(at.dimension().equals(Dimension.TEMPERATURE) ? "temperature"
					: at.dimension().equals(Dimension.PRESSURE) ? "pressure" : at.dimension().describe());
			conditionProperty.setValue(at.si());
			conditionProperty.setUnit(Quantity.siSymbol(at.dimension()));
			conditionProperty.setDimension(at.dimension().describe());
			property.getConditions().add(conditionProperty);
		}
		return property;
	}

	private Value evaluate(Expression expression, List<Dimension> expected) throws CompileException {
		try {
			return literals.evaluate(expression, expected);
		} catch (EvaluationException e) {
			throw new CompileException(e.node(), e.getMessage(), e.issueCode());
		}
	}
}
