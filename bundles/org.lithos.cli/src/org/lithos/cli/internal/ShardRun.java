package org.lithos.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.lithos.model.StudyInput;
import org.lithos.sim.ChartLevel;
import org.lithos.sim.RunOutcome;
import org.lithos.sim.store.ResultStore;
import org.lithos.sim.store.StudyFolder;

/**
 * {@code lithos run FILE --shard K/N}: runs the shard's share of every study into the output folder as a whole run
 * would (one folder per study, one per finished run), and records what {@code lithos merge} needs: each finished
 * run's exact result and, once every study has ended, {@link ShardManifest shard.json}.
 */
final class ShardRun {

	private final Shard shard;
	private final Path file;
	private final Long seed;
	private final Instant started = Instant.now();
	private final Map<StudyInput, StudyInput> wholes = new IdentityHashMap<>();
	private final List<ShardManifest.StudyPart> parts = new ArrayList<>();

	/**
	 * @param shard which share
	 * @param file  the .cell file
	 * @param seed  the study seed given with --seed, or null
	 */
	ShardRun(Shard shard, Path file, Long seed) {
		this.shard = shard;
		this.file = file.toAbsolutePath().normalize();
		this.seed = seed;
	}

	/**
	 * Forgets what an earlier run of this shard recorded in the folder, so that an interrupted rerun never leaves a
	 * manifest that looks finished. Called with the folder locked.
	 *
	 * @param output the shard's output folder
	 * @throws IOException when the old files cannot be removed
	 */
	static void forgetEarlier(Path output) throws IOException {
		Files.deleteIfExists(output.resolve(ShardManifest.FILE));
		StudyFolder.deleteTree(output.resolve(ShardResults.FOLDER));
	}

	/**
	 * @param studies the compiled studies
	 * @return the same studies cut down to this shard's runs, seeds fixed as for the whole study
	 */
	List<StudyInput> select(List<StudyInput> studies) {
		List<StudyInput> selected = new ArrayList<>();
		for (StudyInput whole : studies) {
			StudyInput part = shard.select(whole, seed);
			wholes.put(part, whole);
			selected.add(part);
		}
		return selected;
	}

	/**
	 * @param part  a study {@link #select} returned
	 * @param asked the level given with --charts, or null for the automatic choice
	 * @return the charts of the whole study: the automatic choice follows its size, not the shard's
	 */
	ChartLevel charts(StudyInput part, ChartLevel asked) {
		return asked != null ? asked : ChartLevel.automatic(wholes.get(part).getRuns().size());
	}

	/**
	 * Keeps the exact results of a study's finished runs.
	 *
	 * @param part     a study {@link #select} returned
	 * @param folder   its folder's name in the output folder
	 * @param charts   the chart level it ran with
	 * @param outcomes its outcomes, in order
	 * @param output   the shard's output folder
	 * @throws IOException when a result cannot be written
	 */
	void record(StudyInput part, String folder, ChartLevel charts, List<RunOutcome> outcomes, Path output)
			throws IOException {
		for (RunOutcome outcome : outcomes) {
			if (outcome.finished()) {
				ShardResults.write(ShardResults.file(output, folder, ResultStore.folderName(outcome.runId())),
						outcome.result());
			}
		}
		StudyInput whole = wholes.get(part);
		parts.add(new ShardManifest.StudyPart(whole.getName(), folder, whole.getRuns().size(),
				shard.indices(whole.getRuns().size()), charts));
	}

	/**
	 * Writes the manifest: the shard ended and every study it ran is recorded.
	 *
	 * @param output the shard's output folder
	 * @throws IOException when it cannot be written
	 */
	void finish(Path output) throws IOException {
		new ShardManifest(file, ShardManifest.sha256(file), shard, seed, started, List.copyOf(parts)).write(output);
	}
}
