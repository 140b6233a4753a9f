package org.lithos.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.lithos.dsl.workspace.Formatting;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.model.io.AtomicFiles;
import org.osgi.service.component.annotations.Component;

/** {@code lithos format FILE... [--check]}: rewrites files in the canonical layout. */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + FormatCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + FormatCommand.SUMMARY })
public final class FormatCommand implements Command {

	/** The word that selects the command. */
	static final String NAME = "format";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "rewrite .cell files in the canonical layout (--check only reports)";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String summary() {
		return SUMMARY;
	}

	@Override
	public String usage() {
		return """
				Usage: lithos format [--check] FILE|DIR...

				Rewrites each file in the canonical layout (one declaration per line, four-space
				indentation, a blank line between elements); comments are kept. Files with syntax errors are
				left untouched. Files are replaced atomically.

				Options:
				  --check   change nothing; list files that are not formatted and exit 1 if any

				Exit codes: 0 done (or all formatted), 1 unformatted files (--check) or syntax errors.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of(), Set.of("--check"));
		if (arguments.operands().isEmpty()) {
			throw new UsageException("name at least one .cell file or directory");
		}
		boolean check = arguments.flag("--check");
		LithosWorkspace workspace = LithosWorkspace.create();
		List<Resource> resources = workspace.addTargets(arguments.operands().stream().map(Path::of).toList());
		int code = 0;
		for (Problem problem : workspace.refused()) {
			out.println(problem.format());
			code = 1;
		}
		for (Resource resource : resources) {
			String name = workspace.displayName(resource);
			if (!resource.getErrors().isEmpty()) {
				out.println(name + ": not formatted: it has syntax errors (run lithos check)");
				code = 1;
				continue;
			}
			Path file = Path.of(resource.getURI().toFileString());
			try {
				String before = Files.readString(file);
				String after = Formatting.format((XtextResource) resource);
				if (before.equals(after)) {
					continue;
				}
				if (check) {
					out.println(name + ": not formatted");
					code = 1;
				} else {
					AtomicFiles.write(file, stream -> stream.write(after.getBytes(StandardCharsets.UTF_8)));
					out.println(name + ": formatted");
				}
			} catch (IOException e) {
				err.println("lithos format: " + name + ": " + e.getMessage());
				code = 1;
			}
		}
		return code;
	}
}
