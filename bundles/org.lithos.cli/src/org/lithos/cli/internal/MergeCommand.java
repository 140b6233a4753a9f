package org.lithos.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.lithos.charts.render.ImageRenderer;
import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.model.CompiledModel;
import org.lithos.model.SimulationResult;
import org.lithos.model.StudyInput;
import org.lithos.sim.ChartLevel;
import org.lithos.sim.Comparison;
import org.lithos.sim.OutputFolderException;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.store.OutputLock;
import org.lithos.sim.store.ResultStore;
import org.lithos.sim.store.StoredStudy;
import org.lithos.sim.store.StudyFolder;
import org.lithos.sim.store.StudyIndex;
import org.lithos.sim.store.StudyReport;
import org.lithos.sim.store.StudyStatus;
import org.lithos.solver.api.SolverRegistry;
import org.osgi.service.component.annotations.Component;

/**
 * {@code lithos merge DIR... [--out OUT]}: combines the folders of {@code lithos run --shard K/N} into the folders a
 * single {@code lithos run} writes: the run folders as the shards wrote them, and the study's report, charts and
 * study.json drawn from the shards' exact results, so the merged folder equals a whole run's with the same seeds
 * (apart from times). Each study's folder is staged and replaced whole, as {@code lithos run} does.
 */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + MergeCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + MergeCommand.SUMMARY })
public final class MergeCommand implements Command {

	/** The word that selects the command. */
	static final String NAME = "merge";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "combine the folders of `run --shard K/N` into one study folder and report";

	private final Supplier<Optional<SolverRegistry>> registry;
	private final Supplier<Optional<ImageRenderer>> images;

	/** Uses the solvers (for checking the file) and the chart renderer registered in the running framework. */
	public MergeCommand() {
		this(SolverServices::registry, () -> FrameworkServices.waitFor(ImageRenderer.class));
	}

