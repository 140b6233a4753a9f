package org.lithos.dsl.validation;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.lithos.data.DataFileException;
import org.lithos.dsl.catalog.Dimensions;
import org.lithos.dsl.catalog.Numbers;
import org.lithos.dsl.catalog.Observables;
import org.lithos.dsl.compiler.CompileException;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.compiler.MeasuredFiles;
import org.lithos.dsl.compiler.MeasuredValues;
import org.lithos.dsl.compiler.Names;
import org.lithos.model.text.Suggest;
import org.lithos.dsl.lithos.Argument;
import org.lithos.dsl.lithos.CellRun;
import org.lithos.dsl.lithos.Expectation;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.lithos.MeasuredData;
import org.lithos.dsl.lithos.Parameter;
import org.lithos.dsl.lithos.Plot;
import org.lithos.dsl.lithos.PlotSeries;
import org.lithos.dsl.lithos.Run;
import org.lithos.dsl.lithos.Study;
import org.lithos.dsl.lithos.SymbolRef;
import org.lithos.dsl.lithos.Variable;
import org.lithos.units.Dimension;

/** Studies: arguments, sweeps, expectations, plots, and whether every run compiles. */
public class StudyValidator extends QuantityChecks {

	@Check
	public void checkArguments(Run run) {
		if (run.getProtocol() == null || run.getProtocol().eIsProxy()) {
			return;
		}
		Set<Parameter> given = new HashSet<>();
		for (Argument argument : run.getArguments()) {
			if (argument.getParameter() != null && !argument.getParameter().eIsProxy() && !given.add(argument.getParameter())) {
				error("'" + argument.getParameter().getName() + "' is given twice", argument, Literals.ARGUMENT__PARAMETER,
						IssueCodes.DUPLICATE_NAME);
			}
		}
		for (Parameter parameter : run.getProtocol().getParameters()) {
			if (parameter.getDefault() == null && !given.contains(parameter)) {
				error("protocol '" + run.getProtocol().getName() + "' needs a value for '" + parameter.getName()
						+ "': write " + run.getProtocol().getName() + "(" + parameter.getName() + " = ...)", run,
						Literals.RUN__PROTOCOL, IssueCodes.MISSING_ARGUMENT, parameter.getName());
			}
		}
	}

	@Check
	public void checkVariable(Variable variable) {
		if (variable.getUnit() != null) {
			try {
				org.lithos.dsl.evaluation.ExpressionEvaluator.read(variable, 1, variable.getUnit(), List.of());
			} catch (org.lithos.dsl.evaluation.EvaluationException e) {
				error(e.getMessage(), variable, Literals.VARIABLE__UNIT, IssueCodes.UNKNOWN_UNIT);
			}
		}
	}

	/** Every value of a sweep makes runs: a value given twice, or a variable no run uses, duplicates them. */
	@Check
	public void checkSweep(Variable variable) {
		List<Double> values = variable.getValues();
		for (int i = 0; i < values.size(); i++) {
			if (values.subList(0, i).contains(values.get(i))) {
				error(Numbers.format(values.get(i)) + (variable.getUnit() == null ? "" : " " + variable.getUnit())
						+ " appears twice in the values of '" + variable.getName() + "': it would run twice", variable,
						Literals.VARIABLE__VALUES, i, IssueCodes.DUPLICATE_SWEEP_VALUE);
			}
		}
		Study study = EcoreUtil2.getContainerOfType(variable, Study.class);
		boolean used = study != null && study.getRuns().stream()
				.flatMap(run -> EcoreUtil2.getAllContentsOfType(run, SymbolRef.class).stream())
				.anyMatch(ref -> ref.getSymbol() == variable);
		if (study != null && !used) {
			error("no run uses '" + variable.getName() + "': its " + values.size() + " values would give "
					+ values.size() + " identical copies of every run; pass it on, e.g. run ... with P("
					+ variable.getName() + " = " + variable.getName() + ")", variable, Literals.SYMBOL__NAME,
					IssueCodes.UNUSED_VARIABLE);
		}
	}

