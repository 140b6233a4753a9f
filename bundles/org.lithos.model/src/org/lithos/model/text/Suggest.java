package org.lithos.model.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Did-you-mean suggestions: the closest known word by edit distance, ignoring case. */
public final class Suggest {

	private Suggest() {
	}

	/**
	 * @param word  what the user wrote
	 * @param known the valid words
	 * @return the closest valid word within a distance that grows with the word's length (1 for short words,
	 *         up to a third of the length), or empty
	 */
	public static Optional<String> closest(String word, Collection<String> known) {
		if (word == null || word.isEmpty()) {
			return Optional.empty();
		}
		String lower = word.toLowerCase(Locale.ROOT);
		int limit = Math.max(1, Math.min(4, word.length() / 3));
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : known) {
			if (candidate.equals(word)) {
				continue;
			}
			int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
			if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return bestDistance <= limit ? Optional.of(best) : Optional.empty();
	}

	/** @return the message suffix {@code "; did you mean 'x'?"} or an empty string */
	public static String didYouMean(String word, Collection<String> known) {
		return closest(word, known).map(s -> "; did you mean '" + s + "'?").orElse("");
	}

	/** Levenshtein distance with adjacent transpositions counted as one edit. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
