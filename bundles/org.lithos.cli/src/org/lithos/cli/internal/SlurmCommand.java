package org.lithos.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.model.CompiledModel;
import org.lithos.model.StudyInput;
import org.lithos.model.io.AtomicFiles;
import org.lithos.solver.api.SolverRegistry;
import org.osgi.service.component.annotations.Component;

/**
 * {@code lithos slurm FILE}: writes a Slurm batch script that runs a file's studies as a job array of shards
 * ({@code lithos run --shard K/N}) and a merge job that starts when every array task succeeded ({@code afterok}).
 * Lithos schedules nothing itself: Slurm queues, places, retries and accounts.
 */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + SlurmCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + SlurmCommand.SUMMARY })
public final class SlurmCommand implements Command {

	/** The word that selects the command. */
	static final String NAME = "slurm";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "write a Slurm job-array script that runs a file's studies as shards and merges them";

	/** Most array tasks the default asks for (Slurm's default MaxArraySize is 1001). */
	static final int MAX_DEFAULT_TASKS = 100;

	private final Supplier<Optional<SolverRegistry>> registry;

	/** Checks the file against the solvers registered in the running framework. */
	public SlurmCommand() {
		this(SolverServices::registry);
	}

	/** @param registry where solvers come from (the file is checked against them, as {@code run} does) */
	public SlurmCommand(Supplier<Optional<SolverRegistry>> registry) {
		this.registry = registry;
	}

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
				Usage: lithos slurm FILE [--array-size N] [--partition P] [--out DIR] [--script PATH]
				                         [--study NAME] [--seed S] [--jobs N] [--lithos COMMAND]

				Writes a bash script for Slurm (default DIR/slurm/sweep.sh). `bash SCRIPT` submits a job array of
				N tasks, task K running `lithos run FILE --shard K/N --out DIR/shards/K`, and a merge job
				(--dependency=afterok on the array) running `lithos merge` into DIR, which then holds what
				`lithos run FILE --out DIR` would write. Task logs go to DIR/slurm/logs.

				When tasks fail (sacct -j ARRAY_JOB -X -o JobID,State lists them), the merge job never starts
				(scancel it); rerun only those tasks with `bash SCRIPT 3,7`: it submits tasks 3 and 7 and a new
				merge job, and the other shards' folders are reused. A task whose runs failed inside the solver
				still succeeds: the merged study lists those runs as failed, as a local run does.

				Options:
				  --array-size N    number of shards (default: runs of the largest study, at most %d)
				  --partition P     Slurm partition (default: the cluster's default)
				  --out DIR         results folder (default lithos-out/FILE-NAME), on a file system every node sees
				  --script PATH     where to write the script (default DIR/slurm/sweep.sh)
				  --study NAME      only this study
				  --seed S          seed for stochastic solvers (run i gets S + i, whatever the split)
				  --jobs N          CPUs per task, used as parallel runs within a shard (default 1)
				  --lithos COMMAND  the lithos launcher the nodes run (default: this installation's; the
				                    environment variable LITHOS overrides it at submission)

				Exit codes: 0 script written, 1 errors in FILE, 2 wrong command line.
				""".formatted(MAX_DEFAULT_TASKS);
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of("--array-size", "--partition", "--out", "--script", "--study",
				"--seed", "--jobs", "--lithos"), Set.of());
		if (arguments.operands().size() != 1) {
			throw new UsageException("name exactly one .cell file");
		}
		Path file = Path.of(arguments.operands().get(0)).toAbsolutePath().normalize();
		String stem = file.getFileName().toString().replaceFirst("\\.cell$", "");
		Path output = Path.of(arguments.option("--out", "lithos-out/" + stem)).toAbsolutePath().normalize();
		Path script = Path.of(arguments.option("--script", output.resolve("slurm").resolve("sweep.sh").toString()))
				.toAbsolutePath().normalize();
		String seed = arguments.option("--seed", null);
		if (seed != null && !seed.matches("-?\\d+")) {
			throw new UsageException("--seed takes a whole number, not '" + seed + "'");
		}
		String partition = arguments.option("--partition", null);
		if (partition != null && !partition.matches("[A-Za-z0-9_.,-]+")) {
			throw new UsageException("--partition takes a partition name, not '" + partition + "'");
		}
		int jobs = arguments.intOption("--jobs", 1);

		Optional<CompiledModel> compiled;
		try (var installed = SolverServices.teachValidator(registry)) {
			compiled = Compilation.compile(file, out, err);
		}
		if (compiled.isEmpty()) {
			return INPUT_ERRORS;
		}
		String study = arguments.option("--study", null);
		List<StudyInput> studies = compiled.get().getStudies().stream().filter(s -> study == null
				|| s.getName().equals(study) || s.getName().endsWith("." + study)).toList();
		if (studies.isEmpty()) {
			err.println("lithos slurm: " + file + (study == null ? " has no studies" : " has no study '" + study + "'"));
			return INPUT_ERRORS;
		}
		int largest = studies.stream().mapToInt(s -> s.getRuns().size()).max().orElse(1);
		int shards = arguments.intOption("--array-size", Math.max(1, Math.min(largest, MAX_DEFAULT_TASKS)));
		SlurmScript text = new SlurmScript(file, output, shards, partition, study, seed, jobs,
				arguments.option("--lithos", launcher()));
		try {
			AtomicFiles.write(script, stream -> {
				Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
				writer.write(text.text());
				writer.flush();
			});
			Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		} catch (IOException | UnsupportedOperationException e) {
			err.println("lithos slurm: cannot write " + script + ": " + e.getMessage());
			return INPUT_ERRORS;
		}
		out.println("wrote " + script + ": " + shards + " array tasks over " + studies.size()
				+ (studies.size() == 1 ? " study (" : " studies (") + studies.stream().mapToInt(s -> s.getRuns().size()).sum()
				+ " runs), then a merge into " + output);
		out.println("submit with: bash " + script + "   (rerun failed tasks only: bash " + script + " K,K,...)");
		return OK;
	}

	/** @return the launcher script of this installation (its root folder's lithos), else "lithos" from the PATH */
	static String launcher() {
		String area = System.getProperty("osgi.install.area");
		if (area != null) {
			try {
				Path root = Path.of(new URI(area.replace(" ", "%20")));
				if (Files.isExecutable(root.resolve("lithos"))) {
					return root.resolve("lithos").toString();
				}
			} catch (URISyntaxException | IllegalArgumentException e) {
				// not a file URL: fall back to the PATH
			}
		}
		return "lithos";
	}
}
