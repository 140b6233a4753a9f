package org.lithos.dsl.validation;

import static org.lithos.units.Dimension.*;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.lithos.dsl.catalog.PropertyCatalog;
import org.lithos.dsl.catalog.PropertyCatalog.Context;
import org.lithos.dsl.catalog.PropertySpec;
import org.lithos.dsl.catalog.PropertySpec.Bounds;
import org.lithos.dsl.evaluation.EvaluationException;
import org.lithos.dsl.evaluation.Value;
import org.lithos.model.text.Suggest;
import org.lithos.dsl.lithos.Area;
import org.lithos.dsl.lithos.Cathode;
import org.lithos.dsl.lithos.Cell;
import org.lithos.dsl.lithos.Collector;
import org.lithos.dsl.lithos.Counter;
import org.lithos.dsl.lithos.Expression;
import org.lithos.dsl.lithos.Interface;
import org.lithos.dsl.lithos.Layer;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.Range;
import org.lithos.dsl.lithos.Separator;
import org.lithos.dsl.lithos.Setting;
import org.lithos.dsl.lithos.Text;
import org.lithos.dsl.resolution.Inheritance;

/** Checks every setting against the property catalogue, and the quantities written in cell parts. */
public class SettingValidator extends QuantityChecks {

	private static final Bounds POSITIVE_LENGTH = new Bounds(0, true, Double.POSITIVE_INFINITY, "um");

	@Check
	public void checkSetting(Setting setting) {
		Optional<Context> context = contextOf(setting.eContainer());
		if (context.isEmpty()) {
			return;
		}
		Optional<PropertySpec> spec = PropertyCatalog.find(context.get(), setting.getName());
		if (spec.isEmpty()) {
			unknownProperty(setting, context.get());
			return;
		}
		PropertySpec property = spec.get();
		String what = "'" + setting.getName() + "'";
		if (property.isText()) {
			if (!(setting.getValue() instanceof Text)) {
				error(what + " takes text in double quotes, e.g. " + setting.getName() + " " + property.example(), setting,
						Literals.SETTING__VALUE, IssueCodes.WRONG_DIMENSION);
			}
			return;
		}
		if (setting.getValue() instanceof Text) {
			error(what + " takes " + org.lithos.dsl.catalog.Dimensions.a(property.describeDimensions()) + " such as " + property.example() + ", not text",
					setting, Literals.SETTING__VALUE, IssueCodes.WRONG_DIMENSION);
			return;
		}
		List<org.lithos.units.Dimension> accepted = List.copyOf(property.dimensions());
		if (setting.getValue() instanceof Range range) {
			Optional<Value> low = quantity(range.getLow(), accepted, what, property.example());
			Optional<Value> high = quantity(range.getHigh(), accepted, what, property.example());
			low.ifPresent(v -> bounds(range.getLow(), v, property, what));
			high.ifPresent(v -> bounds(range.getHigh(), v, property, what));
			if (low.isPresent() && high.isPresent() && low.get().si() > high.get().si()) {
				error("the range of " + what + " runs backwards: " + low.get().text() + " is above " + high.get().text(),
						setting, Literals.SETTING__VALUE, IssueCodes.IMPOSSIBLE_VALUE);
			}
		} else {
			Expression expression = (Expression) setting.getValue();
			quantity(expression, accepted, what, property.example()).ifPresent(v -> bounds(expression, v, property, what));
		}
		for (Expression condition : setting.getConditions()) {
			quantity(condition, List.of(TEMPERATURE, PRESSURE), "the condition after 'at'", "25 C");
		}
	}

	/** Words that Java reads as numbers but the language does not: written as a value, they become a name. */
	private static final Set<String> NOT_NUMBERS = Set.of("nan", "infinity", "inf");

	/**
	 * An unknown name is a warning, so partner labs can add properties; but a near miss of a known name is a typo
	 * that would run at the default (error), and a known name followed by "NaN" or "Infinity" means the value
	 * swallowed the next setting's name (error).
	 */
	private void unknownProperty(Setting setting, Context context) {
		String name = setting.getName();
		List<String> words = List.of(name.split(" "));
		for (int i = 1; i < words.size(); i++) {
			String known = String.join(" ", words.subList(0, i));
			if (NOT_NUMBERS.contains(words.get(i).toLowerCase(Locale.ROOT))
					&& PropertyCatalog.find(context, known).isPresent()) {
				error("'" + words.get(i) + "' is not a number: '" + known + "' needs a finite value such as "
						+ PropertyCatalog.find(context, known).get().example(), setting, Literals.SETTING__NAME,
						IssueCodes.NOT_A_NUMBER);
				return;
			}
		}
		String where = "unknown property '" + name + "' for " + org.lithos.dsl.catalog.Dimensions.a(
				context.name().toLowerCase(Locale.ROOT));
		Optional<String> closest = Suggest.closest(name, PropertyCatalog.names(context));
		if (closest.isPresent()) {
			error(where + "; did you mean '" + closest.get() + "'? (a misspelt property would run with its default)",
					setting, Literals.SETTING__NAME, IssueCodes.UNKNOWN_PROPERTY, closest.get());
		} else {
			warning(where, setting, Literals.SETTING__NAME, IssueCodes.UNKNOWN_PROPERTY, "");
		}
	}

