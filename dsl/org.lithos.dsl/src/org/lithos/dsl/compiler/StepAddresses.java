package org.lithos.dsl.compiler;

import java.util.List;

import org.lithos.dsl.catalog.Ordinals;
import org.lithos.dsl.lithos.Expectation;
import org.lithos.dsl.lithos.LithosPackage.Literals;
import org.lithos.dsl.lithos.StepAddress;
import org.lithos.dsl.resolution.Inheritance;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.model.SimulationInput;
import org.lithos.model.StepMode;
import org.lithos.model.query.Addresses;

/**
 * Turns a step address ({@code after the third charge of cycle 2}) into the compiled expectation's step, step kind
 * and cycle. Which flattened step it names depends on the run's protocol, so the runner resolves it per run.
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
		for (SimulationInput run : runs) {
			if ((compiled.getCell() == null || compiled.getCell().equals(run.getCell().getName()))
					&& Addresses.stepIndex(compiled, run.getProtocol().getSteps()) < 0) {
				throw new CompileException(expectation.getStep(), "run " + run.getId() + " (protocol "
						+ run.getProtocol().getName() + ") has no step " + Addresses.describe(compiled)
						+ ": it has " + run.getProtocol().getSteps().size() + " steps", IssueCodes.INVALID_ADDRESS);
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
		if (Inheritance.isWritten(address, Literals.STEP_ADDRESS__KIND)) {
			out.setStepMode(StepMode.getByName(address.getKind().getName()));
		}
		if (Inheritance.isWritten(address, Literals.STEP_ADDRESS__CYCLE)) {
			out.setCycle((int) address.getCycle());
		}
	}
}
