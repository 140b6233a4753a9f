package org.lithos.dsl.compiler;

import static org.lithos.units.Dimension.*;

import java.util.List;

import org.lithos.dsl.evaluation.Value;
import org.lithos.dsl.lithos.CapacityStop;
import org.lithos.dsl.lithos.CurrentStep;
import org.lithos.dsl.lithos.Expression;
import org.lithos.dsl.lithos.HoldStep;
import org.lithos.dsl.lithos.Limits;
import org.lithos.dsl.lithos.Protocol;
import org.lithos.dsl.lithos.Repeat;
import org.lithos.dsl.lithos.RestStep;
import org.lithos.dsl.lithos.ShortStop;
import org.lithos.dsl.lithos.Step;
import org.lithos.dsl.lithos.Stop;
import org.lithos.dsl.lithos.StopCondition;
import org.lithos.dsl.lithos.StoreStep;
import org.lithos.dsl.lithos.TimeStop;
import org.lithos.dsl.catalog.Slots;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.model.CellSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.ProtocolSpec;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.StopKind;
import org.lithos.model.Termination;
import org.lithos.model.TerminationKind;

/**
 * Unrolls a protocol for one cell into concrete steps: loops repeated, parameters bound, every rate converted
 * to a current density and every limit to SI using the cell's area and cathode capacity.
 */
final class ProtocolFlattener {

	/** More steps than this is almost certainly a mistake (and would exhaust memory in sweeps). */
	static final int MAX_STEPS = 1_000_000;

	private static final LithosFactory FACTORY = LithosFactory.eINSTANCE;

	private final Quantities quantities;
	private final CellSpec cell;
	private ProtocolSpec spec;
	private int cycle;
	private boolean reversed;

	ProtocolFlattener(Quantities quantities, CellSpec cell) {
		this.quantities = quantities;
		this.cell = cell;
	}

	ProtocolSpec flatten(Protocol protocol) throws CompileException {
		spec = FACTORY.createProtocolSpec();
		spec.setName(Names.qualified(protocol));
		cycle = 1;
		reversed = false;
		steps(protocol.getSteps());
		for (Stop stop : protocol.getStops()) {
			for (StopCondition condition : stop.getConditions()) {
				spec.getStops().add(stop(condition));
			}
		}
		spec.setCycleCount(cycle);
		return spec;
	}

	private void steps(List<Step> steps) throws CompileException {
		for (Step step : steps) {
			if (step instanceof Repeat repeat) {
				int count = quantities.count(repeat.getCount(), "the repeat count", 0);
				for (int i = 0; i < count; i++) {
					steps(repeat.getSteps());
				}
			} else {
				add(step);
			}
		}
	}

	private void add(Step step) throws CompileException {
		if (spec.getSteps().size() >= MAX_STEPS) {
			throw new CompileException(step, "the protocol unrolls to more than " + MAX_STEPS + " steps",
					IssueCodes.IMPLAUSIBLE_VALUE);
		}
		StepSpec out = FACTORY.createStepSpec();
		out.setIndex(spec.getSteps().size());
		out.setLabel(Names.text(step));
		out.setSourceLine(Names.line(step));
		out.setTemperature(cell.getTemperature());
		out.setPressure(cell.getPressure());
		Limits limits;
		List<Expression> environment;
		boolean blocking = cell.getFormat() == org.lithos.model.CellFormat.BLOCKING;
		if (step instanceof CurrentStep current) {
			if (blocking) {
				throw new CompileException(step, "blocking cell '" + simpleName(cell) + "' has no Li to "
						+ current.getKind().getLiteral() + ": a blocking cell holds, rests and stores only",
						IssueCodes.BLOCKING_CELL);
			}
			out.setMode(StepMode.getByName(current.getKind().getName()));
			out.setCurrentDensity(currentDensity(current.getRate(), "the rate of '" + current.getKind().getName() + "'"));
			limits = current.getLimits();
			environment = current.getEnvironment();
		} else if (step instanceof HoldStep hold) {
			out.setMode(StepMode.HOLD);
			out.setVoltage(quantities.require(hold.getVoltage(), "the held voltage", Slots.HOLD_VOLTAGE.dimensions()).si());
			limits = hold.getLimits();
			environment = hold.getEnvironment();
		} else if (step instanceof RestStep rest) {
			out.setMode(StepMode.REST);
			limits = rest.getLimits();
			environment = rest.getEnvironment();
		} else {
			StoreStep store = (StoreStep) step;
			out.setMode(StepMode.STORE);
			limits = store.getLimits();
			environment = store.getEnvironment();
		}
		if (limits != null) {
			if (limits.getAmount() != null) {
				out.getTerminations().add(amount(limits.getAmount()));
			}
			for (Expression until : limits.getUntil()) {
				out.getTerminations().add(until(until));
			}
		}
		for (Expression condition : environment) {
			Value value = quantities.require(condition, "a step condition", Slots.ENVIRONMENT.dimensions());
			if (value.dimension().equals(TEMPERATURE)) {
				out.setTemperature(value.si());
			} else {
				out.setPressure(value.si());
			}
		}
		if (blocking && out.getMode() == StepMode.HOLD && out.getTerminations().stream()
				.noneMatch(t -> t.getKind() == org.lithos.model.TerminationKind.DURATION)) {
			throw new CompileException(step, "a hold of blocking cell '" + simpleName(cell) + "' needs a duration, e.g. "
					+ "'hold at 3 V for 10 h': its current decays without end", IssueCodes.BLOCKING_CELL);
		}
		numberCycle(out);
		spec.getSteps().add(out);
	}

