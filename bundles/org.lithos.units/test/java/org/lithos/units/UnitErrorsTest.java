package org.lithos.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Every way a symbol can be wrong gives a message that says what to write instead. */
class UnitErrorsTest {

	private static UnitException fail(String symbol) {
		return assertThrows(UnitException.class, () -> Units.parse(symbol), symbol);
	}

	private static void assertMessage(String symbol, String message) {
		assertEquals(message, fail(symbol).getMessage(), symbol);
	}

	@Test
	void emptyAndMissing() {
		assertMessage("", "empty unit symbol");
		assertMessage("   ", "empty unit symbol");
		assertMessage(null, "no unit given");
	}

	@Test
	void garbageCharacters() {
		assertMessage("@@", "unexpected character '@' in unit '@@'");
		assertMessage("mAh cm-2", "unexpected character ' ' in unit 'mAh cm-2' (no spaces inside a unit: write 'mAh/cm2')");
	}

	@Test
	void misplacedSeparators() {
		assertMessage("m//s", "missing unit after '/' in 'm//s'");
		assertMessage("cm2/", "missing unit after '/' in 'cm2/'");
		assertMessage("m..s", "missing unit next to '.' in 'm..s'");
		assertMessage("ohm*", "missing unit next to '*' in 'ohm*'");
		UnitException reciprocal = fail("/s");
		assertEquals("missing unit before '/' in '/s' (write '1/s' for a reciprocal)", reciprocal.getMessage());
		assertEquals(Optional.of("1/s"), reciprocal.suggestion());
	}

	@Test
	void malformedPowers() {
		assertMessage("cm^", "missing power after '^' in 'cm^'");
		assertMessage("cm^x", "cannot read the power in 'cm^x' of 'cm^x'; write it as 'cm2', 'cm^2' or 'cm^-2'");
		assertMessage("cm-2", "cannot read the power in 'cm-2' of 'cm-2'; write it as 'cm2', 'cm^2' or 'cm^-2'");
		assertMessage("cm^12", "power 12 in 'cm^12' is out of range (at most 9)");
		assertMessage("m/2", "'2' in 'm/2' is a number, not a unit");
		assertMessage("2cm", "'2cm' in '2cm' is not a unit");
	}

	@Test
	void barePowerOnlyOnLengthUnits() {
		UnitException e = fail("m/s2");
		assertEquals("write the power of 's' with '^' ('m/s^2'); a bare number after a unit is a power only for"
				+ " length units such as 'cm2'", e.getMessage());
		assertEquals(Optional.of("m/s^2"), e.suggestion());
	}

	@Test
	void unknownSimpleUnitSuggestsTheClosest() {
		UnitException e = fail("mAhh");
		assertEquals("unknown unit 'mAhh'; did you mean 'mAh'?", e.getMessage());
		assertEquals(Optional.of("mAh"), e.suggestion());
		assertEquals("mAhh", e.symbol());
		assertMessage("Mpa", "unknown unit 'Mpa'; did you mean 'MPa'?");
		assertMessage("hr", "unknown unit 'hr'; did you mean 'h'?");
		assertMessage("Ohm", "unknown unit 'Ohm'; did you mean 'ohm'?");
	}

	@Test
	void unknownPartOfACompoundIsCorrectedInPlace() {
		UnitException e = fail("mAh/cmm2");
		assertEquals("unknown unit 'cmm' in 'mAh/cmm2'; did you mean 'mAh/cm2'?", e.getMessage());
		assertEquals(Optional.of("mAh/cm2"), e.suggestion());
		assertMessage("mAhh/cmm2", "unknown units 'mAhh' and 'cmm' in 'mAhh/cmm2'; did you mean 'mAh/cm2'?");
		assertMessage("mA/cn2", "unknown unit 'cn' in 'mA/cn2'; did you mean 'mA/cm2'?");
	}

	@Test
	void noSuggestionWhenNothingIsClose() {
		UnitException e = fail("xyzzy");
		assertEquals("unknown unit 'xyzzy'", e.getMessage());
		assertTrue(e.suggestion().isEmpty());
		assertMessage("x", "unknown unit 'x'");
		assertMessage("xyzzy/cmm", "unknown units 'xyzzy' and 'cmm' in 'xyzzy/cmm'; did you mean 'cm' for 'cmm'?");
	}

	@Test
	void coulombIsNotAUnit() {
		// "C" would be read as a C-rate; a capacity written in coulombs must not pass as one.
		assertThrows(UnitException.class, () -> Units.parse("C", Dimension.CHARGE));
	}

	@Test
	void findAndCandidates() {
		assertTrue(Units.find("mAh/cmm2").isEmpty());
		assertTrue(Units.find(null).isEmpty());
		assertEquals(Dimension.AREAL_CAPACITY, Units.find("mAh/cm2").orElseThrow().dimension());
		assertThrows(UnitException.class, () -> Units.candidates("@@"));
	}
}
