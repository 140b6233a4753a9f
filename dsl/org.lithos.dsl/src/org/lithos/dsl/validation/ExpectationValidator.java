package org.lithos.dsl.validation;

import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.lithos.dsl.catalog.Numbers;
import org.lithos.dsl.catalog.Observables;
import org.lithos.dsl.catalog.Ordinals;
import org.lithos.dsl.lithos.Expectation;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.lithos.StepAddress;
import org.lithos.dsl.resolution.Inheritance;
import org.lithos.model.StepMode;

/**
 * Where in a run an expectation looks: a cycle range ({@code over cycles 2 to 50}), a reference cycle
 * ({@code relative to cycle 4}) or a step ({@code after the third charge}, {@code at the start of the first plate}), each
 * only for observables that have a meaning there.
 */
public class ExpectationValidator extends QuantityChecks {

	@Check
	public void checkRange(Expectation expectation) {
		if (!Inheritance.isWritten(expectation, Literals.EXPECTATION__FIRST_CYCLE)) {
			return;
		}
		if (!allowed(expectation, Observables.overCycles(), "an average over cycles", Literals.EXPECTATION__FIRST_CYCLE)) {
			return;
		}
		double first = expectation.getFirstCycle();
		double last = expectation.getLastCycle();
		if (!cycleNumber(first, expectation, Literals.EXPECTATION__FIRST_CYCLE)
				|| !cycleNumber(last, expectation, Literals.EXPECTATION__LAST_CYCLE)) {
			return;
		}
		if (last < first) {
			error("cycles " + Numbers.format(first) + " to " + Numbers.format(last) + " is no range: write the first cycle"
					+ " first (over cycles " + Numbers.format(last) + " to " + Numbers.format(first) + ")", expectation,
					Literals.EXPECTATION__LAST_CYCLE, IssueCodes.INVALID_ADDRESS);
		}
	}

	@Check
	public void checkReference(Expectation expectation) {
		if (!Inheritance.isWritten(expectation, Literals.EXPECTATION__REFERENCE_CYCLE)
				|| !allowed(expectation, Observables.relative(), "a value relative to a cycle",
						Literals.EXPECTATION__REFERENCE_CYCLE)
				|| !cycleNumber(expectation.getReferenceCycle(), expectation, Literals.EXPECTATION__REFERENCE_CYCLE)) {
			return;
		}
		if (Inheritance.isWritten(expectation, Literals.EXPECTATION__CYCLE)
				&& expectation.getCycle() <= expectation.getReferenceCycle()) {
			warning("cycle " + Numbers.format(expectation.getCycle()) + " is not after the reference cycle "
					+ Numbers.format(expectation.getReferenceCycle()) + ": the retention compares a cycle with a later "
					+ "one", expectation, Literals.EXPECTATION__REFERENCE_CYCLE, IssueCodes.INVALID_ADDRESS);
		}
	}

	@Check
	public void checkStep(Expectation expectation) {
		StepAddress address = expectation.getStep();
		if (address == null || !(address.isStart()
				? allowed(expectation, Observables.atStepStart(), "the start of a step", Literals.EXPECTATION__STEP)
				: allowed(expectation, Observables.atStep(), "a step", Literals.EXPECTATION__STEP))) {
			return;
		}
		if (address.getOrdinal() != null && Ordinals.of(address.getOrdinal()).isEmpty()) {
			error("'" + address.getOrdinal() + "' is no ordinal: write first ... twentieth or last, or a number (after "
					+ "charge 25)", address, Literals.STEP_ADDRESS__ORDINAL, IssueCodes.INVALID_ADDRESS);
		}
		if (address.getOrdinal() == null) {
			double number = address.getNumber();
			if (number != Math.rint(number) || number < 1) {
				error("steps are counted from 1: write a whole number of at least 1, not " + Numbers.format(number),
						address, Literals.STEP_ADDRESS__NUMBER, IssueCodes.INVALID_ADDRESS);
			}
		}
		if (Inheritance.isWritten(address, Literals.STEP_ADDRESS__CYCLE)) {
			cycleNumber(address.getCycle(), address, Literals.STEP_ADDRESS__CYCLE);
		}
		// a step named by its kind; one named by its number (after step 3) only the runs' protocols can tell
		Set<StepMode> modes = Observables.stepModes(expectation.getObservable());
		if (Inheritance.isWritten(address, Literals.STEP_ADDRESS__KIND) && !modes.isEmpty()) {
			StepMode mode = StepMode.getByName(address.getKind().getName());
			if (!modes.contains(mode)) {
				error(Observables.wrongStep(expectation.getObservable(), mode), address, Literals.STEP_ADDRESS__KIND,
						IssueCodes.INVALID_ADDRESS);
			}
		}
	}

	/** @return whether the observable has a meaning at the address; reports an error when not */
	private boolean allowed(Expectation expectation, Set<String> observables, String where,
			org.eclipse.emf.ecore.EStructuralFeature feature) {
		if (observables.contains(expectation.getObservable())) {
			return true;
		}
		error("'" + expectation.getObservable() + "' has no meaning as " + where + "; that is for "
				+ String.join(", ", observables), expectation, feature, IssueCodes.INVALID_ADDRESS);
		return false;
	}

	private boolean cycleNumber(double cycle, org.eclipse.emf.ecore.EObject owner,
			org.eclipse.emf.ecore.EStructuralFeature feature) {
		if (cycle != Math.rint(cycle) || cycle < 1) {
			error("cycles are numbered from 1: write a whole number of at least 1, not " + Numbers.format(cycle), owner,
					feature, IssueCodes.INVALID_ADDRESS);
			return false;
		}
		return true;
	}
}
