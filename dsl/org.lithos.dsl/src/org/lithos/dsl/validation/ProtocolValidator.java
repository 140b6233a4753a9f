package org.lithos.dsl.validation;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.lithos.dsl.catalog.PropertySpec.Bounds;
import org.lithos.dsl.catalog.Slots;
import org.lithos.dsl.evaluation.Value;
import org.lithos.dsl.lithos.CapacityStop;
import org.lithos.dsl.lithos.CurrentStep;
import org.lithos.dsl.lithos.Expression;
import org.lithos.dsl.lithos.HoldStep;
import org.lithos.dsl.lithos.Limits;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.lithos.Parameter;
import org.lithos.dsl.lithos.Protocol;
import org.lithos.dsl.lithos.Repeat;
import org.lithos.dsl.lithos.RestStep;
import org.lithos.dsl.lithos.ShortStop;
import org.lithos.dsl.lithos.Step;
import org.lithos.dsl.lithos.StoreStep;
import org.lithos.dsl.lithos.SymbolRef;
import org.lithos.dsl.lithos.TimeStop;
import org.lithos.units.Dimension;

/** Protocol steps: rates, limits and conditions of the right kind, steps that can end, loops, parameters. */
public class ProtocolValidator extends QuantityChecks {

	private static final Bounds POSITIVE = new Bounds(0, true, Double.POSITIVE_INFINITY, "1");

	@Check
	public void checkCurrentStep(CurrentStep step) {
		String word = step.getKind().getName();
		quantity(step.getRate(), Slots.RATE.dimensions(), "the rate of '" + word + "'", Slots.RATE.example())
				.ifPresent(value -> rateBounds(step.getRate(), value, word));
		checkLimits(step, step.getLimits(), "'" + word + " at ...'");
		checkEnvironment(step.getEnvironment());
	}

	@Check
	public void checkHold(HoldStep step) {
		quantity(step.getVoltage(), Slots.HOLD_VOLTAGE.dimensions(), "the held voltage", "4.3 V")
				.ifPresent(v -> bounds(step.getVoltage(), v, null, new Bounds(-1, false, 5.5, "V"), "a held voltage"));
		checkLimits(step, step.getLimits(), "'hold'");
		checkEnvironment(step.getEnvironment());
	}

	@Check
	public void checkRest(RestStep step) {
		checkLimits(step, step.getLimits(), "'rest'");
		checkEnvironment(step.getEnvironment());
	}

	@Check
	public void checkStore(StoreStep step) {
		checkLimits(step, step.getLimits(), "'store'");
		checkEnvironment(step.getEnvironment());
	}

	@Check
	public void checkRepeat(Repeat repeat) {
		quantity(repeat.getCount(), List.of(Dimension.DIMENSIONLESS), "the repeat count", "10").ifPresent(value -> {
			double count = value.si();
			if (count != Math.rint(count) || count < 0) {
				// 0 is a loop that runs no time: "repeat n - 1 { ... }" after a first cycle written out
				error("the repeat count must be a whole number of at least 0, not " + value.text(), repeat.getCount(), null,
						IssueCodes.INVALID_COUNT);
			} else if (count > 100_000) {
				warning("repeat " + value.text() + " is implausible: expected at most 100000 repetitions",
						repeat.getCount(), null, IssueCodes.IMPLAUSIBLE_VALUE);
			}
		});
		if (repeat.getSteps().isEmpty()) {
			warning("this loop repeats nothing", repeat, Literals.REPEAT__COUNT, IssueCodes.STEP_CANNOT_END);
		}
	}

	@Check
	public void checkCapacityStop(CapacityStop stop) {
		quantity(stop.getFraction(), Slots.FRACTION.dimensions(), "the capacity fraction", "80 %").ifPresent(v -> bounds(
				stop.getFraction(), v, new Bounds(0, true, 1, "%"), null, "a capacity fraction"));
		quantity(stop.getCycle(), List.of(Dimension.DIMENSIONLESS), "the reference cycle", "4").ifPresent(v -> {
			if (v.si() != Math.rint(v.si()) || v.si() < 1) {
				error("the reference cycle must be a whole number of at least 1, not " + v.text(), stop.getCycle(), null,
						IssueCodes.INVALID_COUNT);
			}
		});
	}

