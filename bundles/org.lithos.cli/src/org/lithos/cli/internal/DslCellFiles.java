package org.lithos.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.lithos.cli.api.CellFiles;
import org.lithos.model.CompiledModel;
import org.osgi.service.component.annotations.Component;

/** {@link CellFiles} with the Xtext implementation of the language, as {@code lithos check} and {@code run} use it. */
@Component(service = CellFiles.class)
public final class DslCellFiles implements CellFiles {

	@Override
	public List<Path> references(Path examples) {
		return ReferenceFiles.in(examples);
	}

	@Override
	public Optional<CompiledModel> compile(Path file, PrintStream out, PrintStream err) {
		return Compilation.compile(file, out, err);
	}
}
