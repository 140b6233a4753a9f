package org.lithos.dsl.compiler;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lithos.dsl.evaluation.EvaluationException;
import org.lithos.dsl.evaluation.ExpressionEvaluator;
import org.lithos.dsl.evaluation.Value;
import org.lithos.dsl.lithos.Expression;
import org.lithos.dsl.lithos.Parameter;
import org.lithos.dsl.lithos.Symbol;
import org.lithos.dsl.lithos.Variable;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.units.Dimension;

/**
 * Symbol values for one run: sweep variables take the run's sweep point, protocol parameters the run's
 * arguments or else their defaults. Values are evaluated where they are used, so an ambiguous unit ({@code C})
 * is read in the light of the slot.
 */
final class RunBindings implements ExpressionEvaluator.Bindings {

	private final Map<Variable, Integer> sweepPoint;
	private final Map<Parameter, Expression> arguments;
	private final Set<Parameter> evaluating = new HashSet<>();
	private final ExpressionEvaluator evaluator = new ExpressionEvaluator(this);

	/**
	 * @param sweepPoint index into each swept variable's values
	 * @param arguments  expressions given by the run, by parameter
	 */
	RunBindings(Map<Variable, Integer> sweepPoint, Map<Parameter, Expression> arguments) {
		this.sweepPoint = sweepPoint;
		this.arguments = arguments;
	}

	ExpressionEvaluator evaluator() {
		return evaluator;
	}

	@Override
	public Optional<Value> valueOf(Symbol symbol, List<Dimension> expected) throws EvaluationException {
		if (symbol instanceof Variable variable) {
			Integer index = sweepPoint.get(variable);
			if (index == null) {
				return Optional.empty();
			}
			return Optional.of(ExpressionEvaluator.read(variable, variable.getValues().get(index), variable.getUnit(), expected));
		}
		Parameter parameter = (Parameter) symbol;
		Expression expression = arguments.containsKey(parameter) ? arguments.get(parameter) : parameter.getDefault();
		if (expression == null) {
			return Optional.empty();
		}
		if (!evaluating.add(parameter)) {
			throw new EvaluationException(parameter, "parameter '" + parameter.getName() + "' is defined through itself",
					IssueCodes.INHERITANCE_CYCLE);
		}
		try {
			return Optional.of(evaluator.evaluate(expression, expected));
		} finally {
			evaluating.remove(parameter);
		}
	}
}
