package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.workspace.Formatting;
import org.lithos.dsl.workspace.LithosWorkspace;

/** The formatter's canonical layout, its idempotence, and that it never changes meaning. */
class FormatterTest {

	private static String format(String text) {
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addText("f.cell", text);
		return Formatting.format((XtextResource) resource);
	}

	@Test
	void messyInputGetsTheCanonicalLayout() {
		String messy = "package   test  import lithos.materials.*\n"
				+ "material M extends Li6PS5Cl { density 1.8 g/cm3 source \"x\"   particles 1 um .. 5 um }\n"
				+ "protocol P(j = 1 mA/cm2 ,q = 1 mAh/cm2) { repeat 2 { plate at j for q strip at j until 0.2 V } "
				+ "stop when shorted }";
		String expected = """
				package test

				import lithos.materials.*

				material M extends Li6PS5Cl {
				    density 1.8 g/cm3 source "x"
				    particles 1 um .. 5 um
				}

				protocol P(j = 1 mA/cm2, q = 1 mAh/cm2) {
				    repeat 2 {
				        plate at j for q
				        strip at j until 0.2 V
				    }
				    stop when shorted
				}
				""";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected), "formatting is idempotent");
	}

	@Test
	void commentsSurvive() {
		String text = "package t\n// about M\nmaterial M extends Li6PS5Cl { /* why */ density 1.8 g/cm3 // note\n }\n";
		String formatted = format(text);
		assertTrue(formatted.contains("// about M") && formatted.contains("/* why */") && formatted.contains("// note"),
				formatted);
	}

	@ParameterizedTest
	@MethodSource("org.lithos.dsl.tests.ExamplesTest#examples")
	void examplesKeepTheirMeaningAndFormatStably(Path file) throws Exception {
		String once = format(Files.readString(file));
		assertEquals(once, format(once), "idempotent on " + file);
		Cells.assertNoErrors(Cells.problems(once));
		String compactOriginal = Files.readString(file).replaceAll("\\s+", "");
		assertEquals(compactOriginal, once.replaceAll("\\s+", ""), "only whitespace changes");
	}
}
