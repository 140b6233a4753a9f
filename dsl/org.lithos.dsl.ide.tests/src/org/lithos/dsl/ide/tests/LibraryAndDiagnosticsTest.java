package org.lithos.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lithos.dsl.workspace.LithosWorkspace;

/** The built-in library is in the server's index, and the server's diagnostics are those of {@code lithos check}. */
class LibraryAndDiagnosticsTest {

	static final String HALF_CELL = """
			package t
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
			""";

	@TempDir
	Path folder;

	@Test
	void libraryMaterialsResolveAndTheirDefinitionIsAFileOnDisk() throws Exception {
		Path file = folder.resolve("half.cell");
		try (Server server = Server.withFiles(folder, Map.of("half.cell", HALF_CELL))) {
			List<Diagnostic> diagnostics = server.open(file, HALF_CELL);
			assertEquals(List.of(), diagnostics, "library names resolve");
			var definition = server.server.definition(new DefinitionParams(Server.document(file),
					Server.positionOf(HALF_CELL, "collector Cu", "collector ".length()))).get();
			List<? extends Location> locations = definition.getLeft();
			assertEquals(1, locations.size(), "one definition of Cu");
			Path target = Path.of(java.net.URI.create(locations.get(0).getUri()));
			assertTrue(target.getFileName().toString().equals("metals.cell") && Files.isRegularFile(target), target.toString());
			String line = Files.readAllLines(target).get(locations.get(0).getRange().getStart().getLine());
			assertTrue(line.contains("material Cu"), line);
		}
	}

	@Test
	void anInjectedErrorInEveryExampleGivesTheDiagnosticsOfLithosCheck() throws Exception {
		List<Path> examples;
		try (Stream<Path> files = Files.list(Server.EXAMPLES)) {
			examples = files.filter(f -> f.toString().endsWith(".cell")).sorted().toList();
		}
		for (Path example : examples) {
			Files.copy(example, folder.resolve(example.getFileName()));
		}
		try (Server server = Server.on(folder)) {
			for (Path example : examples) {
				Path file = folder.resolve(example.getFileName());
				String text = Files.readString(file).replaceFirst("(?m)^(\\s+)(collector|counter) (\\w+)", "$1$2 $3x");
				Files.writeString(file, text);
				List<String> expected = check(file);
				assertTrue(expected.stream().anyMatch(p -> p.contains("unknown material")), expected.toString());
				assertEquals(expected, asCheckLines(server.open(file, text)), file.toString());
			}
		}
	}

	/** @return what {@code lithos check FILE} reports, as {@code line:col: severity: message} */
	static List<String> check(Path file) {
		LithosWorkspace workspace = LithosWorkspace.create();
		workspace.addTargets(List.of(file));
		return workspace.validate().stream()
				.map(p -> p.line() + ":" + p.column() + ": " + (p.isError() ? "error" : "warning") + ": " + p.message())
				.sorted().toList();
	}

	static List<String> asCheckLines(List<Diagnostic> diagnostics) {
		return diagnostics.stream()
				.filter(d -> d.getSeverity() == DiagnosticSeverity.Error || d.getSeverity() == DiagnosticSeverity.Warning)
				.map(d -> (d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1)
						+ ": " + (d.getSeverity() == DiagnosticSeverity.Error ? "error" : "warning") + ": " + d.getMessage().getLeft())
				.sorted().toList();
	}

}