	private static String simpleName(CellSpec cell) {
		String name = cell.getName();
		return name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
	}

	/** A cycle starts at each plate or charge step that follows a strip or discharge step. */
	private void numberCycle(StepSpec step) {
		StepMode mode = step.getMode();
		if (mode == StepMode.PLATE || mode == StepMode.CHARGE) {
			if (reversed) {
				cycle++;
				reversed = false;
			}
		} else if (mode == StepMode.STRIP || mode == StepMode.DISCHARGE) {
			reversed = true;
		}
		step.setCycle(cycle);
	}

	private double currentDensity(Expression rate, String what) throws CompileException {
		Value value = quantities.require(rate, what, Slots.RATE.dimensions());
		if (value.si() <= 0) {
			throw new CompileException(rate, what + " must be positive (the step word gives the direction), not "
					+ value.text(), IssueCodes.IMPOSSIBLE_VALUE);
		}
		return toCurrentDensity(rate, value);
	}

	private double toCurrentDensity(Expression node, Value value) throws CompileException {
		if (value.dimension().equals(CURRENT_DENSITY)) {
			return value.si();
		}
		if (value.dimension().equals(CURRENT)) {
			return value.si() / cell.getArea();
		}
		if (value.dimension().equals(C_RATE)) {
			// SI C-rate is fraction of the nominal capacity per second
			return value.si() * nominalCapacity(node, value);
		}
		return value.si() * activeLoading(node, value);
	}

	private Termination amount(Expression amount) throws CompileException {
		Value value = quantities.require(amount, "the amount after 'for'", Slots.AMOUNT.dimensions());
		if (value.si() <= 0) {
			throw new CompileException(amount, "the amount after 'for' must be positive, not " + value.text(),
					IssueCodes.IMPOSSIBLE_VALUE);
		}
		if (value.dimension().equals(DIMENSIONLESS)) {
			if (value.si() > 1) {
				throw new CompileException(amount, "a fraction of the nominal capacity cannot exceed 100 %: " + value.text(),
						IssueCodes.IMPOSSIBLE_VALUE);
			}
			return termination(TerminationKind.CAPACITY, value.si() * nominalCapacity(amount, value));
		}
		return capacityOrDuration(amount, value);
	}

	private Termination until(Expression until) throws CompileException {
		Value value = quantities.require(until, "the limit after 'until'", Slots.UNTIL.dimensions());
		if (value.dimension().equals(VOLTAGE)) {
			return termination(TerminationKind.VOLTAGE, value.si());
		}
		if (value.dimension().equals(CURRENT_DENSITY) || value.dimension().equals(CURRENT)
				|| value.dimension().equals(C_RATE)) {
			return termination(TerminationKind.CURRENT, toCurrentDensity(until, value));
		}
		return capacityOrDuration(until, value);
	}

	private Termination capacityOrDuration(Expression node, Value value) throws CompileException {
		if (value.dimension().equals(TIME)) {
			return termination(TerminationKind.DURATION, value.si());
		}
		if (value.dimension().equals(AREAL_CAPACITY)) {
			return termination(TerminationKind.CAPACITY, value.si());
		}
		if (value.dimension().equals(CHARGE)) {
			return termination(TerminationKind.CAPACITY, value.si() / cell.getArea());
		}
		return termination(TerminationKind.CAPACITY, value.si() * activeLoading(node, value));
	}

	private double nominalCapacity(Expression node, Value value) throws CompileException {
		if (cell.getCathode() == null) {
			throw new CompileException(node, value.text() + " refers to the cathode capacity, but cell '" + cell.getName()
					+ "' has no cathode; give a current density (mA/cm2) or capacity (mAh/cm2) instead",
					IssueCodes.CANNOT_COMPILE);
		}
		return cell.getCathode().getArealCapacity();
	}

	private double activeLoading(Expression node, Value value) throws CompileException {
		if (cell.getCathode() == null) {
			throw new CompileException(node, value.text() + " is per gram of cathode, but cell '" + cell.getName()
					+ "' has no cathode", IssueCodes.CANNOT_COMPILE);
		}
		return cell.getCathode().getActiveLoading();
	}

	private static Termination termination(TerminationKind kind, double value) {
		Termination termination = FACTORY.createTermination();
		termination.setKind(kind);
		termination.setValue(value);
		return termination;
	}

	private org.lithos.model.StopCondition stop(StopCondition condition) throws CompileException {
		org.lithos.model.StopCondition out = FACTORY.createStopCondition();
		if (condition instanceof ShortStop) {
			out.setKind(StopKind.SHORT);
		} else if (condition instanceof CapacityStop capacity) {
			out.setKind(StopKind.CAPACITY_BELOW);
			Value fraction = quantities.require(capacity.getFraction(), "the capacity fraction", Slots.FRACTION.dimensions());
			if (fraction.si() <= 0 || fraction.si() > 1) {
				throw new CompileException(capacity.getFraction(), "the capacity fraction must lie between 0 and 100 %, not "
						+ fraction.text(), IssueCodes.IMPOSSIBLE_VALUE);
			}
			out.setFraction(fraction.si());
			out.setReferenceCycle(quantities.count(capacity.getCycle(), "the reference cycle"));
		} else {
			TimeStop time = (TimeStop) condition;
			out.setKind(StopKind.TOTAL_TIME);
			Value limit = quantities.require(time.getLimit(), "the total time", Slots.DURATION.dimensions());
			if (limit.si() <= 0) {
				throw new CompileException(time.getLimit(), "the total time must be positive", IssueCodes.IMPOSSIBLE_VALUE);
			}
			out.setTime(limit.si());
		}
		return out;
	}
}
