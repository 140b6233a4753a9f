package org.lithos.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.catalog.ObservableMeanings;
import org.lithos.dsl.catalog.Observables;
import org.lithos.dsl.validation.IssueCodes;

/**
 * Completion, hover, symbols, semantic tokens, quick fixes, definitions, references, highlights and rename of the
 * server.
 */
class ServicesTest {

	static final String CELLS = """
			package t

			import lithos.materials.*

			material Mine extends Li6PS5Cl "milled" {
			    conductivity 0.8 mS/cm    source "doi:x"
			}

			cell Half {
			    format half
			    area 12 mm diameter
			    counter Li foil 100 um
			    separator Mine 150 mg
			    collector Cu 9 um
			    pressure 9 MPa
			    temperature 25 C
			}
			""";

	static final String STUDY = """
			package t

			import lithos.materials.*

			protocol Cycle(j = 1 mA/cm2, n = 2) {
			    repeat n {
			        plate at j for 1 mAh/cm2
			        strip at j until 0.2 V
			    }
			}

			study S {
			    run Half with Cycle
			    expect first cycle efficiency of Half = 90 % +- 5 %
			}
			""";

	static Path folder;
	static Server server;
	static Path cells;
	static Path study;

	@BeforeAll
	static void start() throws Exception {
		folder = Files.createTempDirectory("lithos-services");
		cells = folder.resolve("cells.cell");
		study = folder.resolve("study.cell");
		server = Server.withFiles(folder, Map.of("cells.cell", CELLS, "study.cell", STUDY));
		assertEquals(List.of(), server.open(cells, CELLS));
		assertEquals(List.of(), server.open(study, STUDY));
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	private static List<String> completions(Path file, String source, String before, int offset) throws Exception {
		var completion = server.server.completion(new CompletionParams(Server.document(file),
				Server.positionOf(source, before, offset))).get();
		List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	@Test
	void completionOffersLibraryMaterialsPropertiesObservablesUnitsAndStepWords() throws Exception {
		List<String> materials = completions(cells, CELLS, "collector Cu", "collector ".length());
		assertTrue(materials.containsAll(List.of("Cu", "Li6PS5Cl", "NMC811", "Mine")), materials.toString());
		List<String> properties = completions(cells, CELLS, "    conductivity", 4);
		assertTrue(properties.containsAll(List.of("conductivity", "density", "molar mass")), properties.toString());
		List<String> steps = completions(study, STUDY, "        strip at", 8);
		assertTrue(steps.containsAll(List.of("plate", "strip", "charge", "discharge", "hold", "rest", "store", "repeat")),
				steps.toString());
		assertFalse(steps.contains("{"), "punctuation is typed, not proposed");
		List<String> observables = completions(study, STUDY, "expect first", "expect ".length());
		assertTrue(observables.containsAll(List.of("first cycle efficiency", "cycle life")), observables.toString());
		List<String> units = completions(cells, CELLS, "9 MPa", 2);
		assertTrue(units.containsAll(List.of("MPa", "kPa")), units.toString());
		List<String> cellsAndProtocols = completions(study, STUDY, "run Half with Cycle", "run ".length());
		assertTrue(cellsAndProtocols.contains("Half"), cellsAndProtocols.toString());
		List<String> protocols = completions(study, STUDY, "with Cycle", "with ".length());
		assertTrue(protocols.contains("Cycle"), protocols.toString());
		// issue 13: where an expectation looks (a cycle, a range of cycles, a step, a reference cycle)
		List<String> addresses = completions(study, STUDY, "of Half = 90", "of Half ".length());
		assertTrue(addresses.containsAll(List.of("at", "over", "after", "relative", "when")), addresses.toString());
		assertTrue(observables.containsAll(List.of("voltage", "current", "capacity", "instability onset")),
				observables.toString());
	}

	@Test
	void completionOffersOrdinalsInAStepAddress() throws Exception {
		String steps = STUDY.replace("protocol Cycle(", "protocol Cycle2(").replace("with Cycle", "with Cycle2")
				.replace("study S {", "study Steps {").replace(
				"expect first cycle efficiency of Half = 90 % +- 5 %", "expect voltage of Half after the second strip > 0.1 V");
		Path file = folder.resolve("steps.cell");
		server.open(file, steps);
		List<String> ordinals = completions(file, steps, "second strip", 0);
		assertTrue(ordinals.containsAll(List.of("first", "second", "third", "last")), ordinals.toString());
	}

	@Test
	void theStartOfAStepIsProposedAsAPhraseAndExplainedOnHover() throws Exception {
		String steps = STUDY.replace("protocol Cycle(", "protocol Cycle3(").replace("with Cycle", "with Cycle3")
				.replace("study S {", "study Starts {").replace("expect first cycle efficiency of Half = 90 % +- 5 %",
						"expect voltage of Half at the start of the first plate = -0.1 V +- 30 %\n"
								+ "    expect voltage of Half after the first plate < 0 V");
		Path file = folder.resolve("starts.cell");
		assertEquals(List.of(), server.open(file, steps));
		List<String> addresses = completions(study, STUDY, "of Half = 90", "of Half ".length());
		assertTrue(addresses.containsAll(List.of("at the start of", "after")), addresses.toString());
		String start = hover(file, steps, "the start of the first plate", 4);
		assertTrue(start.contains("at the start of the first plate") && start.contains("before it has moved any Li"),
				start);
		String end = hover(file, steps, "after the first plate", 0);
		assertTrue(end.contains("The end of the step"), end);
	}

	private static String hover(Path file, String source, String at, int offset) throws Exception {
		var hover = server.server.hover(new HoverParams(Server.document(file), Server.positionOf(source, at, offset))).get();
		return hover == null || hover.getContents() == null ? "" : hover.getContents().getRight().getValue();
	}

	@Test
	void hoverShowsMaterialPropertiesWithSourcesQuantitiesInSiAndObservableMeanings() throws Exception {
		String cu = hover(cells, CELLS, "collector Cu", "collector ".length());
		assertTrue(cu.contains("material Cu") && cu.contains("density") && cu.contains("g/cm3") && cu.contains("doi:"), cu);
		String mine = hover(cells, CELLS, "separator Mine", "separator ".length());
		assertTrue(mine.contains("extends Li6PS5Cl") && mine.contains("0.8 mS/cm") && mine.contains("doi:x"), mine);
		String quantity = hover(cells, CELLS, "9 MPa", 0);
		assertTrue(quantity.contains("9 MPa") && quantity.contains("9e+06 Pa (SI)") && quantity.contains("pressure"), quantity);
		String observable = hover(study, STUDY, "first cycle efficiency", 6);
		assertTrue(observable.contains("Coulombic efficiency of the first cycle"), observable);
	}

	@Test
	void everyObservableAndAxisHasAMeaning() {
		Set<String> missing = Observables.axes().stream().filter(name -> ObservableMeanings.of(name).isEmpty())
				.collect(Collectors.toCollection(java.util.TreeSet::new));
		assertEquals(Set.of(), missing);
	}

	@Test
	void documentSymbolsHaveShortNamesAndKinds() throws Exception {
		var symbols = server.server.documentSymbol(new DocumentSymbolParams(Server.document(study))).get();
		List<String> flat = new ArrayList<>();
		for (var symbol : symbols) {
			if (symbol.isRight()) {
				flatten(symbol.getRight(), flat);
			} else {
				flat.add(symbol.getLeft().getName() + ":" + symbol.getLeft().getKind());
			}
		}
		assertTrue(flat.containsAll(List.of("Cycle:" + SymbolKind.Function, "S:" + SymbolKind.Module,
				"j:" + SymbolKind.Variable)), flat.toString());
		var cellSymbols = server.server.documentSymbol(new DocumentSymbolParams(Server.document(cells))).get();
		List<String> names = new ArrayList<>();
		cellSymbols.forEach(s -> flatten(s.getRight(), names));
		assertTrue(names.containsAll(List.of("Mine:" + SymbolKind.Struct, "Half:" + SymbolKind.Class)), names.toString());
	}

	private static void flatten(DocumentSymbol symbol, List<String> into) {
		into.add(symbol.getName() + ":" + symbol.getKind());
		if (symbol.getChildren() != null) {
			symbol.getChildren().forEach(child -> flatten(child, into));
		}
	}

	@Test
	void semanticTokensMarkMaterialsCellsProtocolsAndLibraryMaterials() throws Exception {
		List<String> types = server.capabilities.getSemanticTokensProvider().getLegend().getTokenTypes();
		List<String> modifiers = server.capabilities.getSemanticTokensProvider().getLegend().getTokenModifiers();
		List<Integer> data = server.server.semanticTokensFull(new SemanticTokensParams(Server.document(study))).get()
				.getData();
		assertEquals(0, data.size() % 5, "five integers per token");
		List<String> decoded = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			String text = STUDY.split("\n", -1)[line].substring(character, character + data.get(i + 2));
			decoded.add(text + ":" + types.get(data.get(i + 3)));
		}
		assertTrue(decoded.containsAll(List.of("Cycle:function", "Half:class", "j:parameter", "repeat n".substring(7) + ":parameter",
				"first cycle efficiency:enumMember", "1:number", "mA/cm2:decorator")), decoded.toString());
		List<Integer> cellData = server.server.semanticTokensFull(new SemanticTokensParams(Server.document(cells))).get()
				.getData();
		boolean libraryMaterial = false;
		for (int i = 0; i < cellData.size(); i += 5) {
			int bits = cellData.get(i + 4);
			libraryMaterial |= types.get(cellData.get(i + 3)).equals("type")
					&& (bits & (1 << modifiers.indexOf("defaultLibrary"))) != 0;
		}
		assertTrue(libraryMaterial, "library materials carry the defaultLibrary modifier");
	}

	private static List<CodeAction> actions(Path file, Diagnostic diagnostic) throws Exception {
		var actions = server.server.codeAction(new CodeActionParams(Server.document(file), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)))).get();
		return actions.stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	private static List<String> fixes(Path file, String text, String code) throws Exception {
		List<Diagnostic> diagnostics = server.change(file, text);
		Diagnostic diagnostic = diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + diagnostics));
		List<String> edits = new ArrayList<>();
		for (CodeAction action : actions(file, diagnostic)) {
			for (var change : action.getEdit().getChanges().values()) {
				for (TextEdit edit : change) {
					edits.add(edit.getNewText());
				}
			}
		}
		return edits;
	}

	@Test
	void quickFixesForUnknownNamesWrongUnitsAndImplausibleValues() throws Exception {
		try {
			assertEquals(List.of("Cu"), fixes(cells, CELLS.replace("collector Cu", "collector Cuu"), IssueCodes.UNKNOWN_REFERENCE));
			assertEquals(List.of("9 MPa"), fixes(cells, CELLS.replace("pressure 9 MPa", "pressure 9 mA"), IssueCodes.WRONG_DIMENSION));
			assertEquals(List.of(" MPa"), fixes(cells, CELLS.replace("pressure 9 MPa", "pressure 9"), IssueCodes.MISSING_UNIT));
			List<String> plausible = fixes(cells, CELLS.replace("pressure 9 MPa", "pressure 900 MPa"), IssueCodes.IMPLAUSIBLE_VALUE);
			assertEquals(2, plausible.size(), plausible.toString());
			assertTrue(plausible.stream().allMatch(p -> p.endsWith(" MPa")), plausible.toString());
			assertEquals(List.of("conductivity"), fixes(cells, CELLS.replace("    conductivity", "    conductivty"), IssueCodes.UNKNOWN_PROPERTY));
		} finally {
			assertEquals(List.of(), server.change(cells, CELLS));
		}
	}

	@Test
	void definitionAndReferencesWorkAcrossFilesAndTheLibrary() throws Exception {
		var definition = server.server.definition(new org.eclipse.lsp4j.DefinitionParams(Server.document(study),
				Server.positionOf(STUDY, "run Half", "run ".length()))).get().getLeft();
		assertEquals(Server.uri(cells), definition.get(0).getUri(), "a cell defined in the other file");
		List<? extends Location> references = server.server.references(new ReferenceParams(Server.document(cells),
				Server.positionOf(CELLS, "cell Half", "cell ".length()), new ReferenceContext(false))).get();
		assertTrue(references.stream().anyMatch(r -> r.getUri().equals(Server.uri(study))), references.toString());
		List<? extends Location> libraryReferences = server.server.references(new ReferenceParams(Server.document(cells),
				Server.positionOf(CELLS, "collector Cu", "collector ".length()), new ReferenceContext(true))).get();
		assertTrue(libraryReferences.stream().anyMatch(r -> r.getUri().endsWith("metals.cell")), "the declaration in the library");
		assertTrue(libraryReferences.stream().anyMatch(r -> r.getUri().equals(Server.uri(cells))), "the use here");
	}

	@Test
	void highlightsMarkTheDeclarationAndEveryUseInTheFile() throws Exception {
		List<? extends DocumentHighlight> highlights = server.server.documentHighlight(new DocumentHighlightParams(
				Server.document(study), Server.positionOf(STUDY, "plate at j", "plate at ".length()))).get();
		List<Position> starts = highlights.stream().map(h -> h.getRange().getStart()).sorted(
				java.util.Comparator.comparingInt(Position::getLine).thenComparingInt(Position::getCharacter)).toList();
		assertEquals(List.of(Server.positionOf(STUDY, "j = 1", 0), Server.positionOf(STUDY, "plate at j", "plate at ".length()),
				Server.positionOf(STUDY, "strip at j", "strip at ".length())), starts, "the parameter and its two uses");
		assertEquals(org.eclipse.lsp4j.DocumentHighlightKind.Write, highlights.stream()
				.filter(h -> h.getRange().getStart().equals(starts.get(0))).findFirst().orElseThrow().getKind(),
				"the declaration is told from the uses");
		assertTrue(server.capabilities.getDocumentHighlightProvider().getLeft(), "announced to clients");
	}

	@Test
	void renameChangesTheDeclarationAndEveryReferenceAcrossFiles() throws Exception {
		Position declaration = Server.positionOf(CELLS, "cell Half", "cell ".length() + 1);
		var prepared = server.server.prepareRename(new PrepareRenameParams(Server.document(cells), declaration)).get();
		assertNotNull(prepared, "the cell's name can be renamed");
		Range range = prepared.isFirst() ? prepared.getFirst() : prepared.getSecond().getRange();
		assertEquals(new Range(Server.positionOf(CELLS, "Half", 0), Server.positionOf(CELLS, "Half", 4)), range);
		assertTrue(server.capabilities.getRenameProvider().getRight().getPrepareProvider(), "rename is announced");

		WorkspaceEdit edit = server.server.rename(new RenameParams(Server.document(cells), declaration, "Whole")).get();
		assertEquals(CELLS.replace("cell Half", "cell Whole"), apply(CELLS, edits(edit, cells)));
		assertEquals(STUDY.replace("run Half", "run Whole").replace("of Half", "of Whole"), apply(STUDY, edits(edit, study)),
				"the references in the other file");
	}

	@Test
	void renameIsRefusedForKeywordsAndTheLibrarysNames() throws Exception {
		var onKeyword = server.server.prepareRename(new PrepareRenameParams(Server.document(cells),
				Server.positionOf(CELLS, "format half", 2))).get();
		assertEquals(null, onKeyword, "nothing to rename on a keyword");
		var onLibrary = server.server.prepareRename(new PrepareRenameParams(Server.document(cells),
				Server.positionOf(CELLS, "collector Cu", "collector ".length())));
		var refused = assertThrows(java.util.concurrent.ExecutionException.class,
				() -> System.out.println("prepareRename on a library name answered " + onLibrary.get()));
		assertTrue(refused.getCause().getMessage().contains("'Cu' is declared in the built-in material library"),
				refused.getCause().getMessage());
		var renamed = server.server.rename(new RenameParams(Server.document(cells),
				Server.positionOf(CELLS, "collector Cu", "collector ".length()), "Copper"));
		assertThrows(java.util.concurrent.ExecutionException.class, renamed::get, "no edit of the library or its users");
	}

	@Test
	void aClientThatRenamesWithoutAskingIsRefusedTheLibrarysNamesToo() throws Exception {
		Path other = Files.createTempDirectory("lithos-rename");
		Path file = other.resolve("cells.cell");
		try (Server plain = Server.renamingWithoutPrepare(other)) {
			Files.writeString(file, CELLS);
			assertEquals(List.of(), plain.open(file, CELLS));
			var renamed = plain.server.rename(new RenameParams(Server.document(file),
					Server.positionOf(CELLS, "collector Cu", "collector ".length()), "Copper"));
			var refused = assertThrows(java.util.concurrent.ExecutionException.class, renamed::get);
			assertTrue(refused.getCause().getMessage().contains("'Cu' is declared in the built-in material library"),
					refused.getCause().getMessage());
			WorkspaceEdit edit = plain.server.rename(new RenameParams(Server.document(file),
					Server.positionOf(CELLS, "cell Half", "cell ".length()), "Whole")).get();
			assertEquals(CELLS.replace("cell Half", "cell Whole"), apply(CELLS, edits(edit, file)), "a name of its own renames");
		}
	}

	/** @return the edits a workspace edit makes to one file */
	private static List<TextEdit> edits(WorkspaceEdit edit, Path file) {
		List<TextEdit> result = new ArrayList<>();
		if (edit.getChanges() != null) {
			result.addAll(edit.getChanges().getOrDefault(Server.uri(file), List.of()));
		}
		if (edit.getDocumentChanges() != null) {
			for (var change : edit.getDocumentChanges()) {
				if (change.isLeft() && change.getLeft().getTextDocument().getUri().equals(Server.uri(file))) {
					change.getLeft().getEdits().forEach(e -> result.add(e.getLeft()));
				}
			}
		}
		return result;
	}

	@Test
	void formattingTheFilesChangesNothingAlreadyCanonical() throws Exception {
		List<? extends TextEdit> edits = server.server.formatting(new DocumentFormattingParams(Server.document(cells),
				new FormattingOptions(4, true))).get();
		String formatted = apply(CELLS, edits);
		assertEquals(CELLS, formatted);
	}

	/** Applies LSP text edits (non-overlapping, any order) to a text. */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort((a, b) -> Integer.compare(offset(text, b.getRange().getStart()), offset(text, a.getRange().getStart())));
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			Range range = edit.getRange();
			result.replace(offset(text, range.getStart()), offset(text, range.getEnd()), edit.getNewText());
		}
		return result.toString();
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