	@Check
	public void checkDuplicateSettings(EObject container) {
		EList<Setting> settings = settingsOf(container);
		if (settings == null) {
			return;
		}
		Optional<Context> context = contextOf(container);
		Set<String> seen = new HashSet<>();
		for (Setting setting : settings) {
			boolean repeatable = context.flatMap(c -> PropertyCatalog.find(c, setting.getName()))
					.map(PropertySpec::repeatable).orElse(false);
			if (!seen.add(setting.getName()) && !repeatable) {
				error("'" + setting.getName() + "' is given twice here", setting, Literals.SETTING__NAME,
						IssueCodes.DUPLICATE_PROPERTY);
			}
		}
	}

	/** The cell settings of {@code lithos.kmc} that count lattice sites or events. */
	private static final Set<String> KMC_COUNTS = Set.of("kmc width", "kmc height", "kmc events");
	/** Default lattice of {@code lithos.kmc} (its {@code InputReader}; this bundle cannot depend on the solver). */
	static final int KMC_WIDTH = 64, KMC_HEIGHT = 40;
	/** Bytes per site of the {@code lithos.kmc} lattice ({@code Lattice.BYTES_PER_SITE}). */
	static final long KMC_BYTES_PER_SITE = 16;
	/** Share of the maximum heap {@code lithos.kmc} lets a lattice take ({@code KmcSimulation}). */
	static final double KMC_HEAP_FRACTION = 0.6;
	/** Most sites {@code lithos.kmc} can index: its arrays are Java arrays, indexed by int, on any heap. */
	static final long KMC_MAX_SITES = Integer.MAX_VALUE - 64;

	/**
	 * {@code kmc width}, {@code kmc height} and {@code kmc events} are whole numbers (the solver would truncate), and
	 * the 3D lattice width x width x height they give (with the solver's defaults for what is not written) must be
	 * indexable at all (error) and should fit the heap of this JVM, which {@code lithos run} shares (warning; the
	 * solver refuses it at run time). Reported where the cell itself writes width or height.
	 */
	@Check
	public void checkKmcLattice(Cell cell) {
		for (Setting setting : cell.getSettings()) {
			if (KMC_COUNTS.contains(setting.getName())) {
				count(setting).filter(v -> v.si() != Math.rint(v.si())).ifPresent(v -> error("'" + setting.getName()
						+ "' counts " + (setting.getName().equals("kmc events") ? "events" : "sites")
						+ ": it must be a whole number, not " + v.text(), setting, Literals.SETTING__VALUE,
						IssueCodes.INVALID_COUNT));
			}
		}
		Setting at = cell.getSettings().stream().filter(s -> s.getName().equals("kmc width")).findFirst()
				.orElse(cell.getSettings().stream().filter(s -> s.getName().equals("kmc height")).findFirst().orElse(null));
		if (at == null) {
			return;
		}
		Map<String, Setting> settings = Inheritance.settings(cell);
		Optional<Value> width = settings.containsKey("kmc width") ? count(settings.get("kmc width"))
				: Optional.of(Value.number(KMC_WIDTH));
		Optional<Value> height = settings.containsKey("kmc height") ? count(settings.get("kmc height"))
				: Optional.of(Value.number(KMC_HEIGHT));
		if (width.isEmpty() || height.isEmpty()) {
			return; // reported on the setting itself
		}
		long w = (long) width.get().si();
		long h = (long) height.get().si();
		double sites = (double) w * w * h;
		double heap = Runtime.getRuntime().maxMemory() * KMC_HEAP_FRACTION;
		String lattice = String.format(Locale.ROOT, "the kmc lattice %d x %d x %d (%.3g sites)", w, w, h, sites);
		if (sites > KMC_MAX_SITES) {
			error(lattice + " is impossible: lithos.kmc indexes at most " + KMC_MAX_SITES + " sites on any heap;"
					+ " the widest that fits at height " + h + " is " + widest(KMC_MAX_SITES, h), at,
					Literals.SETTING__VALUE, IssueCodes.IMPOSSIBLE_VALUE);
		} else if (sites * KMC_BYTES_PER_SITE > heap) {
			long fits = (long) Math.min(KMC_MAX_SITES, heap / KMC_BYTES_PER_SITE);
			warning(String.format(Locale.ROOT, "%s needs about %.0f MB, more than the %.0f MB lithos.kmc may take of"
					+ " this Java heap, so a run would be refused; the widest that fits at height %d is %s"
					+ " (or give more heap: LITHOS_VMARGS=-Xmx...)", lattice, sites * KMC_BYTES_PER_SITE / 1e6,
					heap / 1e6, h, widest(fits, h)), at, Literals.SETTING__VALUE, IssueCodes.IMPLAUSIBLE_VALUE);
		}
	}

