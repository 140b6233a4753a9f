package org.lithos.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lithos.cli.api.UsageException;
import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;

/**
 * One share of a study's runs, for sweeps spread over several machines ({@code lithos run FILE --shard K/N}). Shard K
 * of N holds the runs whose index i (0-based, in the study's order) has {@code i mod N = K - 1}: the assignment
 * depends only on the index, so every machine computes the same split, and taking every N-th run spreads a sweep's
 * expensive corner over all shards.
 *
 * @param index K, 1..count
 * @param count N, 1 or more
 */
public record Shard(int index, int count) {

	/** The option that selects a shard. */
	public static final String OPTION = "--shard";

	/** Validates K and N. */
	public Shard {
		if (count < 1 || index < 1 || index > count) {
			throw new UsageException(OPTION + " K/N needs 1 <= K <= N, not " + index + "/" + count);
		}
	}

	/**
	 * @param text "K/N", for example "3/8"
	 * @return the shard
	 * @throws UsageException when the text is not of that form
	 */
	public static Shard parse(String text) {
		String[] parts = text.split("/", -1);
		try {
			if (parts.length == 2) {
				return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(OPTION + " takes K/N (shard K of N, e.g. 2/8), not '" + text + "'");
	}

	/**
	 * @param run a run's index in its study, from 0
	 * @return whether this shard holds it
	 */
	public boolean holds(int run) {
		return run % count == index - 1;
	}

	/**
	 * @param runs a study's number of runs
	 * @return the indices of the runs this shard holds, ascending
	 */
	public List<Integer> indices(int runs) {
		List<Integer> held = new ArrayList<>();
		for (int i = index - 1; i < runs; i += count) {
			held.add(i);
		}
		return held;
	}

	/**
	 * The study cut down to this shard's runs. The seeds are fixed here as a whole run fixes them (run i gets
	 * {@code seed + i}, i its index in the whole study), so a run's result does not depend on how the study was split.
	 *
	 * @param study a compiled study (not modified)
	 * @param seed  the seed of the whole study, or null to keep the runs' own seeds
	 * @return a copy holding only this shard's runs, in the study's order
	 */
	public StudyInput select(StudyInput study, Long seed) {
		StudyInput part = EcoreUtil.copy(study);
		List<SimulationInput> runs = part.getRuns();
		for (int i = runs.size() - 1; i >= 0; i--) {
			if (!holds(i)) {
				runs.remove(i);
			} else if (seed != null) {
				runs.get(i).setSeed(seed + i);
			}
		}
		return part;
	}

	@Override
	public String toString() {
		return index + "/" + count;
	}
}
