package org.lithos.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.ui.internal.CellEditorPlugin;
import org.lithos.dsl.ui.internal.assist.ServerTextHover;
import org.lithos.dsl.ui.internal.editor.CellEditor;
import org.lithos.dsl.ui.internal.editor.TokenStyles;
import org.lithos.dsl.ui.internal.library.LibraryEditorInput;
import org.lithos.dsl.ui.internal.lsp.Positions;
import org.lithos.dsl.ui.internal.lsp.QuickFixCache;
import org.lithos.dsl.LithosStandaloneSetup;
import org.lithos.dsl.ide.LithosSymbolKind;
import org.lithos.dsl.workspace.Formatting;
import org.lithos.dsl.workspace.LithosWorkspace;

/**
 * The cell editor as a user drives it: open an example, type, see the problems of {@code lithos check}, ask for
 * completions and fixes, read the outline, format, navigate. Keys go through the window system, so the workbench's
 * key bindings (Ctrl+Space, Ctrl+1, F3, Ctrl+Shift+F, Ctrl+/) are part of what is tested.
 */
class CellEditorTest {

	private static final int[] NONE = {};
	private static final int[] CTRL = { SWT.CTRL };
	private static final int[] CTRL_SHIFT = { SWT.CTRL, SWT.SHIFT };
	/** The server's did-you-mean fix (dsl.ide's LithosQuickfixes), labelled with the name it writes. */
	private static final String DID_YOU_MEAN = "Change to the suggested name: Li6PS5Cl";
	/** Library materials a material slot must offer. */
	private static final List<String> LIBRARY_MATERIALS = List.of("Cu", "Au", "Li", "Li2Te", "Li6PS5Cl");
	private static final String UNIT_ERROR = "'pressure' must be a pressure";
	private static final Pattern DECLARATION = Pattern.compile("(?m)^(material|cell|protocol|study)\\s+(\\w+)");

