package org.lithos.model.query;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lithos.model.Expectation;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.names.Observable;

/**
 * Where in a run an expectation looks: a cycle, a range of cycles, a reference cycle, a step. One definition for
 * the compiler (does the run have that step?), the runner (which step's end to read) and the reports (what to print
 * next to the observable).
 */
public final class Addresses {

	private Addresses() {
	}

	/** Steps that deposit Li on the working electrode: a plate, or the charge of an anode-free full cell. */
	private static final Set<StepMode> PLATING = Collections.unmodifiableSet(EnumSet.of(StepMode.PLATE,
			StepMode.CHARGE));
	/** Steps that dissolve it. */
	private static final Set<StepMode> STRIPPING = Collections.unmodifiableSet(EnumSet.of(StepMode.STRIP,
			StepMode.DISCHARGE));

	/**
	 * Which steps an observable addressed at a step has a meaning at. The overpotentials a paper reads off one step's
	 * trace belong to a step that passes Li one way: nucleation and growth (plating) overpotential to a plating step,
	 * the stripping overpotential to a stripping step. Values every step has at its end (voltage, thickness) belong
	 * to any step.
	 *
	 * @param observable an observable
	 * @return the step modes it may be addressed at, in the enum's order; empty for every mode
	 */
	public static Set<StepMode> stepModes(Observable observable) {
		return switch (observable) {
			case NUCLEATION_OVERPOTENTIAL, GROWTH_OVERPOTENTIAL, PLATING_OVERPOTENTIAL, OVERPOTENTIAL -> PLATING;
			case STRIPPING_OVERPOTENTIAL -> STRIPPING;
			default -> Set.of();
		};
	}

	/**
	 * @param expectation an expectation with a step address ({@link Expectation#getStep()} not 0)
	 * @param steps       a run's flattened steps, in order
	 * @return the index of the addressed step in the flattened protocol: the n-th step of the expectation's step
	 *         mode (every mode when unset) within its cycle (the whole run when none), the last one for -1; -1 when
	 *         the run has no such step
	 */
	public static int stepIndex(Expectation expectation, List<StepSpec> steps) {
		int wanted = expectation.getStep();
		int count = 0;
		int last = -1;
		for (StepSpec step : steps) {
			if (expectation.isSetStepMode() && step.getMode() != expectation.getStepMode()
					|| expectation.getCycle() > 0 && step.getCycle() != expectation.getCycle()) {
				continue;
			}
			count++;
			last = step.getIndex();
			if (count == wanted) {
				return last;
			}
		}
		return wanted < 0 ? last : -1;
	}

	/**
	 * @param expectation an expectation
	 * @return its address as a reader writes it, e.g. {@code "over cycles 2 to 50"}, {@code "at cycle 100 relative to
	 *         cycle 4"}, {@code "after the 3rd charge of cycle 2"}, {@code "at the start of the 1st plate"}; empty when it
	 *         concerns the whole run
	 */
	public static String describe(Expectation expectation) {
		StringBuilder text = new StringBuilder();
		if (expectation.getStep() != 0) {
			text.append(expectation.isStepStart() ? "at the start of " : "after ").append(expectation.getStep() < 0 ? "the last " : "the " + ordinal(expectation.getStep())
					+ " ").append(expectation.isSetStepMode() ? expectation.getStepMode().getName().toLowerCase(
							java.util.Locale.ROOT) : "step");
			if (expectation.getCycle() > 0) {
				text.append(" of cycle ").append(expectation.getCycle());
			}
		} else if (expectation.getFirstCycle() > 0) {
			text.append("over cycles ").append(expectation.getFirstCycle()).append(" to ").append(expectation.getLastCycle());
		} else if (expectation.getCycle() >= 0) {
			text.append("at cycle ").append(expectation.getCycle());
		}
		if (expectation.getReferenceCycle() > 0) {
			text.append(text.length() == 0 ? "" : " ").append("relative to cycle ").append(expectation.getReferenceCycle());
		}
		return text.toString();
	}

	/**
	 * @param expectation an expectation
	 * @return the last cycle the run must complete for the expectation to have a value (0 when it names none)
	 */
	public static int lastCycleNeeded(Expectation expectation) {
		return Math.max(Math.max(expectation.getCycle(), expectation.getLastCycle()),
				Math.max(expectation.getReferenceCycle(), 0));
	}

	private static String ordinal(int n) {
		String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}
}
