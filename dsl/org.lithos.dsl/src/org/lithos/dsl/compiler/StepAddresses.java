package org.lithos.dsl.compiler;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lithos.dsl.catalog.Observables;
import org.lithos.dsl.catalog.Ordinals;
import org.lithos.dsl.lithos.Expectation;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.lithos.StepAddress;
import org.lithos.dsl.resolution.Inheritance;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.model.SimulationInput;
import org.lithos.model.StepMode;
import org.lithos.model.StepSpec;
import org.lithos.model.query.Addresses;

/**
 * Turns a step address ({@code after the third charge of cycle 2}, {@code at the start of the first plate}) into the
 * compiled expectation's step, step kind, cycle and whether it means the step's start. Which flattened step it names depends on the run's protocol, so the runner resolves it per run.
 */
final class StepAddresses {

	private StepAddresses() {
	}

	/**
	 * An address that names no step of a run it concerns would read nothing; it is an error on the address.
	 *
	 * @param expectation the expectation as written
	 * @param compiled    the compiled expectation
	 * @param runs        the study's runs
	 * @throws CompileException when a run of the expectation's cell has no such step
	 */
	static void requireStep(Expectation expectation, org.lithos.model.Expectation compiled, List<SimulationInput> runs)
			throws CompileException {
		Set<StepMode> modes = Observables.stepModes(compiled.getObservable());
		for (SimulationInput run : runs) {
			if (compiled.getCell() != null && !compiled.getCell().equals(run.getCell().getName())) {
				continue;
			}
			List<StepSpec> steps = run.getProtocol().getSteps();
			String where = "run " + run.getId() + " (protocol " + run.getProtocol().getName() + ")";
			int index = Addresses.stepIndex(compiled, steps);
			if (index < 0) {
				throw new CompileException(expectation.getStep(), where + " has no step " + Addresses.describe(compiled)
						+ ": it has " + steps.size() + " steps", IssueCodes.INVALID_ADDRESS);
			}
			StepMode mode = steps.stream().filter(s -> s.getIndex() == index).findFirst().map(StepSpec::getMode)
					.orElseThrow();
			if (!modes.isEmpty() && !modes.contains(mode)) {
				throw new CompileException(expectation.getStep(), where + ": " + Addresses.describe(compiled) + " is a "
						+ mode.getName().toLowerCase(Locale.ROOT) + " step. " + Observables.wrongStep(
								compiled.getObservable(), mode), IssueCodes.INVALID_ADDRESS);
			}
		}
	}

	/**
	 * @param address the address as written
	 * @param out     the compiled expectation
	 * @throws CompileException on an ordinal word that is none, or a step number below 1
	 */
	static void apply(StepAddress address, org.lithos.model.Expectation out) throws CompileException {
		int number;
		if (address.getOrdinal() != null) {
			number = Ordinals.of(address.getOrdinal()).orElseThrow(() -> new CompileException(address,
					"'" + address.getOrdinal() + "' is no ordinal: write first ... twentieth or last, or a number ("
							+ "after charge 25)", IssueCodes.INVALID_COUNT));
		} else {
			double written = address.getNumber();
			if (written != Math.rint(written) || written < 1) {
				throw new CompileException(address, "a step is counted from 1: write a whole number of at least 1, not "
						+ org.lithos.dsl.catalog.Numbers.format(written), IssueCodes.INVALID_COUNT);
			}
			number = (int) written;
		}
		out.setStep(number);
		out.setStepStart(address.isStart());
		if (Inheritance.isWritten(address, Literals.STEP_ADDRESS__KIND)) {
			StepMode mode = StepMode.getByName(address.getKind().getName());
			Set<StepMode> modes = Observables.stepModes(out.getObservable());
			if (!modes.isEmpty() && !modes.contains(mode)) {
				// the validator reports it on the step word (invalidAddress); this code keeps it from being reported twice
				throw new CompileException(address, Observables.wrongStep(out.getObservable(), mode),
						IssueCodes.CANNOT_COMPILE);
			}
			out.setStepMode(mode);
		}
		if (Inheritance.isWritten(address, Literals.STEP_ADDRESS__CYCLE)) {
			out.setCycle((int) address.getCycle());
		}
	}
}
