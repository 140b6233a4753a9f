package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lithos.dsl.validation.IssueCodes;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.dsl.workspace.Problem;

/** Names across files: imports, the implicit same-package import, and duplicates between files. */
class ScopingTest {

	private static final String CELLS = """
			package lab.cells
			import lithos.materials.*
			cell Base {
			    format half
			    area 1 cm2
			    counter Li 100 um
			    separator Li6PS5Cl 600 um
			    collector Cu 9 um
			    pressure 5 MPa
			}
			""";

	private static Path folder(String... files) throws IOException {
		Path folder = Files.createTempDirectory("scoping");
		for (int i = 0; i < files.length; i += 2) {
			Files.writeString(folder.resolve(files[i]), files[i + 1]);
		}
		return folder;
	}

	private static List<Problem> check(Path file) {
		LithosWorkspace workspace = LithosWorkspace.create();
		workspace.addTargets(List.of(file));
		return workspace.validate();
	}

	@Test
	void importsReachOtherFilesInTheFolder() throws IOException {
		Path folder = folder("cells.cell", CELLS, "study.cell", """
				package lab.studies
				import lab.cells.*
				protocol P { plate at 1 mA/cm2 for 1 mAh/cm2 }
				study S { run Base with P }
				""");
		assertEquals("", Cells.describe(check(folder.resolve("study.cell"))));
	}

	@Test
	void qualifiedNamesNeedNoImport() throws IOException {
		Path folder = folder("cells.cell", CELLS, "study.cell", """
				package lab.studies
				protocol P { plate at 1 mA/cm2 for 1 mAh/cm2 }
				study S { run lab.cells.Base with P }
				""");
		assertEquals("", Cells.describe(check(folder.resolve("study.cell"))));
	}

	@Test
	void filesOfOnePackageSeeEachOther() throws IOException {
		Path folder = folder("cells.cell", CELLS, "more.cell", """
				package lab.cells
				cell Pressed extends Base { pressure 20 MPa }
				""");
		assertEquals("", Cells.describe(check(folder.resolve("more.cell"))));
	}

	@Test
	void withoutImportOtherPackagesStayHidden() throws IOException {
		Path folder = folder("cells.cell", CELLS, "study.cell", """
				package lab.studies
				protocol P { plate at 1 mA/cm2 for 1 mAh/cm2 }
				study S { run Base with P }
				""");
		Cells.assertProblem(check(folder.resolve("study.cell")), IssueCodes.UNKNOWN_REFERENCE, "unknown cell 'Base'");
	}

	@Test
	void theSameQualifiedNameInTwoFilesIsAnError() throws IOException {
		Path folder = folder("cells.cell", CELLS, "copy.cell", CELLS.replace("cell Base", "cell Base \"copy\""));
		Cells.assertProblem(check(folder.resolve("copy.cell")), IssueCodes.DUPLICATE_NAME, "also defined in cells.cell");
	}

	@Test
	void argumentsResolveToTheProtocolsParameters() {
		Cells.assertProblem(Cells.problemsWithBase("study S { run Half with Cycle(jj = 2 mA/cm2) }"),
				IssueCodes.UNKNOWN_REFERENCE, "did you mean 'j'?");
	}
}
