package org.lithos.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The shard folders given to {@code lithos merge}, checked against each other: they ran the same file (same content)
 * with the same number of shards, seed and studies, no shard twice, and none missing.
 *
 * @param folders   the shard folders, by shard index K
 * @param manifests their manifests, by shard index K
 */
record ShardSet(Map<Integer, Path> folders, Map<Integer, ShardManifest> manifests) {

	/** Thrown when the shards cannot be merged; the message says why and what to do. */
	static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	/**
	 * @param folders   the shard folders, in the order given
	 * @param manifests their manifests, same order
	 * @return the complete, consistent set
	 * @throws Refused when shards overlap, are missing or disagree (the message names the folders)
	 */
	static ShardSet of(List<Path> folders, List<ShardManifest> manifests) throws Refused {
		ShardManifest first = manifests.get(0);
		Map<Integer, Path> byIndex = new TreeMap<>();
		Map<Integer, ShardManifest> manifestByIndex = new TreeMap<>();
		for (int i = 0; i < folders.size(); i++) {
			Path folder = folders.get(i);
			ShardManifest manifest = manifests.get(i);
			consistent(folders.get(0), first, folder, manifest);
			Path earlier = byIndex.putIfAbsent(manifest.shard().index(), folder);
			if (earlier != null) {
				throw new Refused("shards overlap: " + earlier + " and " + folder + " both hold shard " + manifest.shard()
						+ "; give each shard's folder once");
			}
			manifestByIndex.put(manifest.shard().index(), manifest);
		}
		int count = first.shard().count();
		List<String> missing = new ArrayList<>();
		for (int k = 1; k <= count; k++) {
			if (!byIndex.containsKey(k)) {
				missing.add(k + "/" + count);
			}
		}
		if (!missing.isEmpty()) {
			throw new Refused("shard" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " of "
					+ first.file() + (missing.size() == 1 ? " is" : " are") + " missing: run "
					+ (missing.size() == 1 ? "it" : "them") + " with `lithos run " + first.file()
					+ " --shard K/N` (or rerun the failed array tasks) and merge all " + count + " folders");
		}
		return new ShardSet(byIndex, manifestByIndex);
	}

	private static void consistent(Path firstFolder, ShardManifest first, Path folder, ShardManifest manifest)
			throws Refused {
		String problem = null;
		if (!first.file().equals(manifest.file())) {
			problem = "ran " + first.file() + " and " + manifest.file();
		} else if (!first.sha256().equals(manifest.sha256())) {
			problem = "ran different contents of " + first.file() + " (it changed between the shards)";
		} else if (first.shard().count() != manifest.shard().count()) {
			problem = "split the runs into " + first.shard().count() + " and " + manifest.shard().count() + " shards";
		} else if (!Objects.equals(first.seed(), manifest.seed())) {
			problem = "used the seeds " + seed(first) + " and " + seed(manifest);
		} else if (!studies(first).equals(studies(manifest))) {
			problem = "ran different studies (" + studies(first) + " and " + studies(manifest) + ")";
		}
		if (problem != null) {
			throw new Refused("inconsistent shards: " + firstFolder + " and " + folder + " " + problem
					+ "; merge only the shards of one `lithos slurm` or `lithos run --shard` sweep");
		}
	}

	private static String seed(ShardManifest manifest) {
		return manifest.seed() == null ? "of the runs (no --seed)" : Long.toString(manifest.seed());
	}

	private static String studies(ShardManifest manifest) {
		return manifest.studies().stream().map(s -> s.name() + " (" + s.runs() + " runs, charts "
				+ s.charts().name().toLowerCase(java.util.Locale.ROOT) + ")").collect(Collectors.joining(", "));
	}

	/** @return any one manifest (they agree on the file, seed and studies) */
	ShardManifest first() {
		return manifests.values().iterator().next();
	}
}
