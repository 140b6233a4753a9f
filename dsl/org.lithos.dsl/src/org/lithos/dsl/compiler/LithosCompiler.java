package org.lithos.dsl.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.lithos.data.DataFileException;
import org.lithos.dsl.catalog.Observables;
import org.lithos.dsl.evaluation.Value;
import org.lithos.dsl.lithos.Argument;
import org.lithos.dsl.lithos.CellOverride;
import org.lithos.dsl.lithos.CellRun;
import org.lithos.dsl.lithos.Expectation;
import org.lithos.dsl.lithos.MeasuredData;
import org.lithos.dsl.lithos.Expression;
import org.lithos.dsl.lithos.Interface;
import org.lithos.dsl.lithos.Model;
import org.lithos.dsl.lithos.Parameter;
import org.lithos.dsl.lithos.Plot;
import org.lithos.dsl.lithos.PlotSeries;
import org.lithos.dsl.lithos.Run;
import org.lithos.dsl.lithos.Study;
import org.lithos.dsl.lithos.Variable;
import org.lithos.dsl.resolution.Inheritance;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.model.CellSpec;
import org.lithos.model.Comparison;
import org.lithos.model.CompiledModel;
import org.lithos.model.LithosFactory;
import org.lithos.model.MeasuredFile;
import org.lithos.model.PlotRequest;
import org.lithos.model.ProtocolSpec;
import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;
import org.lithos.model.SweepValue;
import org.lithos.units.Dimension;
import org.lithos.units.Quantity;

/**
 * Compiles studies into simulation inputs. Interfaces are looked up in every resource of the resource set (the
 * built-in library's included), since an interface applies wherever its two materials meet.
 */
public final class LithosCompiler {

	/** Upper bound on runs per study: a sweep that expands beyond this is almost certainly a typo. */
	public static final int MAX_RUNS = 100_000;
	/**
	 * Longest study name or run id: each becomes a folder name, and common file systems allow 255 bytes; the rest
	 * is left for the suffixes the results store adds.
	 */
	public static final int MAX_NAME = 200;

	private static final LithosFactory FACTORY = LithosFactory.eINSTANCE;

	/** Qualified name of the plated metal in the built-in library. */
	public static final String LITHIUM = "lithos.materials.Li";

	private final List<Interface> interfaces;
	private org.lithos.dsl.lithos.Material lithium;
	/** Every material by qualified name, to find the products that conversion layers name. */
	private final java.util.Map<String, org.lithos.dsl.lithos.Material> byName = new HashMap<>();