	/** A solver the installed ones do not have would fail every run (checked when the solvers are known). */
	@Check
	public void checkSolver(Study study) {
		if (study.getSolver() == null) {
			return;
		}
		Set<String> known = SolverIds.known();
		if (!known.isEmpty() && !known.contains(study.getSolver())) {
			error("no installed solver is called '" + study.getSolver() + "'" + Suggest.didYouMean(study.getSolver(), known)
					+ "; installed: " + String.join(", ", new java.util.TreeSet<>(known)), study, Literals.STUDY__SOLVER,
					IssueCodes.UNKNOWN_SOLVER);
		}
	}

	/** An expectation about a sweep point must name one of the sweep's values, or it is about no run. */
	@Check
	public void checkSweepPoint(Expectation expectation) {
		Variable variable = expectation.getVariable();
		if (variable == null || variable.eIsProxy() || expectation.getPoint() == null) {
			return;
		}
		var point = quantity(expectation.getPoint(), List.of(), "the sweep point", "1 mA/cm2");
		if (point.isEmpty()) {
			return;
		}
		for (double number : variable.getValues()) {
			try {
				var value = org.lithos.dsl.evaluation.ExpressionEvaluator.read(variable, number, variable.getUnit(),
						List.of(point.get().dimension()));
				if (value.dimension().equals(point.get().dimension())
						&& Math.abs(value.si() - point.get().si()) <= 1e-9 * Math.abs(value.si())) {
					return;
				}
			} catch (org.lithos.dsl.evaluation.EvaluationException e) {
				return; // the variable's unit is reported on the variable
			}
		}
		error(point.get().text() + " is not one of the values of '" + variable.getName() + "' ("
				+ variable.getValues().stream().map(Numbers::format).collect(java.util.stream.Collectors.joining(", "))
				+ (variable.getUnit() == null ? "" : " " + variable.getUnit()) + "): the expectation concerns no run",
				expectation, Literals.EXPECTATION__POINT, IssueCodes.NOT_IN_SWEEP);
	}

	@Check
	public void checkExpectation(Expectation expectation) {
		String observable = expectation.getObservable();
		var dimensions = Observables.dimensions(observable);
		if (dimensions.isEmpty()) {
			warning("unknown observable '" + observable + "'" + Suggest.didYouMean(observable, Observables.expectable()),
					expectation, Literals.EXPECTATION__OBSERVABLE, IssueCodes.UNKNOWN_OBSERVABLE);
		}
		if (expectation.isMeasured()) {
			checkMeasured(expectation);
			return;
		}
		List<Dimension> accepted = dimensions.map(List::copyOf).orElse(List.of());
		var value = quantity(expectation.getValue(), accepted, "the expected " + observable,
				accepted.isEmpty() ? "1" : example(accepted.get(0)));
		if (value.isPresent() && expectation.getTolerance() != null) {
			quantity(expectation.getTolerance(), List.of(), "the tolerance", "30 %").ifPresent(tolerance -> {
				if (!tolerance.dimension().isDimensionless() && !tolerance.dimension().equals(value.get().dimension())) {
					error("the tolerance must be a percentage or " + Dimensions.a(Dimensions.name(value.get().dimension()))
							+ " like the value, not " + tolerance.text(), expectation.getTolerance(), null,
							IssueCodes.WRONG_DIMENSION);
				} else if (tolerance.si() < 0) {
					error("a tolerance cannot be negative", expectation.getTolerance(), null, IssueCodes.IMPOSSIBLE_VALUE);
				}
			});
		}
		if (expectation.getCell() != null && !expectation.getCell().eIsProxy()) {
			Study study = EcoreUtil2.getContainerOfType(expectation, Study.class);
			boolean run = study.getRuns().stream().flatMap(r -> r.getCells().stream())
					.anyMatch(c -> c.getCell() == expectation.getCell());
			if (!run) {
				warning("cell '" + expectation.getCell().getName() + "' is not run in this study", expectation,
						Literals.EXPECTATION__CELL, IssueCodes.UNKNOWN_REFERENCE);
			}
		}
	}

