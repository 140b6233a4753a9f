package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.lithos.dsl.compiler.CompileException;
import org.lithos.dsl.compiler.LithosCompiler;
import org.lithos.dsl.lithos.Model;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;
import org.lithos.model.CompiledModel;

/**
 * Test helpers: validate or compile source text together with the material library. Public for the command-line tests
 * (org.lithos.cli.tests), which run their commands on the same cells.
 */
public final class Cells {

	/**
	 * The examples folder, relative to a test bundle two levels below the repository (Tycho runs tests in the module
	 * folder).
	 */
	public static final Path EXAMPLES = Path.of("../../dsl/examples");
	/** The library sources, relative to this test bundle. */
	static final Path LIBRARY = Path.of("../../bundles/org.lithos.materials/library");

	/** A standard, valid half cell and protocol that snippets can build on. */
	public static final String BASE = """
			package test
			import lithos.materials.*

			cell Half {
			    format half
			    area 12 mm diameter
			    counter Li foil 100 um
			    separator Li6PS5Cl 150 mg
			    collector Cu 9 um
			    pressure 9 MPa
			    temperature 25 C
			}

			protocol Cycle(j = 1 mA/cm2, q = 1 mAh/cm2, n = 2) {
			    repeat n {
			        plate at j for q
			        strip at j until 0.2 V
			    }
			}
			""";

	private Cells() {
	}

	/** @return every problem of the text (library loaded) */
	static List<Problem> problems(String text) {
		LithosWorkspace workspace = LithosWorkspace.create();
		workspace.addText("test.cell", text);
		return workspace.validate();
	}

	/** @return problems of BASE plus the snippet */
	static List<Problem> problemsWithBase(String snippet) {
		return problems(BASE + "\n" + snippet);
	}

	/** Asserts there is a problem with the code whose message contains the fragment. */
	static Problem assertProblem(List<Problem> problems, String code, String fragment) {
		for (Problem problem : problems) {
			if (code.equals(problem.code()) && problem.message().contains(fragment)) {
				return problem;
			}
		}
		fail("expected " + code + " containing '" + fragment + "' but got:\n" + describe(problems));
		return null;
	}

	/** Asserts there are no errors (warnings allowed). */
	static void assertNoErrors(List<Problem> problems) {
		List<Problem> errors = problems.stream().filter(Problem::isError).toList();
		assertTrue(errors.isEmpty(), () -> "unexpected errors:\n" + describe(errors));
	}

	static String describe(List<Problem> problems) {
		return problems.stream().map(p -> p.format() + " [" + p.code() + "]").collect(Collectors.joining("\n"));
	}

	/** @return the compiled studies of valid text */
	static CompiledModel compile(String text) throws CompileException {
		LithosWorkspace workspace = LithosWorkspace.create();
		Resource resource = workspace.addText("test.cell", text);
		assertNoErrors(workspace.validate());
		return new LithosCompiler(workspace.resourceSet()).compile((Model) resource.getContents().get(0), "test.cell");
	}
}
