package org.lithos.dsl.catalog;

import java.util.List;
import java.util.OptionalInt;

/**
 * The ordinal words a step address may use ({@code after the third charge}): {@code first} to {@code twentieth},
 * and {@code last} for the last such step. Larger numbers are written as numbers ({@code after charge 25}).
 */
public final class Ordinals {

	/** The value {@link #of(String)} gives for {@code last}. */
	public static final int LAST = -1;

	private static final List<String> WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
			"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
			"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

	private Ordinals() {
	}

	/**
	 * @param word an ordinal as written, may be null
	 * @return its number from 1, {@link #LAST} for {@code last}, empty when it is no ordinal
	 */
	public static OptionalInt of(String word) {
		if ("last".equals(word)) {
			return OptionalInt.of(LAST);
		}
		int index = WORDS.indexOf(word);
		return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
	}

	/** @return every ordinal word, {@code first} to {@code twentieth} and then {@code last} */
	public static List<String> words() {
		List<String> all = new java.util.ArrayList<>(WORDS);
		all.add("last");
		return all;
	}
}