	/** A data file must exist and read as a cycler export; the message names the line and the problem. */
	@Check
	public void checkMeasuredData(MeasuredData clause) {
		try {
			MeasuredFiles.read(clause);
		} catch (DataFileException e) {
			Path file = MeasuredFiles.resolve(clause);
			String shown = e.file() != null && e.file().equals(file) ? clause.getFile() : String.valueOf(e.file());
			error("data file " + shown + (e.where().isEmpty() ? "" : ":" + e.where()) + ": " + e.problem(), clause,
					Literals.MEASURED_DATA__FILE, IssueCodes.DATA_FILE);
		}
	}

	/** {@code = measured} needs a readable data file for the expectation's cell that gives the observable. */
	private void checkMeasured(Expectation expectation) {
		Study study = EcoreUtil2.getContainerOfType(expectation, Study.class);
		MeasuredData clause = study.getData().stream()
				.filter(d -> d.getCell() != null && d.getCell() == expectation.getCell()).findFirst().orElse(null);
		if (clause == null) {
			error(expectation.getCell() == null ? "'= measured' needs 'of CELL' and a data file for that cell"
					: "no data file for " + expectation.getCell().getName() + ": add data \"FILE\" for "
							+ expectation.getCell().getName() + " to the study",
					expectation, Literals.EXPECTATION__MEASURED, IssueCodes.NOT_MEASURED);
			return;
		}
		try {
			// the area only scales capacities; whether the file gives the value does not depend on it
			MeasuredValues.of(expectation, MeasuredFiles.read(clause), 1);
		} catch (DataFileException e) {
			// reported on the data clause
		} catch (CompileException e) {
			error(e.getMessage(), expectation, Literals.EXPECTATION__MEASURED, IssueCodes.NOT_MEASURED);
		}
	}

	@Check
	public void checkPlot(Plot plot) {
		Study study = EcoreUtil2.getContainerOfType(plot, Study.class);
		Set<String> known = new HashSet<>(Observables.axes());
		study.getVariables().forEach(v -> known.add(v.getName()));
		for (PlotSeries series : plot.getSeries()) {
			for (String axis : series.getX() == null ? List.of(series.getY()) : List.of(series.getY(), series.getX())) {
				if (!known.contains(axis)) {
					warning("unknown plot quantity '" + axis + "'" + Suggest.didYouMean(axis, known), series, null,
							IssueCodes.UNKNOWN_OBSERVABLE);
				}
			}
		}
	}

	/** Compiles the study as the runner would, so every run that passes validation also runs. */
	@Check(CheckType.NORMAL)
	public void checkCompiles(Study study) {
		if (study.eResource() == null || study.eResource().getResourceSet() == null || !study.eResource().getErrors().isEmpty()) {
			return;
		}
		try {
			new LithosCompiler(study.eResource().getResourceSet()).compile(study);
		} catch (CompileException e) {
			EObject node = e.node();
			if (node != null && EcoreUtil2.getContainerOfType(node, Expectation.class) != null
					&& !IssueCodes.INVALID_ADDRESS.equals(e.issueCode())) {
				return; // checkExpectation reports problems of expectations, except steps only the runs can tell
			}
			if (node != null && EcoreUtil2.isAncestor(study, node)) {
				error(e.getMessage(), node, null, e.issueCode());
			} else {
				EObject blame = runOf(study, node);
				String where = node == null ? "" : " (" + Names.line(node) + ": " + Names.text(node) + ")";
				error("cannot compile this run: " + e.getMessage() + where, blame, null, IssueCodes.CANNOT_COMPILE);
			}
		} catch (RuntimeException e) {
			error("cannot compile this study: " + e, study, Literals.STUDY__NAME, IssueCodes.CANNOT_COMPILE);
		}
	}

	private static EObject runOf(Study study, EObject node) {
		for (Run run : study.getRuns()) {
			for (CellRun cellRun : run.getCells()) {
				if (node != null && (EcoreUtil2.isAncestor(cellRun.getCell(), node)
						|| run.getProtocol() != null && EcoreUtil2.isAncestor(run.getProtocol(), node))) {
					return run;
				}
			}
		}
		return study.getRuns().isEmpty() ? study : study.getRuns().get(0);
	}

	private static String example(Dimension dimension) {
		return dimension.isDimensionless() ? "95 %" : "1 " + org.lithos.units.Quantity.siSymbol(dimension) + " ("
				+ Dimensions.name(dimension) + ")";
	}
}
