package org.lithos.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.lithos.dsl.catalog.Dimensions;
import org.lithos.dsl.catalog.PropertySpec;
import org.lithos.dsl.catalog.PropertySpec.Bounds;
import org.lithos.dsl.evaluation.EvaluationException;
import org.lithos.dsl.evaluation.ExpressionEvaluator;
import org.lithos.dsl.evaluation.Value;
import org.lithos.dsl.lithos.Expression;
import org.lithos.dsl.lithos.LithosPackage;
import org.lithos.dsl.lithos.SymbolRef;
import org.lithos.units.Dimension;

/**
 * Shared checks of quantities for the composed validators: evaluate, insist on a dimension, and compare with
 * impossible (error) and plausible (warning) ranges. Expressions that depend on a parameter without a default
 * are skipped here; the compiler checks them per run.
 */
abstract class QuantityChecks extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into LithosValidator, not registered on its own
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(LithosPackage.eINSTANCE);
	}

	/** Evaluator that knows parameter defaults and the first value of sweeps, so most expressions can be checked. */
	protected ExpressionEvaluator evaluator() {
		return new ExpressionEvaluator((symbol, expected) -> {
			if (symbol instanceof org.lithos.dsl.lithos.Parameter parameter && parameter.getDefault() != null) {
				return Optional.of(new ExpressionEvaluator((s, e) -> Optional.empty()).evaluate(parameter.getDefault(), expected));
			}
			if (symbol instanceof org.lithos.dsl.lithos.Variable variable && !variable.getValues().isEmpty()) {
				return Optional.of(ExpressionEvaluator.read(variable, variable.getValues().get(0), variable.getUnit(), expected));
			}
			return Optional.empty();
		});
	}

	/**
	 * Evaluates and checks the dimension; reports problems on the expression.
	 *
	 * @return the value when it could be evaluated and has an accepted dimension
	 */
	protected Optional<Value> quantity(Expression expression, List<Dimension> accepted, String what, String example) {
		Value value;
		try {
			value = evaluator().evaluate(expression, accepted);
		} catch (EvaluationException e) {
			if (IssueCodes.MISSING_ARGUMENT.equals(e.issueCode()) || IssueCodes.UNKNOWN_REFERENCE.equals(e.issueCode())
					|| IssueCodes.INHERITANCE_CYCLE.equals(e.issueCode())) {
				return Optional.empty(); // unbound parameter or broken link: reported elsewhere
			}
			if (ExpressionEvaluator.INCOMPLETE.equals(e.getMessage()) && expression.eResource() != null
					&& !expression.eResource().getErrors().isEmpty()) {
				return Optional.empty(); // the syntax error says what is wrong, where it is
			}
			error(e.getMessage(), e.node(), null, e.issueCode());
			return Optional.empty();
		}
		if (accepted.isEmpty() || accepted.contains(value.dimension())) {
			return Optional.of(value);
		}
		if (value.dimension().isDimensionless() && !(expression instanceof SymbolRef)) {
			error(what + " needs a unit: " + Dimensions.a(Dimensions.describe(accepted)) + " such as " + example, expression, null,
					IssueCodes.MISSING_UNIT, example);
		} else {
			error(what + " must be " + Dimensions.a(Dimensions.describe(accepted)) + " (e.g. " + example + "), but " + value.text()
					+ " is " + Dimensions.a(Dimensions.name(value.dimension())), expression, null, IssueCodes.WRONG_DIMENSION,
					example);
		}
		return Optional.empty();
	}

	/** Compares a value with the impossible and plausible ranges of a spec. */
	protected void bounds(Expression expression, Value value, PropertySpec spec, String what) {
		bounds(expression, value, spec.impossible(), spec.plausible(), what);
	}

	/** Compares a value with an impossible range (error) and a plausible one (warning). */
	protected void bounds(Expression expression, Value value, Bounds impossible, Bounds plausible, String what) {
		if (impossible != null && !impossible.contains(value.si())) {
			error(what + " of " + value.text() + " is impossible: it must be " + impossible.describe(value.dimension()),
					expression, null, IssueCodes.IMPOSSIBLE_VALUE);
		} else if (plausible != null && !plausible.contains(value.si())) {
			// the bounds travel as issue data for the quick fixes that replace the value with one of them
			warning(what + " of " + value.text() + " is implausible: expected " + plausible.describe(value.dimension()),
					expression, null, IssueCodes.IMPLAUSIBLE_VALUE,
					plausible.minExclusive() ? "" : plausible.display(plausible.min(), value.dimension()),
					Double.isInfinite(plausible.max()) ? "" : plausible.display(plausible.max(), value.dimension()));
		}
	}
}