	@AfterEach
	void closeEditors() {
		Ui.closeDialogs();
		Ui.run(() -> page().closeAllEditors(false));
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Opens a file and waits until the server has published its diagnostics once. */
	static CellEditor open(IFile file) {
		IEditorPart part = Ui.ui(() -> IDE.openEditor(page(), file));
		CellEditor editor = assertInstanceOf(CellEditor.class, part, "a .cell file opens in the cell editor");
		Ui.waitFor("the first diagnostics of " + file.getName(),
				() -> editor.sync() != null && editor.sync().publishedCount() > 0);
		return editor;
	}

	static IDocument document(CellEditor editor) {
		return Ui.ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
	}

	/** Puts the caret at an offset and gives the editor the keyboard. */
	static void caret(CellEditor editor, int offset) {
		Ui.run(() -> {
			editor.selectAndReveal(offset, 0);
			editor.setFocus();
		});
	}

	/** Types text at an offset: one key event per character into the text widget, as the keyboard delivers them. */
	static void type(CellEditor editor, int offset, String text) {
		caret(editor, offset);
		Ui.run(() -> {
			for (char c : text.toCharArray()) {
				Event event = new Event();
				event.character = c;
				event.keyCode = c;
				editor.viewer().getTextWidget().notifyListeners(SWT.KeyDown, event);
			}
		});
	}

	static int offsetOf(CellEditor editor, String text) {
		int offset = Ui.ui(() -> document(editor).get().indexOf(text));
		assertTrue(offset >= 0, "the example contains '" + text + "'");
		return offset;
	}

	static List<String> declaredNames(String text) {
		List<String> names = new ArrayList<>();
		Matcher matcher = DECLARATION.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(2));
		}
		return names;
	}


	@Test
	void theTourOpensWithoutProblemsAndSemanticColours() throws Exception {
		IFile file = Workspace.example("tour.cell", "tour.cell");
		CellEditor editor = open(file);
		assertEquals(List.of(), Workspace.markers(file), "the tour is valid, library names included");
		Ui.waitFor("semantic tokens from the server", () -> editor.session().highlighter().tokenCount() > 0);
		// names the lexer cannot tell apart get their colour from the server: the reference and the declared name
		int reference = offsetOf(editor, "extends Li6PS5Cl") + "extends ".length();
		int declared = offsetOf(editor, "material LPSCl_milled") + "material ".length();
		StyleRange referenceStyle = Ui.waitForValue("the library material coloured as a reference",
				() -> editor.viewer().getTextWidget().getStyleRangeAtOffset(reference + 2),
				style -> style != null && style.foreground != null);
		StyleRange declaredStyle = Ui.ui(() -> editor.viewer().getTextWidget().getStyleRangeAtOffset(declared + 2));
		assertNotNull(declaredStyle, "the declared name is coloured");
		assertEquals(SWT.BOLD, declaredStyle.fontStyle & SWT.BOLD, "a declared name is bold");
		assertEquals(0, referenceStyle.fontStyle & SWT.BOLD, "a reference is not");
	}


	@Test
	void hoverDescribesALibraryMaterial() throws Exception {
		IFile file = Workspace.example("tour.cell", "hover.cell");
		CellEditor editor = open(file);
		int at = offsetOf(editor, "extends Li6PS5Cl") + "extends ".length() + 2;
		String hover = ServerTextHover.serverHover(editor.sync(), document(editor), at);
		assertTrue(hover.contains("Li6PS5Cl"), "the hover names the material: " + hover);

		// over a problem, the hover JFace shows (computed off the UI thread) starts with the message of lithos check
		int value = offsetOf(editor, "pressure 9 MPa") + "pressure 9 ".length();
		Ui.run(() -> document(editor).replace(value, "MPa".length(), "mA/cm2"));
		Ui.waitFor("the diagnostic of the wrong unit", () -> editor.sync().diagnostics().stream()
				.anyMatch(d -> org.lithos.dsl.ui.internal.lsp.Diagnostics.message(d).contains(UNIT_ERROR)));
		ServerTextHover textHover = new ServerTextHover(editor::sync);
		Object shown = textHover.getHoverInfo2(editor.viewer(), Ui.ui(() -> textHover.getHoverRegion(editor.viewer(), value + 1)));
		assertNotNull(shown, "a hover over the wrong unit");
		assertTrue(shown.toString().startsWith(UNIT_ERROR), "the problem comes first: " + shown);
	}

	@Test
	void quickFixChangesAMisspelledMaterialToTheLibrarysName() throws Exception {
		IFile file = Workspace.example("tour.cell", "quickfix.cell");
		CellEditor editor = open(file);
		IDocument document = document(editor);
		String before = Ui.ui(document::get);
		int name = offsetOf(editor, "extends Li6PS5Cl") + "extends ".length();
		type(editor, name + "Li6PS5Cl".length(), "x");
		Ui.waitFor("a marker on the misspelled name", () -> Workspace.markers(file).stream().anyMatch(m -> m.contains("Li6PS5Clx")));
		caret(editor, name + 2);
		// the fixes are asked for when the diagnostics arrive, so Ctrl+1 reads them without a server round trip
		QuickFixCache cache = editor.sync().quickFixes();
		Ui.waitFor("the fixes computed in the background", cache::isCurrent);
		int requests = cache.requestCount();
		Ui.press(CTRL, '1');
		List<String> fixes = Ui.waitForValue("the quick fix popup with the did-you-mean fix", Ui::popupItems,
				items -> items.contains(DID_YOU_MEAN));
		assertEquals(requests, cache.requestCount(), "Ctrl+1 asked the server nothing: the UI thread never waited");
		Ui.screenshot("editor-quick-fix");
		choose(editor, fixes.indexOf(DID_YOU_MEAN));
		Ui.waitForValue("the name changed back to the library's", document::get, before::equals);
		Ui.waitForValue("no marker left", () -> Workspace.markers(file), List::isEmpty);
	}

	@Test
	void contentAssistListsLibraryMaterialsAndInsertsTheChosenOne() throws Exception {
		// as a study run or lithos check in the studio does: another setup of the language registers itself globally
		new LithosStandaloneSetup().createInjectorAndDoEMFRegistration();
		// a wrong unit too, so that the README's screenshot shows a marker beside the proposals
		IFile file = Workspace.file("assist.cell",
				Workspace.exampleText("tour.cell", "assist.cell").replace("pressure 9 MPa", "pressure 9 mA/cm2"));
		CellEditor editor = open(file);
		Ui.waitFor("the marker of the wrong unit", () -> Workspace.markers(file).stream().anyMatch(m -> m.contains(UNIT_ERROR)));
		IDocument document = document(editor);
		String before = Ui.ui(document::get);
		int name = offsetOf(editor, "collector Cu 9 um {") + "collector ".length();
		List<String> served = serverCompletions(editor, name);
		assertTrue(served.containsAll(LIBRARY_MATERIALS), "the server offers the library's materials: " + served);
		Ui.run(() -> page().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE));
		Ui.waitFor("the Problems view listing the wrong unit", () -> problemsViewText().contains(UNIT_ERROR));
		caret(editor, name);
		Ui.press(CTRL, ' ');
		List<String> offered = Ui.waitForValue("library materials among the proposals", () -> labels(Ui.popupItems()),
				labels -> labels.containsAll(LIBRARY_MATERIALS));
		assertFalse(offered.contains("MgW_half"), "a cell is not offered where a material goes: " + offered);
		Ui.screenshot("editor-marker-and-assist");
		key(editor, SWT.ESC, (char) SWT.ESC);
		Ui.waitFor("the popup closed", () -> Ui.popupItems().isEmpty());

		// after "Cu": the proposals starting so; typing narrows them, Enter replaces the name
		caret(editor, name + "Cu".length());
		Ui.press(CTRL, ' ');
		Ui.waitForValue("the materials starting with Cu", () -> labels(Ui.popupItems()),
				labels -> labels.containsAll(List.of("Cu", "Cu2Te")) && !labels.contains("Au"));
		key(editor, '2', '2');
		Ui.waitForValue("the list narrowed to what was typed", () -> labels(Ui.popupItems()), List.of("Cu2Te")::equals);
		key(editor, SWT.CR, '\r');
		Ui.waitForValue("the chosen material in place of the typed name", document::get,
				before.replace("collector Cu 9 um {", "collector Cu2Te 9 um {")::equals);
	}

	/** @return the labels of the server's completion at an offset, asked directly */
	private static List<String> serverCompletions(CellEditor editor, int offset) throws Exception {
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(editor.sync().uri()),
				Ui.ui(() -> Positions.toPosition(document(editor), offset)));
		var answer = editor.sync().request(server -> server.completion(params)).get(60, TimeUnit.SECONDS);
		List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	/** The popup's labels: a proposal shows as "label - detail". */
	private static List<String> labels(List<String> items) {
		return items.stream().map(item -> item.split(" - ", 2)[0].strip()).toList();
	}

	/** Picks the open popup's proposal at an index with the arrow keys and applies it with Enter. */
	static void choose(CellEditor editor, int index) {
		for (int i = 0; i < index; i++) {
			key(editor, SWT.ARROW_DOWN, (char) 0);
		}
		key(editor, SWT.CR, '\r');
	}

	/**
	 * Sends one key to the editor's text widget, where an open popup's key listener (content assist, quick fix)
	 * takes it first, as it takes the keyboard's.
	 */
	static void key(CellEditor editor, int keyCode, char character) {
		Ui.run(() -> {
			Event event = new Event();
			event.keyCode = keyCode;
			event.character = character;
			editor.viewer().getTextWidget().notifyListeners(SWT.KeyDown, event);
		});
		Ui.settle();
	}

	@Test
	void theProblemsViewsQuickFixRepairsAFileThatIsNotOpen() throws Exception {
		String good = Workspace.exampleText("tour.cell", "resolve.cell");
		String bad = good.replace("extends Li6PS5Cl ", "extends Li6PS5Clx ");
		IFile file = Workspace.file("resolve.cell", bad);
		Ui.run(() -> CellEditorPlugin.getDefault().server());
		IMarker marker = Ui.waitForValue("the closed file's marker", () -> marker(file, "Li6PS5Clx"),
				java.util.Objects::nonNull);
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker), "the Problems view offers Quick Fix");
		// the Problems view asks for resolutions off the UI thread, as this test thread does
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = java.util.Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		assertTrue(labels.contains(DID_YOU_MEAN), "the server's fix is offered: " + labels);
		IMarkerResolution fix = resolutions[labels.indexOf(DID_YOU_MEAN)];
		Ui.run(() -> fix.run(marker));
		assertEquals(good, Ui.read(java.nio.file.Path.of(file.getLocationURI())), "the fix is saved to the file");
		Ui.waitForValue("the marker gone", () -> Workspace.markers(file), List::isEmpty);
	}

	private static IMarker marker(IFile file, String text) throws CoreException {
		for (IMarker marker : file.findMarkers(CellEditorIds.MARKER_TYPE, false, IResource.DEPTH_ZERO)) {
			if (marker.getAttribute(IMarker.MESSAGE, "").contains(text)) {
				return marker;
			}
		}
		return null;
	}

	@Test
	void f3OpensTheDefinitionInTheLibraryReadOnly() throws Exception {
		IFile file = Workspace.example("tour.cell", "navigate.cell");
		CellEditor editor = open(file);
		caret(editor, offsetOf(editor, "extends Li6PS5Cl") + "extends ".length() + 2);
		Ui.press(NONE, SWT.F3);
		Ui.waitFor("the library file in an editor", () -> page().getActiveEditor() != editor
				&& page().getActiveEditor().getEditorInput() instanceof LibraryEditorInput);
		CellEditor library = assertInstanceOf(CellEditor.class, Ui.ui(() -> page().getActiveEditor()));
		assertFalse(Ui.ui(library::isEditable), "library files are read-only");
		ITextSelection selection = Ui.ui(() -> (ITextSelection) library.getSelectionProvider().getSelection());
		assertEquals("Li6PS5Cl", selection.getText());
	}

	@Test
	void ctrlClickLinksANameToItsDeclarationAndNotANumber() throws Exception {
		IFile file = Workspace.example("tour.cell", "click.cell");
		CellEditor editor = open(file);
		int use = offsetOf(editor, "separator LPSCl_milled") + "separator ".length();
		int number = offsetOf(editor, "LPSCl_milled 150 mg") + "LPSCl_milled ".length();
		int declaration = offsetOf(editor, "material LPSCl_milled") + "material ".length();
		// what the editor asks when the mouse moves over a name with Ctrl held, then what a click opens
		IHyperlink link = Ui.waitForValue("a link under the mouse", () -> linkAt(editor, use + 3), java.util.Objects::nonNull);
		assertEquals(new Region(use, "LPSCl_milled".length()), link.getHyperlinkRegion(), "the whole name is the link");
		assertEquals(null, Ui.ui(() -> linkAt(editor, number + 1)), "a number links nowhere");
		Ui.run(link::open);
		ITextSelection selection = Ui.waitForValue("the declaration selected",
				() -> (ITextSelection) editor.getSelectionProvider().getSelection(), s -> s.getOffset() == declaration);
		assertEquals("LPSCl_milled", selection.getText());
		assertEquals(editor, Ui.ui(() -> page().getActiveEditor()), "the same editor");
	}

	/** @return the first link the editor's detectors find at an offset (as Ctrl+mouse-move asks), or null */
	private static IHyperlink linkAt(CellEditor editor, int offset) {
		for (IHyperlinkDetector detector : editor.hyperlinkDetectors()) {
			IHyperlink[] links = detector.detectHyperlinks(editor.viewer(), new Region(offset, 0), false);
			if (links != null && links.length > 0) {
				return links[0];
			}
		}
		return null;
	}

	@Test
	void keywordsAreColouredBeforeTheServerAnswers() throws Exception {
		IFile file = Workspace.example("tour.cell", "colours.cell");
		CellEditor editor = open(file);
		int keyword = offsetOf(editor, "material LPSCl_milled");
		StyleRange style = Ui.ui(() -> editor.viewer().getTextWidget().getStyleRangeAtOffset(keyword));
		assertNotNull(style, "keywords are coloured");
		assertEquals(TokenStyles.KEYWORD.getForeground().getRGB(), style.foreground.getRGB());
		int comment = offsetOf(editor, "// A half cell");
		StyleRange commentStyle = Ui.ui(() -> editor.viewer().getTextWidget().getStyleRangeAtOffset(comment + 5));
		assertEquals(TokenStyles.COMMENT.getForeground().getRGB(), commentStyle.foreground.getRGB());
	}

	@Test
	void typingAnErrorShowsTheMessageOfCheckAsMarkerAndAnnotation() throws Exception {
		IFile file = Workspace.example("tour.cell", "typing.cell");
		CellEditor editor = open(file);
		IDocument document = document(editor);
		int value = offsetOf(editor, "pressure 9 MPa") + "pressure 9 ".length();
		Ui.run(() -> document.replace(value, "MPa".length(), ""));
		type(editor, value, "mA/cm2");
		String text = Ui.ui(document::get);
		assertTrue(text.contains("pressure 9 mA/cm2"), "the typed text is in the document");

		int line = Ui.ui(() -> document.getLineOfOffset(value)) + 1;
		List<String> expected = Workspace.check("typing.cell", text);
		assertTrue(expected.stream().anyMatch(p -> p.contains(UNIT_ERROR)),
				"lithos check reports the wrong unit: " + expected);
		assertTrue(expected.stream().anyMatch(p -> p.startsWith(line + ":")), "the error is on the typed line");
		Ui.waitForValue("markers with the messages of lithos check " + expected,
				() -> Workspace.sorted(Workspace.markers(file)), markers -> markers.equals(Workspace.sorted(expected)));
		Ui.waitFor("a ruler annotation with the marker's message", () -> {
			IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			for (var it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				if (annotation instanceof MarkerAnnotation && annotation.getText().contains(UNIT_ERROR)) {
					return true;
				}
			}
			return false;
		});
		Ui.run(() -> page().showView(IPageLayout.ID_PROBLEM_VIEW));
		Ui.waitFor("the Problems view listing the message", () -> problemsViewText().contains(UNIT_ERROR));
		caret(editor, value);
		Ui.settle();
		Ui.screenshot("editor-with-marker");
	}

	/** @return the rows of the Problems view (shown), its groups expanded */
	static String problemsViewText() {
		// the view's selection provider is its tree viewer; its groups fill in when expanded
		if (page().findView(IPageLayout.ID_PROBLEM_VIEW) == null
				|| !(page().findView(IPageLayout.ID_PROBLEM_VIEW).getSite().getSelectionProvider() instanceof TreeViewer viewer)) {
			return "";
		}
		viewer.expandAll();
		return treeText(viewer.getTree().getItems());
	}

	private static String treeText(TreeItem[] items) {
		StringBuilder text = new StringBuilder();
		for (TreeItem item : items) {
			text.append(item.getText()).append('\n').append(treeText(item.getItems()));
		}
		return text.toString();
	}




	@Test
	void outlineListsCellsProtocolsAndStudies() throws Exception {
		IFile file = Workspace.example("tour.cell", "outline.cell");
		CellEditor editor = open(file);
		List<String> expected = declaredNames(Ui.ui(() -> document(editor).get()));
		assertTrue(expected.size() >= 6, "the tour declares materials, cells, protocols and studies: " + expected);
		Ui.run(() -> page().showView(IPageLayout.ID_OUTLINE));
		Ui.run(editor::setFocus);
		Ui.waitForValue("the outline showing " + expected, () -> {
			if (editor.outline() == null || editor.outline().getControl() == null) {
				return List.<String>of();
			}
			List<String> shown = new ArrayList<>();
			outlineNames(((Tree) editor.outline().getControl()).getItems(), shown);
			return shown;
		}, shown -> shown.stream().map(name -> name.substring(name.lastIndexOf('.') + 1)).toList().containsAll(expected));
		// each element is named as what it is in the language, with an icon of its kind
		java.util.Map<String, String> kinds = Ui.ui(() -> {
			java.util.Map<String, String> found = new java.util.HashMap<>();
			outlineRows(((Tree) editor.outline().getControl()).getItems(), found);
			return found;
		});
		assertEquals("material: wet-milled argyrodite", kinds.get("LPSCl_milled"), "a material without its own kind");
		assertEquals("cell: Li | LPSCl | Mg/W-coated Cu", kinds.get("MgW_half"));
		assertTrue(kinds.get("HalfCycling").startsWith("protocol"), kinds.toString());
		assertTrue(kinds.get("Bilayer").startsWith("study"), kinds.toString());
		// a variable is a protocol's parameter or a study's swept variable, by its parent (rows below the second
		// level are made when expanded, so these are asked of the page)
		assertEquals(LithosSymbolKind.PARAMETER, editor.outline().kind(find(List.of(find(editor.outline().symbols(),
				"HalfCycling")), "j")));
		assertEquals(LithosSymbolKind.SWEPT, editor.outline().kind(find(List.of(find(editor.outline().symbols(),
				"RateSweep")), "j")));
		for (String row : kinds.values()) {
			String word = row.split(":")[0];
			assertFalse(List.of("class", "struct", "function", "module", "variable").contains(word),
					"an LSP kind shown: " + kinds);
		}
		java.util.Set<org.eclipse.swt.graphics.Image> icons = Ui.ui(() -> {
			java.util.Set<org.eclipse.swt.graphics.Image> found = new java.util.HashSet<>();
			for (TreeItem item : ((Tree) editor.outline().getControl()).getItems()[0].getItems()) {
				assertNotNull(item.getImage(), item.getText() + " has no icon");
				found.add(item.getImage());
			}
			return found;
		});
		assertEquals(4, icons.size(), "one icon per kind: material, cell, protocol, study");
		Ui.screenshot("editor-outline");
		DocumentSymbol study = find(editor.outline().symbols(), "Bilayer");
		assertNotNull(study, "the study is a symbol");
		Ui.run(() -> editor.outline().setSelection(new org.eclipse.jface.viewers.StructuredSelection(study)));
		ITextSelection selection = Ui.ui(() -> (ITextSelection) editor.getSelectionProvider().getSelection());
		assertEquals("Bilayer", selection.getText(), "selecting a symbol selects its name in the editor");
	}

	/** Collects each row's name and what follows it (its kind and detail). */
	private static void outlineRows(TreeItem[] items, java.util.Map<String, String> rows) {
		for (TreeItem item : items) {
			String[] parts = item.getText().split("  ", 2);
			rows.putIfAbsent(parts[0].substring(parts[0].lastIndexOf('.') + 1), parts.length > 1 ? parts[1] : "");
			item.setExpanded(true);
			outlineRows(item.getItems(), rows);
		}
	}

	private static void outlineNames(TreeItem[] items, List<String> names) {
		for (TreeItem item : items) {
			names.add(item.getText().split("\\s+")[0]);
			item.setExpanded(true);
			outlineNames(item.getItems(), names);
		}
	}

	private static DocumentSymbol find(List<DocumentSymbol> symbols, String name) {
		for (DocumentSymbol symbol : symbols) {
			if (symbol.getName().substring(symbol.getName().lastIndexOf('.') + 1).equals(name)) {
				return symbol;
			}
			DocumentSymbol inside = symbol.getChildren() == null ? null : find(symbol.getChildren(), name);
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	@Test
	void formatGivesTheFormattersLayout() throws Exception {
		String broken = Workspace.exampleText("tour.cell", "format.cell").replace("\n    format half", "\nformat half");
		IFile file = Workspace.file("format.cell", broken);
		String expected = Formatting.format((XtextResource) LithosWorkspace.create().addText("format.cell", broken));
		assertTrue(expected.contains("\n    format half"), "the formatter indents the slot");
		CellEditor editor = open(file);
		caret(editor, 0);
		Ui.press(CTRL_SHIFT, 'f');
		Ui.waitFor("the formatted text", () -> document(editor).get().equals(expected));
	}


	@Test
	void f3OpensTheDefinitionInAnotherFile() throws Exception {
		IFile base = Workspace.example("tour.cell", "base.cell");
		IFile user = Workspace.file("user.cell",
				"package tests.base_copy\n\ncell Other extends MgW_half \"another half cell\" {\n    pressure 5 MPa\n}\n");
		CellEditor editor = open(user);
		assertEquals(List.of(), Workspace.markers(user), "names resolve across files");
		caret(editor, offsetOf(editor, "MgW_half") + 3);
		Ui.press(NONE, SWT.F3);
		Ui.waitFor("base.cell in an editor", () -> page().getActiveEditor() instanceof CellEditor other
				&& other != editor && base.getName().equals(other.getEditorInput().getName()));
		CellEditor target = (CellEditor) Ui.ui(() -> page().getActiveEditor());
		ITextSelection selection = Ui.ui(() -> (ITextSelection) target.getSelectionProvider().getSelection());
		assertEquals("MgW_half", selection.getText());
	}

	@Test
	void commentsToggleBracketsMatchAndBlocksFold() throws Exception {
		IFile file = Workspace.example("tour.cell", "editing.cell");
		CellEditor editor = open(file);
		IDocument document = document(editor);
		int line = offsetOf(editor, "    format half");
		String before = Ui.ui(document::get);
		caret(editor, line + 6);
		Ui.press(CTRL, '/');
		Ui.waitFor("the line commented", () -> document.get().startsWith("//    format half", line));
		Ui.press(CTRL, '/');
		Ui.waitFor("the line uncommented", () -> document.get().equals(before));

		int open = offsetOf(editor, "cell MgW_half");
		int brace = before.indexOf('{', open);
		int close = before.indexOf("\n}", brace) + 1;
		IRegion match = Ui.ui(() -> editor.brackets().match(document, brace + 1));
		assertNotNull(match, "the brace after the caret has a match");
		assertEquals(new Region(brace, close - brace + 1), new Region(match.getOffset(), match.getLength()));

		ProjectionAnnotation cell = Ui.waitForValue("a folding region for the cell", () -> {
			ProjectionAnnotationModel model = ((ProjectionViewer) editor.viewer()).getProjectionAnnotationModel();
			for (var it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				if (model.getPosition(annotation).getOffset() == open && annotation instanceof ProjectionAnnotation folding) {
					return folding;
				}
			}
			return null;
		}, java.util.Objects::nonNull);
		int lines = Ui.ui(() -> editor.viewer().getTextWidget().getLineCount());
		int cellLines = Ui.ui(() -> document.getLineOfOffset(close) - document.getLineOfOffset(open));
		Ui.run(() -> ((ProjectionViewer) editor.viewer()).getProjectionAnnotationModel().collapse(cell));
		int hidden = lines - Ui.ui(() -> editor.viewer().getTextWidget().getLineCount());
		// the body, with or without the closing brace's line (folding ranges may end before it)
		assertTrue(hidden == cellLines || hidden == cellLines - 1,
				"folding the cell hides its " + cellLines + "-line body: " + hidden + " lines hidden");
	}
}
