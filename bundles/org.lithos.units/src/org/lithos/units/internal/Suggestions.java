package org.lithos.units.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the known symbol closest to a mistyped one, by Levenshtein distance.
 */
public final class Suggestions {

	/** Farther than two edits, a suggestion is more often wrong than helpful. */
	public static final int MAX_DISTANCE = 2;

	private Suggestions() {
	}

	/**
	 * The closest known word: a case-insensitive match if there is one ("Mpa" gives "MPa"), else
	 * the nearest within {@link #MAX_DISTANCE} edits, ties going to the longer common prefix and
	 * then to the earlier word in {@code known}. A word is never replaced wholesale ("x" gets no
	 * suggestion), because rewriting every character is no longer a typo fix.
	 *
	 * @param word  the unknown word
	 * @param known the candidates, in order of preference
	 * @return the suggestion, empty if none is close enough
	 */
	public static Optional<String> closest(String word, Collection<String> known) {
		for (String candidate : known) {
			if (candidate.equalsIgnoreCase(word)) {
				return Optional.of(candidate);
			}
		}
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		int bestPrefix = -1;
		for (String candidate : known) {
			int d = distance(word, candidate);
			if (d > MAX_DISTANCE || d >= word.length()) {
				continue;
			}
			int prefix = commonPrefix(word, candidate);
			if (d < bestDistance || (d == bestDistance && prefix > bestPrefix)) {
				best = candidate;
				bestDistance = d;
				bestPrefix = prefix;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Levenshtein distance: the fewest single-character insertions, deletions and substitutions
	 * that turn one word into the other (case-sensitive).
	 *
	 * @param a one word
	 * @param b the other
	 * @return the number of edits
	 */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static int commonPrefix(String a, String b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
			n++;
		}
		return n;
	}
}
