package org.lithos.dsl.compiler;

import java.util.List;

import org.lithos.dsl.catalog.Dimensions;
import org.lithos.dsl.evaluation.EvaluationException;
import org.lithos.dsl.evaluation.ExpressionEvaluator;
import org.lithos.dsl.evaluation.Value;
import org.lithos.dsl.lithos.Expression;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.units.Dimension;

/** Evaluates an expression and insists on one of the dimensions a slot accepts. */
final class Quantities {

	private final ExpressionEvaluator evaluator;

	Quantities(ExpressionEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	/**
	 * @param expression the expression
	 * @param what       what the slot is, for the message (e.g. "the rate of 'plate'")
	 * @param accepted   accepted dimensions
	 * @return the value
	 * @throws CompileException when it cannot be evaluated or has another dimension
	 */
	Value require(Expression expression, String what, List<Dimension> accepted) throws CompileException {
		Value value;
		try {
			value = evaluator.evaluate(expression, accepted);
		} catch (EvaluationException e) {
			throw new CompileException(e.node(), e.getMessage(), e.issueCode());
		}
		if (!accepted.contains(value.dimension())) {
			String found = value.dimension().isDimensionless() ? "a plain number" : "a " + value.dimension().describe();
			throw new CompileException(expression, what + " must be " + Dimensions.a(Dimensions.describe(accepted)) + ", not "
					+ found + " (" + value.text() + ")",
					value.dimension().isDimensionless() ? IssueCodes.MISSING_UNIT : IssueCodes.WRONG_DIMENSION);
		}
		return value;
	}

	/** @return the value, whatever its dimension */
	Value any(Expression expression) throws CompileException {
		try {
			return evaluator.evaluate(expression, List.of());
		} catch (EvaluationException e) {
			throw new CompileException(e.node(), e.getMessage(), e.issueCode());
		}
	}

	/** @return a whole, positive count */
	int count(Expression expression, String what) throws CompileException {
		return count(expression, what, 1);
	}

	/**
	 * @param expression a count
	 * @param what       what it counts, for the message
	 * @param minimum    the least count that makes sense (0 for a repeat: {@code repeat n - 1} with n = 1 runs its
	 *                   steps no time)
	 * @return the count
	 * @throws CompileException when it is no whole number of at least the minimum
	 */
	int count(Expression expression, String what, int minimum) throws CompileException {
		Value value = require(expression, what, List.of(Dimension.DIMENSIONLESS));
		double number = value.si();
		if (number != Math.rint(number) || number < minimum || number > Integer.MAX_VALUE) {
			throw new CompileException(expression, what + " must be a whole number of at least " + minimum + ", not "
					+ value.text(), IssueCodes.INVALID_COUNT);
		}
		return (int) number;
	}
}
