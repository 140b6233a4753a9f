package org.lithos.cli.api;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.lithos.model.CompiledModel;

/**
 * The cell language as a service to commands that other bundles contribute (e.g. a solver's calibration): find the
 * reference {@code .cell} files and compile them, reporting problems the way {@code lithos check} does. The command
 * line provides it, so a contributed command needs no dependency on the language implementation.
 */
public interface CellFiles {

	/**
	 * @param examples a folder of {@code .cell} files
	 * @return the reference files in it (every {@code .cell} file but the tour), sorted
	 * @throws UsageException when the folder cannot be read
	 */
	List<Path> references(Path examples);

	/**
	 * @param file the {@code .cell} file
	 * @param out  receives errors
	 * @param err  receives warnings and the verdict
	 * @return the compiled studies, or empty when the file has errors (already printed)
	 */
	Optional<CompiledModel> compile(Path file, PrintStream out, PrintStream err);
}
