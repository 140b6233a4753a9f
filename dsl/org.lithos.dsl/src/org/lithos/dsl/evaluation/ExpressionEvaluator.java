package org.lithos.dsl.evaluation;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.lithos.dsl.catalog.Numbers;
import org.lithos.dsl.lithos.Binary;
import org.lithos.dsl.lithos.CRate;
import org.lithos.dsl.lithos.Expression;
import org.lithos.dsl.lithos.Quantity;
import org.lithos.dsl.lithos.Symbol;
import org.lithos.dsl.lithos.SymbolRef;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.units.Dimension;
import org.lithos.units.Unit;
import org.lithos.units.UnitException;
import org.lithos.units.Units;

/**
 * Evaluates expressions to SI values. The expected dimensions of the slot only decide between readings of an
 * ambiguous unit ({@code C} is a C-rate in a rate slot and Celsius in a temperature slot); checking that the
 * result fits the slot is the caller's job, so it can word the message for the slot.
 */
public final class ExpressionEvaluator {

	/** Message for an expression the parser left incomplete after a syntax error (which says what is wrong). */
	public static final String INCOMPLETE = "incomplete value: a number with a unit belongs here, e.g. 5 MPa";


	/** Values of parameters and sweep variables. */
	@FunctionalInterface
	public interface Bindings {
		/**
		 * @param symbol   a protocol parameter or sweep variable
		 * @param expected the dimensions the slot it is used in accepts (decides what an ambiguous unit means)
		 * @return its value, or empty when it has none here (e.g. a parameter without default)
		 * @throws EvaluationException when the bound expression itself cannot be evaluated
		 */
		Optional<Value> valueOf(Symbol symbol, List<Dimension> expected) throws EvaluationException;
	}

	/** Units that name a count rather than a physical unit. */
	private static final List<String> COUNT_WORDS = List.of("cycles", "cycle", "times", "sites", "site", "events");

	private final Bindings bindings;

	/** @param bindings values of symbols */
	public ExpressionEvaluator(Bindings bindings) {
		this.bindings = bindings;
	}

	/** @return an evaluator without any symbol values (literals only) */
	public static ExpressionEvaluator literalsOnly() {
		return new ExpressionEvaluator((symbol, expected) -> Optional.empty());
	}

	/**
	 * @param expression the expression
	 * @param expected   dimensions the slot accepts, most usual first (may be empty)
	 * @return its value
	 * @throws EvaluationException on an unknown unit, an unbound symbol or a dimension clash in + or -
	 */
	public Value evaluate(Expression expression, List<Dimension> expected) throws EvaluationException {
		if (expression instanceof Quantity quantity) {
			return quantity(quantity, expected);
		}
		if (expression instanceof CRate rate) {
			if (rate.getDivisor() <= 0) {
				throw new EvaluationException(rate, "C-rate divisor must be positive: C/" + Numbers.format(rate.getDivisor()),
						IssueCodes.IMPOSSIBLE_VALUE);
			}
			Unit c = Units.parse("C", Dimension.C_RATE);
			return new Value(c.toSi(1 / rate.getDivisor()), Dimension.C_RATE, "C/" + Numbers.format(rate.getDivisor()));
		}
		if (expression instanceof SymbolRef ref) {
			Symbol symbol = ref.getSymbol();
			if (symbol == null || symbol.eIsProxy()) {
				throw new EvaluationException(ref, "unresolved name", IssueCodes.UNKNOWN_REFERENCE);
			}
			Optional<Value> value = bindings.valueOf(symbol, expected);
			if (value.isEmpty()) {
				throw new EvaluationException(ref, "'" + symbol.getName() + "' has no value here", IssueCodes.MISSING_ARGUMENT);
			}
			return value.get();
		}
		if (expression instanceof Binary binary) {
			Value left = evaluate(binary.getLeft(), expected);
			boolean sum = "+".equals(binary.getOperator()) || "-".equals(binary.getOperator());
			// the terms of a sum are read like the slot (C as a C-rate in a rate), the factors of a product freely
			Value right = evaluate(binary.getRight(), sum ? expected : List.of());
			String text = left.text() + " " + binary.getOperator() + " " + right.text();
			if (sum) {
				return sum(binary, left, right, text);
			}
			if ("*".equals(binary.getOperator())) {
				return new Value(left.si() * right.si(), left.dimension().times(right.dimension()), text);
			}
			if (right.si() == 0) {
				throw new EvaluationException(binary, "division by zero", IssueCodes.IMPOSSIBLE_VALUE);
			}
			return new Value(left.si() / right.si(), left.dimension().divide(right.dimension()), text);
		}
		throw new EvaluationException(expression, INCOMPLETE, IssueCodes.WRONG_DIMENSION);
	}