	/**
	 * @param registry where solvers come from (the file is checked against them, as {@code run} does)
	 * @param images   what draws the study's charts
	 */
	public MergeCommand(Supplier<Optional<SolverRegistry>> registry, Supplier<Optional<ImageRenderer>> images) {
		this.registry = registry;
		this.images = images;
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
				Usage: lithos merge DIR... [--out OUT]

				Combines the output folders of `lithos run FILE --shard K/N --out DIR` (K = 1..N) into OUT/STUDY/
				for every study, as one `lithos run FILE` writes them: the run folders, report.html, study.json
				and the study's charts. With the same seeds the results equal a single-machine run's. The shards
				must come from one sweep (same file content, N, seed and studies), each once, none missing;
				otherwise nothing is written. FILE must still be where the shards read it.

				Options:
				  --out OUT   output folder (default lithos-out/FILE-NAME)

				Exit codes: 0 every run finished, 1 shards missing, overlapping or inconsistent, some runs did
				not finish, or OUT cannot take results, 2 wrong command line.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of("--out"), Set.of());
		if (arguments.operands().isEmpty()) {
			throw new UsageException("name the shard folders to merge");
		}
		List<Path> folders = arguments.operands().stream().map(Path::of).toList();
		ShardSet shards;
		try {
			List<ShardManifest> manifests = new ArrayList<>();
			for (Path folder : folders) {
				manifests.add(ShardManifest.read(folder));
			}
			shards = ShardSet.of(folders, manifests);
		} catch (IOException | ShardSet.Refused e) {
			err.println("lithos merge: " + e.getMessage());
			return INPUT_ERRORS;
		}
		ShardManifest first = shards.first();
		String stem = first.file().getFileName().toString().replaceFirst("\\.cell$", "");
		Path output = Path.of(arguments.option("--out", "lithos-out/" + stem));
		try {
			if (!ShardManifest.sha256(first.file()).equals(first.sha256())) {
				err.println("lithos merge: " + first.file() + " changed since the shards ran; rerun the shards (or"
						+ " restore the file) so that the report describes what ran");
				return INPUT_ERRORS;
			}
		} catch (IOException e) {
			err.println("lithos merge: cannot read " + first.file() + ", the file the shards ran: " + e.getMessage());
			return INPUT_ERRORS;
		}
		Optional<CompiledModel> compiled;
		try (var installed = SolverServices.teachValidator(registry)) {
			compiled = Compilation.compile(first.file(), out, err);
		}
		if (compiled.isEmpty()) {
			return INPUT_ERRORS;
		}
		try (OutputLock lock = OutputLock.acquire(output.resolve(".lithos.lock"), output)) {
			return mergeAll(shards, compiled.get(), output, out, err);
		} catch (OutputFolderException e) {
			err.println("lithos merge: " + e.getMessage());
			return INPUT_ERRORS;
		}
	}

	private int mergeAll(ShardSet shards, CompiledModel model, Path output, PrintStream out, PrintStream err) {
		List<RunOutcome> all = new ArrayList<>();
		try {
			for (ShardManifest.StudyPart part : shards.first().studies()) {
				StudyInput study = model.getStudies().stream().filter(s -> s.getName().equals(part.name())).findFirst()
						.orElse(null);
				if (study == null || study.getRuns().size() != part.runs()) {
					err.println("lithos merge: " + shards.first().file() + " no longer has study " + part.name() + " with "
							+ part.runs() + " runs; rerun the shards");
					return INPUT_ERRORS;
				}
				List<RunOutcome> outcomes = merge(shards, part, study, output.resolve(part.folder()));
				out.println(part.folder() + ": " + outcomes.size() + " runs from " + shards.folders().size() + " shards, "
						+ outcomes.stream().filter(RunOutcome::finished).count() + " finished");
				all.addAll(outcomes);
			}
			if (shards.first().studies().size() > 1 || Files.exists(output.resolve(StudyIndex.FILE))) {
				StudyIndex.write(output);
			}
		} catch (IOException e) {
			err.println("lithos merge: " + e.getMessage());
			return INPUT_ERRORS;
		}
		long unfinished = all.stream().filter(o -> !o.finished()).count();
		out.println("results in " + output + (unfinished == 0 ? "" : "; " + unfinished + " of " + all.size()
				+ " runs did not finish (see study.json)"));
		return unfinished == 0 ? OK : INPUT_ERRORS;
	}

	/** One study: its outcomes in the study's order, its folder staged from the shards and published whole. */
	private List<RunOutcome> merge(ShardSet shards, ShardManifest.StudyPart part, StudyInput study, Path target)
			throws IOException {
		RunOutcome[] outcomes = new RunOutcome[part.runs()];
		Instant started = shards.manifests().values().stream().map(ShardManifest::started).min(Instant::compareTo)
				.orElseThrow();
		try (StudyFolder folder = StudyFolder.open(target)) {
			for (var entry : shards.folders().entrySet()) {
				Path shardStudy = entry.getValue().resolve(part.folder());
				List<Integer> held = shards.manifests().get(entry.getKey()).studies().stream()
						.filter(p -> p.name().equals(part.name())).findFirst().orElseThrow().held();
				List<RunOutcome> stored = StoredStudy.readStatus(shardStudy).outcomes();
				if (stored.size() != held.size()) {
					throw new IOException(shardStudy + " holds " + stored.size() + " runs, its shard.json " + held.size()
							+ ": the shard folder was changed after it ran");
				}
				for (int i = 0; i < held.size(); i++) {
					int index = held.get(i);
					String id = study.getRuns().get(index).getId();
					RunOutcome run = stored.get(i);
					if (!run.runId().equals(id)) {
						throw new IOException(shardStudy + ": run " + (index + 1) + " is " + run.runId() + ", the file says "
								+ id + "; rerun the shards");
					}
					outcomes[index] = place(run, entry.getValue(), part.folder(), shardStudy, folder);
				}
			}
			List<RunOutcome> list = Arrays.asList(outcomes);
			ImageRenderer renderer = part.charts() == ChartLevel.NONE ? null : images.get().orElse(null);
			StudyReport.write(study, list, Comparison.of(study, list), folder.staging(),
					renderer == null ? ChartLevel.NONE : part.charts(), renderer);
			StudyStatus.write(study, list, started, folder.staging());
			folder.publish();
			return list;
		}
	}

	/** Copies a finished run's folder into the staged study and gives its outcome the exact result. */
	private static RunOutcome place(RunOutcome stored, Path shardFolder, String studyFolder, Path shardStudy,
			StudyFolder folder) throws IOException {
		if (!stored.finished()) {
			return stored;
		}
		String runFolder = ResultStore.folderName(stored.runId());
		SimulationResult result = ShardResults.read(ShardResults.file(shardFolder, studyFolder, runFolder));
		copyTree(shardStudy.resolve(runFolder), folder.staging().resolve(runFolder));
		return new RunOutcome(stored.runId(), stored.state(), stored.message(), result,
				folder.target().resolve(runFolder), stored.seconds());
	}

	private static void copyTree(Path from, Path to) throws IOException {
		if (!Files.isDirectory(from)) {
			throw new IOException(from + ": missing (the shard's folder is incomplete)");
		}
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path copy = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(path, copy);
				}
			}
		}
	}
}