	/** @param resourceSet all loaded files, the material library included */
	public LithosCompiler(ResourceSet resourceSet) {
		this.interfaces = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Model model) {
					for (var element : model.getElements()) {
						if (element instanceof Interface contact) {
							interfaces.add(contact);
						} else if (element instanceof org.lithos.dsl.lithos.Material material) {
							byName.putIfAbsent(Names.qualified(material), material);
							if (LITHIUM.equals(Names.qualified(material))) {
								lithium = material;
							}
						}
					}
				}
			}
		}
	}

	/**
	 * @param model      a parsed, validated file
	 * @param sourceFile its path, recorded in the output
	 * @return one {@link StudyInput} per study in the file
	 * @throws CompileException at the first element that cannot be compiled
	 */
	public CompiledModel compile(Model model, String sourceFile) throws CompileException {
		CompiledModel compiled = FACTORY.createCompiledModel();
		compiled.setSourceFile(sourceFile);
		for (var element : model.getElements()) {
			if (element instanceof Study study) {
				compiled.getStudies().add(compile(study));
			}
		}
		return compiled;
	}

	/**
	 * @param study a study
	 * @return its runs, expectations and plots
	 * @throws CompileException when a run cannot be compiled
	 */
	public StudyInput compile(Study study) throws CompileException {
		if (study.getName() != null && study.getName().length() > MAX_NAME) {
			throw new CompileException(study, "the study name has " + study.getName().length()
					+ " characters, too long for a folder name (at most " + MAX_NAME + ")", IssueCodes.NAME_TOO_LONG);
		}
		StudyInput out = FACTORY.createStudyInput();
		out.setName(Names.qualified(study));
		out.setTitle(study.getDescription());
		out.setSolverId(study.getSolver());
		List<Map<Variable, Integer>> points = sweepPoints(study);
		Set<String> ids = new HashSet<>();
		Map<org.lithos.dsl.lithos.Cell, Double> areas = new HashMap<>();
		for (Run run : study.getRuns()) {
			for (CellRun cellRun : run.getCells()) {
				for (Map<Variable, Integer> point : points) {
					SimulationInput input = compileRun(study, run, cellRun, point);
					areas.putIfAbsent(cellRun.getCell(), input.getCell().getArea());
					input.setId(uniqueId(input.getId(), ids));
					if (input.getId().length() > MAX_NAME) {
						throw new CompileException(cellRun, "the run id '" + input.getId().substring(0, 40) + "...' has "
								+ input.getId().length() + " characters, too long for a folder name (at most " + MAX_NAME
								+ "): shorten the cell's name", IssueCodes.NAME_TOO_LONG);
					}
					out.getRuns().add(input);
				}
			}
		}
		for (MeasuredData clause : study.getData()) {
			out.getMeasured().add(measuredFile(clause));
		}
		for (Expectation expectation : study.getExpectations()) {
			org.lithos.model.Expectation compiled = expectation(expectation, study, areas);
			if (compiled.getStep() != 0) {
				StepAddresses.requireStep(expectation, compiled, out.getRuns());
			}
			out.getExpectations().add(compiled);
		}
		for (Plot plot : study.getPlots()) {
			for (PlotSeries series : plot.getSeries()) {
				PlotRequest request = FACTORY.createPlotRequest();
				request.setY(series.getY());
				request.setX(series.getX());
				out.getPlots().add(request);
			}
		}
		return out;
	}

	private List<Map<Variable, Integer>> sweepPoints(Study study) throws CompileException {
		List<Map<Variable, Integer>> points = new ArrayList<>();
		points.add(new LinkedHashMap<>());
		for (Variable variable : study.getVariables()) {
			List<Map<Variable, Integer>> next = new ArrayList<>();
			for (Map<Variable, Integer> point : points) {
				for (int i = 0; i < variable.getValues().size(); i++) {
					Map<Variable, Integer> extended = new LinkedHashMap<>(point);
					extended.put(variable, i);
					next.add(extended);
				}
			}
			points = next;
			if (points.size() * Math.max(1, study.getRuns().size()) > MAX_RUNS) {
				throw new CompileException(variable, "the sweep expands to more than " + MAX_RUNS + " runs",
						IssueCodes.IMPLAUSIBLE_VALUE);
			}
		}
		return points;
	}

	private SimulationInput compileRun(Study study, Run run, CellRun cellRun, Map<Variable, Integer> point)
			throws CompileException {
		Map<Parameter, Expression> arguments = new HashMap<>();
		for (Argument argument : run.getArguments()) {
			arguments.put(argument.getParameter(), argument.getValue());
		}
		for (Parameter parameter : run.getProtocol().getParameters()) {
			if (parameter.getDefault() == null && !arguments.containsKey(parameter)) {
				throw new CompileException(run, "protocol '" + run.getProtocol().getName() + "' needs a value for '"
						+ parameter.getName() + "'", IssueCodes.MISSING_ARGUMENT);
			}
		}
		RunBindings bindings = new RunBindings(point, arguments);
		Quantities quantities = new Quantities(bindings.evaluator());
		MaterialCompiler materials = new MaterialCompiler();

		Map<String, Value> overrides = new LinkedHashMap<>();
		for (CellOverride override : cellRun.getOverrides()) {
			overrides.put(override.getName(), quantities.require(override.getValue(), "the override of '"
					+ override.getName() + "'", overrideDimensions(override.getName())));
		}
		CellSpec cell = new CellCompiler(materials, quantities).compile(cellRun.getCell(), overrides);
		ProtocolSpec protocol = new ProtocolFlattener(quantities, cell).flatten(run.getProtocol());
		for (Parameter parameter : run.getProtocol().getParameters()) {
			protocol.getArguments().add(sweepValue(parameter.getName(), quantities.any(symbolRef(parameter))));
		}

		SimulationInput input = FACTORY.createSimulationInput();
		StringBuilder id = new StringBuilder(cellRun.getCell().getName());
		if (study.getRuns().size() > 1 && sameCellInOtherRuns(study, run, cellRun)) {
			id.append('-').append(run.getProtocol().getName());
		}
		// the overrides are part of what the run is: "Cu_half+pressure=50MPa", and recorded with the run
		for (Map.Entry<String, Value> override : overrides.entrySet()) {
			id.append('+').append(override.getKey().replace(' ', '_')).append('=')
					.append(override.getValue().text().replace(" ", ""));
			input.getOverrides().add(sweepValue(override.getKey(), override.getValue()));
		}
		String separator = "@";
		for (Map.Entry<Variable, Integer> coordinate : point.entrySet()) {
			Variable variable = coordinate.getKey();
			Value value;
			try {
				value = org.lithos.dsl.evaluation.ExpressionEvaluator.read(variable,
						variable.getValues().get(coordinate.getValue()), variable.getUnit(), List.of());
			} catch (org.lithos.dsl.evaluation.EvaluationException e) {
				throw new CompileException(e.node(), e.getMessage(), e.issueCode());
			}
			input.getSweep().add(sweepValue(variable.getName(), value));
			id.append(separator).append(variable.getName()).append('=').append(value.text().replace(" ", ""));
			separator = ",";
		}
		input.setId(safeId(id.toString()));
		input.setSolverId(study.getSolver());
		input.setSeed(Integer.toUnsignedLong(input.getId().hashCode()));
		input.setCell(cell);
		input.setProtocol(protocol);
		input.getMaterials().addAll(materials.all());
		if (lithium != null) {
			// the plated metal: its properties and its interfaces matter in every cell, full cells included
			materials.material(lithium);
		}
		addConversionProducts(materials);
		input.getMaterials().clear();
		input.getMaterials().addAll(materials.all());
		for (Interface contact : interfaces) {
			materials.interfaceIfUsed(contact).ifPresent(input.getInterfaces()::add);
		}
		return input;
	}

	private static List<Dimension> overrideDimensions(String name) {
		return switch (name) {
			case "pressure" -> List.of(Dimension.PRESSURE);
			case "temperature" -> List.of(Dimension.TEMPERATURE);
			// a catalogued cell property takes the catalogue's dimensions (e.g. "kmc width" is a count)
			default -> org.lithos.dsl.catalog.PropertyCatalog
					.find(org.lithos.dsl.catalog.PropertyCatalog.Context.CELL, name)
					.filter(spec -> !spec.isText()).<List<Dimension>>map(spec -> List.copyOf(spec.dimensions()))
					.orElse(List.of(Dimension.PRESSURE, Dimension.TEMPERATURE, Dimension.LENGTH, Dimension.AREA));
		};
	}

	/**
	 * A conversion layer (Cu2Te) becomes another material (Li2Te) in the cell; the product's properties and its
	 * interfaces with Li then matter to the solvers, so it joins the run like the plated Li does. The product is
	 * named by the text property "conversion product", in the layer's package or as a qualified name.
	 */
	private void addConversionProducts(MaterialCompiler materials) throws CompileException {
		for (org.lithos.model.MaterialSpec spec : List.copyOf(materials.all())) {
			for (org.lithos.model.Property property : spec.getProperties()) {
				if (!"conversion product".equals(property.getName()) || property.getText() == null) {
					continue;
				}
				String product = property.getText();
				String packageName = spec.getName().contains(".")
						? spec.getName().substring(0, spec.getName().lastIndexOf('.') + 1)
						: "";
				org.lithos.dsl.lithos.Material found = byName.get(product);
				if (found == null) {
					found = byName.get(packageName + product);
				}
				if (found == null) {
					found = byName.get("lithos.materials." + product);
				}
				if (found != null) {
					materials.material(found);
				}
			}
		}
	}

	private static boolean sameCellInOtherRuns(Study study, Run run, CellRun cellRun) {
		for (Run other : study.getRuns()) {
			if (other != run && other.getCells().stream().anyMatch(c -> c.getCell() == cellRun.getCell())) {
				return true;
			}
		}
		return false;
	}

	private static Expression symbolRef(Parameter parameter) {
		var ref = org.lithos.dsl.lithos.LithosFactory.eINSTANCE.createSymbolRef();
		ref.setSymbol(parameter);
		return ref;
	}

	private static SweepValue sweepValue(String name, Value value) {
		SweepValue out = FACTORY.createSweepValue();
		out.setName(name);
		out.setValue(value.si());
		out.setUnit(Quantity.siSymbol(value.dimension()));
		out.setDisplay(value.text());
		return out;
	}

	/**
	 * A run id is a folder name and a link in the report: letters, digits and {@code . _ - + = @ ,} only, all safe
	 * in file names and in URL paths. "/" becomes "_" (mA/cm2 reads mA_cm2), "%" becomes "pct".
	 */
	static String safeId(String id) {
		return id.replace("%", "pct").replace('/', '_').replaceAll("[^A-Za-z0-9._=@,+-]", "_");
	}

	/** The same cell run twice with the same protocol and point: the copies are numbered "-2", "-3", ... */
	private static String uniqueId(String id, Set<String> ids) {
		String unique = id;
		for (int i = 2; !ids.add(unique); i++) {
			unique = id + "-" + i;
		}
		return unique;
	}

	private static MeasuredFile measuredFile(MeasuredData clause) throws CompileException {
		try {
			MeasuredFiles.read(clause);
		} catch (DataFileException e) {
			throw new CompileException(clause, e.getMessage(), IssueCodes.DATA_FILE);
		}
		MeasuredFile file = FACTORY.createMeasuredFile();
		file.setCell(Names.qualified(clause.getCell()));
		file.setFile(MeasuredFiles.resolve(clause).toString());
		file.setColumns(clause.getColumns());
		return file;
	}

	/** The value of {@code expect ... = measured}: from the data file of the expectation's cell. */
	private static Value measured(Expectation expectation, Study study, Map<org.lithos.dsl.lithos.Cell, Double> areas)
			throws CompileException {
		MeasuredData clause = study.getData().stream().filter(d -> d.getCell() == expectation.getCell()).findFirst()
				.orElseThrow(() -> new CompileException(expectation, expectation.getCell() == null
						? "'= measured' needs 'of CELL' and a data file for that cell"
						: "no data file for " + expectation.getCell().getName() + ": add data \"FILE\" for "
								+ expectation.getCell().getName() + " to the study", IssueCodes.NOT_MEASURED));
		Double area = areas.get(expectation.getCell());
		if (area == null) {
			throw new CompileException(expectation, expectation.getCell().getName()
					+ " is not run in this study: its measured capacity has no area", IssueCodes.NOT_MEASURED);
		}
		try {
			return MeasuredValues.of(expectation, MeasuredFiles.read(clause), area);
		} catch (DataFileException e) {
			throw new CompileException(clause, e.getMessage(), IssueCodes.DATA_FILE);
		}
	}

	private org.lithos.model.Expectation expectation(Expectation expectation, Study study,
			Map<org.lithos.dsl.lithos.Cell, Double> areas) throws CompileException {
		org.lithos.model.Expectation out = FACTORY.createExpectation();
		out.setObservable(expectation.getObservable());
		out.setSourceLine(Names.line(expectation));
		if (expectation.getCell() != null) {
			out.setCell(Names.qualified(expectation.getCell()));
		}
		if (Inheritance.isWritten(expectation, org.lithos.dsl.lithos.LithosPackage.Literals.EXPECTATION__CYCLE)) {
			out.setCycle((int) expectation.getCycle());
		}
		if (Inheritance.isWritten(expectation, org.lithos.dsl.lithos.LithosPackage.Literals.EXPECTATION__FIRST_CYCLE)) {
			out.setFirstCycle((int) expectation.getFirstCycle());
			out.setLastCycle((int) expectation.getLastCycle());
		}
		if (Inheritance.isWritten(expectation,
				org.lithos.dsl.lithos.LithosPackage.Literals.EXPECTATION__REFERENCE_CYCLE)) {
			out.setReferenceCycle((int) expectation.getReferenceCycle());
		}
		if (expectation.getStep() != null) {
			StepAddresses.apply(expectation.getStep(), out);
		}
		List<Dimension> dimensions = Observables.dimensions(expectation.getObservable()).map(List::copyOf)
				.orElse(List.of());
		Quantities literals = new Quantities(new RunBindings(Map.of(), Map.of()).evaluator());
		Value value = expectation.isMeasured() ? measured(expectation, study, areas)
				: dimensions.isEmpty() ? quantities(literals, expectation.getValue())
				: literals.require(expectation.getValue(), "the expected " + expectation.getObservable(), dimensions);
		out.setValue(value.si());
		out.setUnit(Quantity.siSymbol(value.dimension()));
		out.setDisplay(value.text());
		out.setComparison(Comparison.getByName(expectation.getComparison().getName()));
		if (expectation.getVariable() != null) {
			out.setSweepVariable(expectation.getVariable().getName());
			out.setSweepValue(quantities(literals, expectation.getPoint()).si());
		}
		if (expectation.getTolerance() != null) {
			Value tolerance = quantities(literals, expectation.getTolerance());
			boolean percentOfPercent = value.text().endsWith("%");
			if (tolerance.dimension().isDimensionless() && !percentOfPercent) {
				out.setToleranceRelative(tolerance.si());
			} else if (tolerance.dimension().equals(value.dimension())) {
				out.setToleranceAbsolute(tolerance.si());
			} else {
				throw new CompileException(expectation.getTolerance(), "the tolerance must be " + org.lithos.dsl.catalog.Dimensions.a(value.dimension().describe())
						+ " like the value, or a percentage, not " + tolerance.text(), IssueCodes.WRONG_DIMENSION);
			}
		}
		out.setSource(expectation.getSource() == null && expectation.isMeasured()
				? study.getData().stream().filter(d -> d.getCell() == expectation.getCell()).findFirst()
						.map(MeasuredData::getFile).orElse(null)
				: expectation.getSource());
		return out;
	}

	private static Value quantities(Quantities literals, Expression expression) throws CompileException {
		return literals.any(expression);
	}
}
