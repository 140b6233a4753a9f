package org.lithos.dsl.ide.internal.services;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.lithos.dsl.catalog.Dimensions;
import org.lithos.dsl.catalog.ObservableMeanings;
import org.lithos.dsl.catalog.PropertyCatalog;
import org.lithos.dsl.catalog.PropertySpec;
import org.lithos.dsl.evaluation.EvaluationException;
import org.lithos.dsl.evaluation.ExpressionEvaluator;
import org.lithos.dsl.evaluation.Value;
import org.lithos.dsl.lithos.Cell;
import org.lithos.dsl.lithos.Expectation;
import org.lithos.dsl.lithos.Expression;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.Model;
import org.lithos.dsl.lithos.Parameter;
import org.lithos.dsl.lithos.PlotSeries;
import org.lithos.dsl.lithos.Protocol;
import org.lithos.dsl.lithos.Quantity;
import org.lithos.dsl.lithos.Range;
import org.lithos.dsl.lithos.Setting;
import org.lithos.dsl.lithos.StepAddress;
import org.lithos.dsl.lithos.Text;
import org.lithos.dsl.resolution.Inheritance;
import org.lithos.dsl.validation.SettingValidator;
import org.lithos.units.Dimension;

/**
 * Hover: a material's properties (inherited ones included) with their values, units, SI values and sources; a
 * quantity's SI value; what an observable or a property means; where a step address reads (its start or its end); a
 * cell's, protocol's or parameter's header.
 */
public class LithosHover extends HoverService {

