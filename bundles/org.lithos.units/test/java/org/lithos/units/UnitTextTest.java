package org.lithos.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Units as printed for people: the symbols the language writes in ASCII, typeset. */
class UnitTextTest {

	@Test
	void powersBecomeSuperscriptsMicroAndOhmTheirGreekLetters() {
		assertEquals("mAh/cm²", UnitText.typeset("mAh/cm2"));
		assertEquals("A/m²", UnitText.typeset("A/m2"));
		assertEquals("g/cm³", UnitText.typeset("g/cm3"));
		assertEquals("s⁻¹", UnitText.typeset("s^-1"));
		assertEquals("cm²", UnitText.typeset("cm^2"));
		assertEquals("µm", UnitText.typeset("um"));
		assertEquals("Ω cm²", UnitText.typeset("ohm cm2"));
		assertEquals("kΩ", UnitText.typeset("kohm"));
		assertEquals("°C", UnitText.typeset("degC"));
	}

	@Test
	void whatNeedsNoTypesettingIsLeftAlone() {
		for (String plain : new String[] { "V", "mV", "%", "mS/cm", "mAh/g", "h", "nm", "C", "", "cycles", "1/s" }) {
			assertEquals(plain, UnitText.typeset(plain), plain);
		}
		assertEquals(null, UnitText.typeset(null));
	}
}
