package org.lithos.cli.internal;

import java.nio.file.Path;

/**
 * The batch script {@code lithos slurm} writes: one bash file that submits itself (run with bash: the job array,
 * then the merge job after it) and that Slurm runs as either job (an array task runs its shard, the merge job
 * merges). One file keeps the shard count, paths and options of a sweep in one place.
 *
 * @param file      the .cell file (absolute)
 * @param output    the results folder (absolute); shards go to output/shards/K
 * @param shards    the number of array tasks N
 * @param partition the partition, or null for the cluster's default
 * @param study     the one study to run, or null for all
 * @param seed      the study seed, or null
 * @param jobs      CPUs per task
 * @param lithos    the launcher the nodes run
 */
record SlurmScript(Path file, Path output, int shards, String partition, String study, String seed, int jobs,
		String lithos) {

	/** The environment variable that makes a job of the script the merge job. */
	static final String MERGE_VARIABLE = "LITHOS_SLURM_MERGE";

	/** @return the script */
	String text() {
		String runOptions = (study == null ? "" : " --study " + quote(study)) + (seed == null ? "" : " --seed " + seed);
		return """
				#!/bin/bash
				# Written by `lithos slurm`: runs %1$s as a Slurm job array of %2$d shards, then merges them.
				#   bash THIS_SCRIPT          submit the array (tasks 1-%2$d) and a merge job that starts when all succeeded
				#   bash THIS_SCRIPT 3,7      rerun only tasks 3 and 7 (after failures: scancel the waiting merge job,
				#                             list failed tasks with  sacct -j ARRAY_JOB -X -o JobID,State ) and merge again
				# Results: %3$s (what `lithos run` writes); shards in %3$s/shards/K; logs in %3$s/slurm/logs.
				#SBATCH --job-name=lithos-sweep
				#SBATCH --ntasks=1
				#SBATCH --cpus-per-task=%4$d
				%5$sset -u
				LITHOS="${LITHOS:-%6$s}"
				FILE=%7$s
				OUT=%8$s
				SHARDS=%2$d

				if [ -z "${SLURM_JOB_ID:-}" ]; then
				  # not inside Slurm: submit this script as the array, then as the merge job
				  tasks="${1:-1-$SHARDS}"
				  mkdir -p "$OUT/slurm/logs" || exit 1
				  array=$(sbatch --parsable --array="$tasks" --output="$OUT/slurm/logs/shard-%%a.out" "$0") || exit 1
				  array="${array%%%%;*}"
				  merge=$(sbatch --parsable --job-name=lithos-merge --dependency=afterok:"$array" \\
				    --output="$OUT/slurm/logs/merge-%%j.out" --export=ALL,%9$s=1 "$0") || exit 1
				  echo "submitted the shards as job array $array (tasks $tasks) and the merge as job ${merge%%%%;*}"
				  exit 0
				fi

				if [ "${%9$s:-}" = 1 ]; then
				  folders=()
				  for k in $(seq 1 "$SHARDS"); do folders+=("$OUT/shards/$k"); done
				  exec "$LITHOS" merge "${folders[@]}" --out "$OUT"
				fi

				if [ -z "${SLURM_ARRAY_TASK_ID:-}" ]; then
				  echo "submit this script with bash (bash $0), not with sbatch: it submits the array and the merge" >&2
				  exit 2
				fi
				K="$SLURM_ARRAY_TASK_ID"
				"$LITHOS" run "$FILE" --shard "$K/$SHARDS" --out "$OUT/shards/$K" --jobs "${SLURM_CPUS_PER_TASK:-1}"%10$s
				code=$?
				# exit 1 with shard.json: the shard ended and recorded every run, some of which failed in the solver;
				# the merged study lists them, so the task counts as done (rerunning would fail the same way)
				if [ "$code" = 1 ] && [ -f "$OUT/shards/$K/shard.json" ]; then exit 0; fi
				exit "$code"
				""".formatted(file, shards, output, jobs, partition == null ? "" : "#SBATCH --partition=" + partition + "\n",
				lithos.replace("\"", "\\\""), quote(file.toString()), quote(output.toString()), MERGE_VARIABLE,
				runOptions);
	}

	/** @return the text as one shell word */
	static String quote(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}
}