	private static String widest(long sites, long height) {
		long w = (long) Math.sqrt((double) sites / height);
		return w + " x " + w + " x " + height;
	}

	/** @return a kmc count that is a valid number of its catalogue entry, else empty (reported elsewhere) */
	private Optional<Value> count(Setting setting) {
		if (!(setting.getValue() instanceof Expression expression)) {
			return Optional.empty();
		}
		Value value;
		try {
			value = evaluator().evaluate(expression, List.of(DIMENSIONLESS));
		} catch (EvaluationException e) {
			return Optional.empty();
		}
		Bounds impossible = PropertyCatalog.find(Context.CELL, setting.getName()).map(PropertySpec::impossible).orElse(null);
		if (!value.dimension().isDimensionless() || impossible == null || !impossible.contains(value.si())) {
			return Optional.empty();
		}
		return Optional.of(value);
	}

	@Check
	public void checkArea(Area area) {
		List<org.lithos.units.Dimension> accepted = area.isDiameter() ? List.of(LENGTH) : List.of(AREA);
		String example = area.isDiameter() ? "12 mm" : "1.131 cm2";
		quantity(area.getSize(), accepted, "the area", example).ifPresent(value -> {
			Bounds plausible = area.isDiameter() ? new Bounds(0.5e-3, false, 0.12, "mm") : new Bounds(1e-7, false, 0.01, "cm2");
			bounds(area.getSize(), value, new Bounds(0, true, Double.POSITIVE_INFINITY, area.isDiameter() ? "mm" : "cm2"),
					plausible, "an area");
		});
	}

	@Check
	public void checkCounter(Counter counter) {
		if (counter.getThickness() != null) {
			lengthOf(counter.getThickness(), Context.COUNTER, "thickness", "the counter electrode thickness");
		}
	}

	@Check
	public void checkSeparatorAmount(Separator separator) {
		Expression amount = separator.getAmount();
		if (amount == null) {
			return;
		}
		quantity(amount, List.of(MASS, AREAL_MASS, LENGTH), "the separator amount", "150 mg").ifPresent(value -> {
			if (value.dimension().equals(AREAL_MASS)) {
				bounds(amount, value, new Bounds(0, true, Double.POSITIVE_INFINITY, "mg/cm2"),
						new Bounds(1 * 0.01, false, 1000 * 0.01, "mg/cm2"), "a separator areal mass");
				return;
			}
			String name = value.dimension().equals(MASS) ? "mass" : "thickness";
			bounds(amount, value, PropertyCatalog.find(Context.SEPARATOR, name).orElseThrow(), "a separator " + name);
		});
	}

	@Check
	public void checkCollector(Collector collector) {
		if (collector.getThickness() != null) {
			lengthOf(collector.getThickness(), Context.COLLECTOR, "thickness", "the collector thickness");
		}
	}

	@Check
	public void checkLayer(Layer layer) {
		lengthOf(layer.getThickness(), Context.LAYER, "thickness", "a layer thickness");
	}

	private void lengthOf(Expression expression, Context context, String name, String what) {
		PropertySpec spec = PropertyCatalog.find(context, name).orElseThrow();
		quantity(expression, List.of(LENGTH), what, spec.example()).ifPresent(value -> bounds(expression, value,
				spec.impossible() == null ? POSITIVE_LENGTH : spec.impossible(), spec.plausible(), what));
	}

	/** Every block that holds settings calls the list {@code settings}. */
	@SuppressWarnings("unchecked")
	private static EList<Setting> settingsOf(EObject container) {
		var feature = container.eClass().getEStructuralFeature("settings");
		return feature == null ? null : (EList<Setting>) container.eGet(feature);
	}

	/**
	 * @param container the object a setting is written in
	 * @return which catalogue of properties applies there, empty where settings are not checked
	 */
	public static Optional<Context> contextOf(EObject container) {
		if (container instanceof Material) {
			return Optional.of(Context.MATERIAL);
		}
		if (container instanceof Interface) {
			return Optional.of(Context.INTERFACE);
		}
		if (container instanceof Cell) {
			return Optional.of(Context.CELL);
		}
		if (container instanceof Counter) {
			return Optional.of(Context.COUNTER);
		}
		if (container instanceof Separator) {
			return Optional.of(Context.SEPARATOR);
		}
		if (container instanceof Collector) {
			return Optional.of(Context.COLLECTOR);
		}
		if (container instanceof Layer) {
			return Optional.of(Context.LAYER);
		}
		if (container instanceof Cathode) {
			return Optional.of(Context.CATHODE);
		}
		return Optional.empty();
	}
}