	/**
	 * Terms must have one dimension ({@code 1 mAh/cm2 + 0.5 mAh/cm2}, {@code n - 1}); temperatures are refused, as
	 * a sum of Celsius values has no meaning in kelvin (write the result: {@code 35 C}).
	 */
	private static Value sum(Binary binary, Value left, Value right, String text) throws EvaluationException {
		if (!left.dimension().equals(right.dimension())) {
			throw new EvaluationException(binary, "cannot " + ("+".equals(binary.getOperator()) ? "add " : "subtract ")
					+ right.text() + ("+".equals(binary.getOperator()) ? " to " : " from ") + left.text() + ": "
					+ describe(right.dimension()) + " and " + describe(left.dimension()), IssueCodes.WRONG_DIMENSION);
		}
		if (left.dimension().equals(Dimension.TEMPERATURE)) {
			throw new EvaluationException(binary, "temperatures cannot be added or subtracted (" + text
					+ "): write the temperature itself, e.g. 35 C", IssueCodes.WRONG_DIMENSION);
		}
		double si = "+".equals(binary.getOperator()) ? left.si() + right.si() : left.si() - right.si();
		return new Value(si, left.dimension(), text);
	}

	private static String describe(Dimension dimension) {
		return org.lithos.dsl.catalog.Dimensions.a(org.lithos.dsl.catalog.Dimensions.name(dimension));
	}

	private Value quantity(Quantity quantity, List<Dimension> expected) throws EvaluationException {
		double number = quantity.getValue();
		String unitText = quantity.getUnit();
		String text = sourceText(quantity, number, unitText);
		if (unitText == null || COUNT_WORDS.contains(unitText)) {
			return new Value(number, Dimension.DIMENSIONLESS, text);
		}
		Unit unit = unit(quantity, unitText, expected);
		return new Value(unit.toSi(number), unit.dimension(), text);
	}

	/**
	 * Reads a number written with a unit, e.g. a sweep value.
	 *
	 * @param node     the source node, for messages
	 * @param number   the number as written
	 * @param unitText the unit as written, or null
	 * @param expected dimensions of the slot
	 * @return the value in SI
	 * @throws EvaluationException on an unknown unit
	 */
	public static Value read(org.eclipse.emf.ecore.EObject node, double number, String unitText, List<Dimension> expected)
			throws EvaluationException {
		String text = Numbers.format(number) + (unitText == null ? "" : " " + unitText);
		if (unitText == null || COUNT_WORDS.contains(unitText)) {
			return new Value(number, Dimension.DIMENSIONLESS, text);
		}
		Unit unit = unit(node, unitText, expected);
		return new Value(unit.toSi(number), unit.dimension(), text);
	}

	private static Unit unit(org.eclipse.emf.ecore.EObject node, String symbol, List<Dimension> expected)
			throws EvaluationException {
		List<Unit> readings;
		try {
			readings = Units.candidates(symbol);
		} catch (UnitException e) {
			throw unknownUnit(node, symbol, e);
		}
		if (readings.isEmpty()) {
			throw unknownUnit(node, symbol, null);
		}
		for (Dimension dimension : expected) {
			for (Unit reading : readings) {
				if (reading.dimension().equals(dimension)) {
					return reading;
				}
			}
		}
		return readings.get(0);
	}

	private static EvaluationException unknownUnit(org.eclipse.emf.ecore.EObject node, String symbol, UnitException cause) {
		String message = cause != null ? cause.getMessage() : "unknown unit '" + symbol + "'";
		return new EvaluationException(node, message, IssueCodes.UNKNOWN_UNIT);
	}

	private static String sourceText(Quantity quantity, double number, String unit) {
		var node = NodeModelUtils.findActualNodeFor(quantity);
		if (node != null) {
			return NodeModelUtils.getTokenText(node);
		}
		return Numbers.format(number) + (unit == null ? "" : " " + unit);
	}
}