	/** The phrase that addresses a step's start. */
	static final String START_OF_STEP = "at the start of";
	/** What it means, shown on hover and with the completion proposal. */
	static final String START_OF_STEP_MEANING = "The start of the step: the instant its current is established, before "
			+ "it has moved any Li. The voltage there is the open-circuit voltage the previous step left plus the ohmic "
			+ "drop and the charge-transfer overpotential at the step's current (no nucleation spike yet).";
	/** What {@code after} a step means. */
	static final String END_OF_STEP_MEANING = "The end of the step: its last point. An overpotential addressed there "
			+ "is a figure of the step's whole trace (its nucleation spike or its plateau).";

	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		HoverContext context = super.createContext(document, resource, offset);
		if (context == null) {
			return null;
		}
		EObject element = context.getElement();
		// the whole number and unit, the whole observable or setting name: not only the word under the cursor
		if (element instanceof Quantity || element instanceof PlotSeries || element instanceof Expectation
				|| element instanceof Setting || element instanceof StepAddress) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
			if (node != null) {
				ITextRegion region = new TextRegion(node.getOffset(), node.getLength());
				return new HoverContext(document, resource, offset, region, element);
			}
		}
		return context;
	}

	@Override
	protected MarkupContent getMarkupContent(HoverContext context) {
		String text = describe(context.getElement());
		return text == null || text.isEmpty() ? null : toMarkupContent("markdown", text);
	}

	/** @return markdown about the element, or null when there is nothing worth saying */
	static String describe(EObject element) {
		if (element instanceof Material material) {
			return material(material);
		}
		if (element instanceof Quantity quantity) {
			return quantity(quantity);
		}
		if (element instanceof StepAddress address) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(address);
			String written = node == null ? "" : "**" + NodeModelUtils.getTokenText(node) + "**\n\n";
			return written + (address.isStart() ? START_OF_STEP_MEANING : END_OF_STEP_MEANING);
		}
		if (element instanceof Expectation expectation) {
			return observable(expectation.getObservable());
		}
		if (element instanceof PlotSeries series) {
			String y = observable(series.getY());
			String x = series.getX() == null ? null : observable(series.getX());
			return y == null ? x : x == null ? y : y + "\n\n" + x;
		}
		if (element instanceof Setting setting) {
			return property(setting);
		}
		if (element instanceof Cell cell) {
			return "**cell " + cell.getName() + "**" + describeText(cell.getDescription())
					+ Inheritance.format(cell).map(f -> "\n\nformat " + f.getLiteral()).orElse("");
		}
		if (element instanceof Protocol protocol) {
			return "**protocol " + protocol.getName() + "**" + text(NodeModelUtils.findActualNodeFor(protocol), "{")
					+ describeText(protocol.getDescription());
		}
		if (element instanceof Parameter parameter) {
			return "**parameter " + parameter.getName() + "**"
					+ (parameter.getDefault() == null ? ": required" : " = " + source(parameter.getDefault()) + " by default");
		}
		return null;
	}

	private static String material(Material material) {
		StringBuilder text = new StringBuilder("**material " + material.getName() + "**");
		Inheritance.kind(material).ifPresent(kind -> text.append(" (").append(kind.getLiteral()).append(")"));
		text.append(describeText(material.getDescription()));
		Model model = EcoreUtil2.getContainerOfType(material, Model.class);
		if (model != null && model.getName() != null) {
			text.append("\n\npackage `").append(model.getName()).append("`");
		}
		if (material.getParent() != null && !material.getParent().eIsProxy()) {
			text.append(", extends ").append(material.getParent().getName());
		}
		List<Setting> settings = Inheritance.settings(material);
		if (!settings.isEmpty()) {
			text.append("\n\n| property | value | SI | source |\n|---|---|---|---|\n");
			for (Setting setting : settings) {
				text.append("| ").append(setting.getName()).append(" | ").append(cell(source(setting.getValue())))
						.append(conditions(setting)).append(" | ").append(cell(si(setting))).append(" | ")
						.append(cell(setting.getSource() == null ? "" : unquote(setting.getSource()))).append(" |\n");
			}
		}
		return text.toString();
	}

	private static String conditions(Setting setting) {
		if (setting.getConditions().isEmpty()) {
			return "";
		}
		return " at " + String.join(", ", setting.getConditions().stream().map(LithosHover::source).toList());
	}

	private static String si(Setting setting) {
		List<Dimension> expected = spec(setting).map(s -> List.copyOf(s.dimensions())).orElse(List.of());
		try {
			if (setting.getValue() instanceof Range range) {
				return value(range.getLow(), expected).siText() + " .. " + value(range.getHigh(), expected).siText();
			}
			if (setting.getValue() instanceof Expression expression) {
				return value(expression, expected).siText();
			}
		} catch (EvaluationException | RuntimeException e) {
			// a value the validator reports: the hover shows what is written
		}
		return "";
	}

	private static String quantity(Quantity quantity) {
		List<Dimension> expected = quantity.eContainer() instanceof Setting setting
				? spec(setting).map(s -> List.copyOf(s.dimensions())).orElse(List.of())
				: List.of();
		try {
			Value value = value(quantity, expected);
			if (quantity.getUnit() == null) {
				return "**" + value.text() + "**: a plain number";
			}
			return "**" + value.text() + "** = " + value.siText() + " (SI), a " + Dimensions.name(value.dimension());
		} catch (EvaluationException e) {
			return null;
		}
	}

	private static String property(Setting setting) {
		Optional<PropertySpec> spec = spec(setting);
		if (spec.isEmpty()) {
			return null;
		}
		PropertySpec property = spec.get();
		StringBuilder text = new StringBuilder("**" + property.name() + "**");
		if (property.isText()) {
			return text.append(": text, e.g. ").append(property.example()).toString();
		}
		text.append(": a ").append(property.describeDimensions()).append(", e.g. ").append(property.example());
		Dimension dimension = property.dimensions().iterator().next();
		if (property.plausible() != null) {
			text.append("\n\nplausible: ").append(property.plausible().describe(dimension));
		}
		if (property.impossible() != null) {
			text.append("; possible: ").append(property.impossible().describe(dimension));
		}
		String si = si(setting);
		if (!si.isEmpty()) {
			text.append("\n\nhere: ").append(source(setting.getValue())).append(" = ").append(si).append(" (SI)");
		}
		return text.toString();
	}

	private static String observable(String name) {
		return ObservableMeanings.of(name).map(meaning -> "**" + name + "**: " + meaning).orElse(null);
	}

	private static Optional<PropertySpec> spec(Setting setting) {
		return SettingValidator.contextOf(setting.eContainer()).flatMap(context -> PropertyCatalog.find(context, setting.getName()));
	}

	private static Value value(Expression expression, List<Dimension> expected) throws EvaluationException {
		return ExpressionEvaluator.literalsOnly().evaluate(expression, expected);
	}

	private static String source(EObject object) {
		if (object instanceof Text text) {
			return text.getText();
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}

	/** @return the source text of a node up to (not including) the first {@code stop} */
	private static String text(ICompositeNode node, String stop) {
		if (node == null) {
			return "";
		}
		String text = NodeModelUtils.getTokenText(node);
		int end = text.indexOf(stop);
		String header = (end < 0 ? text : text.substring(0, end)).strip();
		int name = header.indexOf('(');
		return name < 0 ? "" : " `" + header.substring(name) + "`";
	}

	private static String describeText(String description) {
		return description == null ? "" : " \u2014 " + unquote(description);
	}

	private static String unquote(String text) {
		return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
	}

	/** Table cells must not break the markdown table. */
	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}
}
