package org.lithos.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.lithos.cli.api.UsageException;

/** The reference examples that validate and calibrate use: every .cell file in the folder but the tour. */
final class ReferenceFiles {

	/** The tour teaches the language; its expectations are not reference data. */
	static final String TOUR = "tour.cell";

	private ReferenceFiles() {
	}

	/**
	 * @param examples the examples folder
	 * @return the reference files, sorted
	 * @throws UsageException when the folder cannot be read
	 */
	static List<Path> in(Path examples) {
		try (Stream<Path> files = Files.list(examples)) {
			return files.filter(f -> f.toString().endsWith(".cell") && !f.getFileName().toString().equals(TOUR))
					.sorted().toList();
		} catch (IOException e) {
			throw new UsageException("cannot read the examples folder " + examples + " (run from the repository root "
					+ "or give --examples)");
		}
	}
}
