package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.lithos.CRate;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.Model;
import org.lithos.dsl.lithos.Quantity;
import org.lithos.dsl.lithos.Range;
import org.lithos.dsl.lithos.Setting;
import org.lithos.dsl.workspace.LithosWorkspace;

/** How text becomes a model: numbers, units, ranges, multi-word names. */
class ParsingTest {

	private static Material material(String settings) {
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addText("p.cell", "material M { " + settings + " }");
		assertEquals(List.of(), resource.getErrors(), "syntax errors");
		return (Material) ((Model) resource.getContents().get(0)).getElements().get(0);
	}

	private static Quantity quantity(Setting setting) {
		return (Quantity) setting.getValue();
	}

	@Test
	void numbersWithSignsDecimalsAndExponents() {
		Material m = material("a -0.57 eV  b 6e-11 cm2/s  c 1.5E+3 mA  d 0.534 g/cm3");
		assertEquals(-0.57, quantity(m.getSettings().get(0)).getValue(), 0);
		assertEquals("eV", quantity(m.getSettings().get(0)).getUnit());
		assertEquals(6e-11, quantity(m.getSettings().get(1)).getValue(), 0);
		assertEquals(1500, quantity(m.getSettings().get(2)).getValue(), 0);
		assertEquals("g/cm3", quantity(m.getSettings().get(3)).getUnit());
	}

	@Test
	void unitsWithSpacesAreCompacted() {
		assertEquals("mA/cm2", quantity(material("j 1 mA / cm2").getSettings().get(0)).getUnit());
		assertEquals("ohm.cm2", quantity(material("r 5 ohm.cm2").getSettings().get(0)).getUnit());
	}

	@Test
	void multiWordNamesAndEscapedKeywords() {
		Material m = material("molar volume 13 cm3/mol  ^interface resistance 5 ohm.cm2  areal capacity 1 mAh/cm2");
		assertEquals(List.of("molar volume", "interface resistance", "areal capacity"),
				m.getSettings().stream().map(Setting::getName).toList());
	}

	@Test
	void rangesAndConditions() {
		Setting setting = material("particles 1 um .. 5 um at 9 MPa, 25 C source \"x\"").getSettings().get(0);
		Range range = (Range) setting.getValue();
		assertEquals(1, ((Quantity) range.getLow()).getValue(), 0);
		assertEquals(5, ((Quantity) range.getHigh()).getValue(), 0);
		assertEquals(2, setting.getConditions().size());
		assertEquals("x", setting.getSource());
	}

	@Test
	void cRatesBothWays() {
		Material m = material("a 0.33C  b C/3");
		assertEquals("C", quantity(m.getSettings().get(0)).getUnit());
		assertEquals(3, ((CRate) m.getSettings().get(1).getValue()).getDivisor(), 0);
	}

	@Test
	void syntaxErrorsNameTheLine() {
		LithosWorkspace workspace = LithosWorkspace.create();
		workspace.addText("broken.cell", "package p\n\ncell X {\n  format halfish\n}\n");
		var problems = workspace.validate();
		assertTrue(problems.stream().anyMatch(p -> p.isError() && p.line() == 4), Cells.describe(problems));
	}
}
