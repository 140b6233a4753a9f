package org.lithos.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.lithos.solver.api.CalibrationFile;

/**
 * {@code --calibration FILE} of {@code run} and {@code validate}: the solvers of this process use the constants of
 * FILE (the format {@code lithos calibrate} writes) instead of the shipped ones, so a new fit can be tried without
 * rebuilding. Set before the solver registry starts any solver.
 */
final class CalibrationOption {

	/** The option's name. */
	static final String NAME = "--calibration";

	private CalibrationOption() {
	}

	/**
	 * @param file the option's value, or null when not given
	 * @return a message for the user when FILE cannot be used, else empty (and the file is installed)
	 */
	static Optional<String> install(String file) {
		if (file == null) {
			return Optional.empty();
		}
		Path path = Path.of(file).toAbsolutePath().normalize();
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			return Optional.of(file + ": no such readable calibration file");
		}
		System.setProperty(CalibrationFile.PROPERTY, path.toString());
		return Optional.empty();
	}
}
