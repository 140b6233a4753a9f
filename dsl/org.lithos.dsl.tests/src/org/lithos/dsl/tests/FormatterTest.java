package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
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

	@Test
	void headerLinesStayWholeAlignedCommentsStayAlignedAndTheFinalNewlineStays() {
		String text = """
				package t

				import lithos.materials.*

				cell C {
				    format half                   // half | full
				    collector Cu 9 um {
				        layer W 30 nm             // first
				        layer Mg 140 nm           // second
				    }
				    cathode NMC811 {
				        coating LiNbO3
				        mix with Li6PS5Cl 70 : 30 by mass
				    }
				}
				""";
		assertEquals(text, format(text));
	}

	@Test
	void aFileEndingInACommentKeepsItAndItsNewline() {
		String text = "package t\n\nmaterial M extends Li6PS5Cl {\n    density 1.8 g/cm3\n}\n// the end\n";
		assertEquals(text, format(text));
		assertEquals(text, format(text.substring(0, text.length() - 1)) , "a missing final newline is added");
	}

	@ParameterizedTest
	@MethodSource("org.lithos.dsl.tests.ExamplesTest#examples")
	void examplesAreFormattedAlready(Path file) throws Exception {
		String text = Files.readString(file);
		assertEquals(text, format(text), "lithos format --check " + file);
	}

	@ParameterizedTest
	@MethodSource("org.lithos.dsl.tests.ExamplesTest#examples")
	void formattingAMessedUpExampleRestoresItsLayoutKeepingTokensCommentsAndMeaning(Path file) throws Exception {
		String original = Files.readString(file);
		// the same tokens and comments with every layout destroyed: indentation gone, blank lines doubled
		String messy = original.replaceAll("(?m)^ +", "").replace("\n\n", "\n\n\n");
		String once = format(messy);
		assertEquals(once, format(once), "idempotent on " + file);
		Cells.assertNoErrors(Cells.problems(once));
		assertEquals(tokens(messy), tokens(once), "the same tokens and comments, in order");
		assertTrue(EcoreUtil.equals(withoutSourceLines(Cells.compile(messy)), withoutSourceLines(Cells.compile(once))),
				"the same SimulationInput");
		assertEquals(original, once, "the example's own layout is the canonical one");
	}

	/** Source lines are layout, not meaning: they are cleared before comparing compiled models. */
	private static EObject withoutSourceLines(EObject model) {
		model.eAllContents().forEachRemaining(object -> {
			EStructuralFeature line = object.eClass().getEStructuralFeature("sourceLine");
			if (line != null) {
				object.eUnset(line);
			}
		});
		return model;
	}

	/** @return the text of every token and comment (whitespace left out), in order */
	private static List<String> tokens(String text) {
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addText("f.cell", text);
		List<String> tokens = new ArrayList<>();
		for (ILeafNode leaf : ((XtextResource) resource).getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.getText().isBlank()) {
				tokens.add(leaf.getText().strip());
			}
		}
		return tokens;
	}
}