	@Check
	public void checkTimeStop(TimeStop stop) {
		quantity(stop.getLimit(), Slots.DURATION.dimensions(), "the total time", "600 h")
				.ifPresent(v -> bounds(stop.getLimit(), v, POSITIVE, null, "a total time"));
	}

	@Check
	public void checkUnusedParameters(Protocol protocol) {
		List<SymbolRef> references = EcoreUtil2.getAllContentsOfType(protocol, SymbolRef.class);
		for (Parameter parameter : protocol.getParameters()) {
			boolean used = references.stream().anyMatch(ref -> ref.getSymbol() == parameter);
			if (!used) {
				warning("parameter '" + parameter.getName() + "' is never used", parameter, Literals.SYMBOL__NAME,
						IssueCodes.UNUSED_PARAMETER);
			}
		}
	}

	private void checkLimits(Step step, Limits limits, String what) {
		if (limits == null) {
			cannotEnd(step, what);
			return;
		}
		if (limits.getAmount() != null) {
			quantity(limits.getAmount(), Slots.AMOUNT.dimensions(), "the amount after 'for'", Slots.AMOUNT.example())
					.ifPresent(v -> bounds(limits.getAmount(), v, POSITIVE, null, "an amount"));
		}
		for (Expression until : limits.getUntil()) {
			quantity(until, Slots.UNTIL.dimensions(), "the limit after 'until'", Slots.UNTIL.example())
					.ifPresent(v -> untilBounds(until, v));
		}
	}

	/** A step without limits runs until a protocol stop ends it; without a stop it never ends. */
	private void cannotEnd(Step step, String what) {
		Protocol protocol = EcoreUtil2.getContainerOfType(step, Protocol.class);
		boolean timeStop = protocol != null && protocol.getStops().stream().flatMap(s -> s.getConditions().stream())
				.anyMatch(TimeStop.class::isInstance);
		boolean shortStop = protocol != null && protocol.getStops().stream().flatMap(s -> s.getConditions().stream())
				.anyMatch(ShortStop.class::isInstance);
		String advice = "; add 'for' a capacity or duration, or 'until' a voltage";
		if (timeStop) {
			return;
		}
		if (shortStop) {
			warning(what + " has no limit and ends only if the cell shorts" + advice + ", or 'stop when total time > ...'",
					step, null, IssueCodes.STEP_CANNOT_END);
		} else {
			error(what + " can never end" + advice, step, null, IssueCodes.STEP_CANNOT_END);
		}
	}

	private void checkEnvironment(List<Expression> environment) {
		for (Expression condition : environment) {
			quantity(condition, Slots.ENVIRONMENT.dimensions(), "a step condition after the limits", "60 C")
					.ifPresent(v -> {
						if (v.dimension().equals(Dimension.TEMPERATURE)) {
							bounds(condition, v, new Bounds(0, true, Double.POSITIVE_INFINITY, "K"),
									new Bounds(233.15, false, 423.15, "K"), "a temperature");
						} else {
							bounds(condition, v, new Bounds(0, false, Double.POSITIVE_INFINITY, "MPa"),
									new Bounds(0.1e6, false, 100e6, "MPa"), "a stack pressure");
						}
					});
		}
	}

	private void rateBounds(Expression rate, Value value, String word) {
		Dimension dimension = value.dimension();
		if (value.si() <= 0) {
			error("the rate of '" + word + "' must be positive (the word '" + word + "' gives the direction), not "
					+ value.text(), rate, null, IssueCodes.IMPOSSIBLE_VALUE);
		} else if (dimension.equals(Dimension.CURRENT_DENSITY)) {
			bounds(rate, value, null, new Bounds(0.001 * 10, false, 50 * 10, "mA/cm2"), "a current density");
		} else if (dimension.equals(Dimension.C_RATE)) {
			bounds(rate, value, null, new Bounds(0.01 / 3600, false, 20.0 / 3600, "C"), "a C-rate");
		}
	}

	private void untilBounds(Expression until, Value value) {
		if (value.dimension().equals(Dimension.VOLTAGE)) {
			bounds(until, value, null, new Bounds(-1, false, 5.5, "V"), "a cut-off voltage");
		} else if (!value.dimension().equals(Dimension.VOLTAGE)) {
			bounds(until, value, POSITIVE, null, "a limit");
		}
	}

}
