package org.lithos.units.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Levenshtein distance and the choice among equally close words. */
class SuggestionsTest {

	@Test
	void distanceCountsInsertionsDeletionsAndSubstitutions() {
		assertEquals(0, Suggestions.distance("mAh", "mAh"));
		assertEquals(1, Suggestions.distance("mAhh", "mAh"));
		assertEquals(1, Suggestions.distance("mA", "mAh"));
		assertEquals(1, Suggestions.distance("mAg", "mAh"));
		assertEquals(3, Suggestions.distance("kitten", "sitting"));
		assertEquals(3, Suggestions.distance("", "abc"));
		assertEquals(1, Suggestions.distance("Pa", "pa"));
	}

	@Test
	void tiesGoToTheLongerCommonPrefix() {
		// "cmm" is one edit from both "mm" and "cm"; whoever typed "cmm" started with "cm".
		assertEquals(Optional.of("cm"), Suggestions.closest("cmm", List.of("mm", "cm")));
		assertEquals(Optional.of("cm"), Suggestions.closest("cmm", UnitTable.symbols()));
	}

	@Test
	void caseInsensitiveMatchWins() {
		assertEquals(Optional.of("MPa"), Suggestions.closest("mpa", UnitTable.symbols()));
		assertEquals(Optional.of("C"), Suggestions.closest("c", UnitTable.symbols()));
	}

	@Test
	void nothingFartherThanTwoEdits() {
		assertEquals(Optional.empty(), Suggestions.closest("mAhhh", List.of("mA")));
		assertEquals(Optional.of("mA"), Suggestions.closest("mAhh", List.of("mA")));
	}
}
