package org.lithos.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.ui.internal.editor.CellEditor;
import org.lithos.dsl.ui.internal.names.Occurrences;
import org.lithos.dsl.ui.internal.names.ReferencesPopup;
import org.lithos.dsl.ui.internal.names.RenameAction;

/**
 * What the editor does with the name under the caret: its occurrences marked as the caret moves, its references
 * listed by Ctrl+Shift+G, and Alt+Shift+R renaming it with every reference, in this file and the workspace's others.
 */
class NamesTest {

	private static final int[] CTRL_SHIFT = { SWT.CTRL, SWT.SHIFT };
	private static final int[] ALT_SHIFT = { SWT.ALT, SWT.SHIFT };

	@AfterEach
	void closeEditors() {
		Ui.closeDialogs();
		Ui.run(() -> CellEditorTest.page().closeAllEditors(false));
	}

	/** @return the offsets where a name stands as a whole word */
	private static List<Integer> offsetsOf(String text, String name) {
		List<Integer> offsets = new ArrayList<>();
		Matcher matcher = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
		while (matcher.find()) {
			offsets.add(matcher.start());
		}
		return offsets;
	}

	private static Map<Integer, String> marks(CellEditor editor) {
		return Ui.ui(() -> editor.occurrences().marked().entrySet().stream()
				.collect(Collectors.toMap(e -> e.getKey().getOffset(), Map.Entry::getValue)));
	}

	@Test
	void theNameAtTheCaretHasItsDeclarationAndUsesMarkedAsTheCaretMoves() throws Exception {
		IFile file = Workspace.example("tour.cell", "occurrences.cell");
		CellEditor editor = CellEditorTest.open(file);
		String text = Ui.ui(() -> CellEditorTest.document(editor).get());
		List<Integer> material = offsetsOf(text, "LPSCl_milled");
		assertTrue(material.size() >= 3, "the tour declares the material and uses it twice: " + material);
		int declaration = text.indexOf("material LPSCl_milled") + "material ".length();

		CellEditorTest.caret(editor, text.indexOf("separator LPSCl_milled") + "separator ".length() + 3);
		Map<Integer, String> marked = Ui.waitForValue("the material's occurrences marked", () -> marks(editor),
				m -> m.keySet().containsAll(material) && m.size() == material.size());
		assertEquals(Occurrences.DECLARATION_TYPE, marked.get(declaration), "the declaration is told apart");
		assertEquals(material.size() - 1, marked.values().stream().filter(Occurrences.TYPE::equals).count(),
				"the uses: " + marked);
		for (IRegion region : Ui.ui(() -> editor.occurrences().marked().keySet())) {
			assertEquals("LPSCl_milled".length(), region.getLength(), "the whole name is marked");
		}
		Ui.settle();
		Ui.screenshot("editor-occurrences");

		// the caret moves to another name: the marks follow it
		List<Integer> cell = offsetsOf(text, "MgW_half");
		CellEditorTest.caret(editor, text.indexOf("extends MgW_half") + "extends ".length() + 1);
		Ui.waitForValue("the cell's occurrences marked instead", () -> marks(editor).keySet(),
				m -> m.equals(new java.util.HashSet<>(cell)));
		// on a keyword or a number nothing is marked
		CellEditorTest.caret(editor, text.indexOf("    format half") + 5);
		Ui.waitForValue("no marks on a keyword", () -> marks(editor), Map::isEmpty);
	}

	@Test
	void ctrlShiftGListsTheReferencesAndOpensTheChosenOne() throws Exception {
		IFile base = Workspace.example("tour.cell", "refs_base.cell");
		IFile user = Workspace.file("refs_user.cell", extendingMgWHalf("refs"));
		CellEditor editor = CellEditorTest.open(base);
		String text = Ui.ui(() -> CellEditorTest.document(editor).get());
		List<String> expected = new ArrayList<>();
		for (int offset : offsetsOf(text, "MgW_half")) {
			String line = lineAt(text, offset);
			if (!line.startsWith("cell MgW_half")) {
				expected.add("refs_base.cell:" + lineNumber(text, offset) + "  " + line.strip());
			}
		}
		expected.add("refs_user.cell:3  cell Other extends MgW_half \"another half cell\" {");
		CellEditorTest.caret(editor, text.indexOf("cell MgW_half") + "cell ".length() + 2);
		Ui.press(CTRL_SHIFT, 'g');
		List<String> rows = Ui.waitForValue("the references in a popup", Ui::popupItems, items -> !items.isEmpty());
		assertEquals(expected, rows, "every use in both files, not the declaration, by file and line");
		Ui.screenshot("editor-references");

		ReferencesPopup popup = editor.references().popup();
		Ui.run(() -> {
			popup.table().setSelection(rows.size() - 1);
			popup.table().notifyListeners(SWT.DefaultSelection, new Event());
		});
		Ui.waitFor("the other file open at the reference", () -> CellEditorTest.page().getActiveEditor() instanceof CellEditor other
				&& other != editor && user.getName().equals(other.getEditorInput().getName()));
		CellEditor other = (CellEditor) Ui.ui(() -> CellEditorTest.page().getActiveEditor());
		ITextSelection selection = Ui.ui(() -> (ITextSelection) other.getSelectionProvider().getSelection());
		assertEquals("MgW_half", selection.getText());
		assertEquals(2, selection.getStartLine(), "on its line");
	}

	/**
	 * @param prefix the test's file prefix: the tour's copy is {@code <prefix>_base.cell}
	 * @return the text of a second file whose line 3 declares a cell extending the copy's MgW_half
	 */
	private static String extendingMgWHalf(String prefix) {
		return "package tests." + prefix + "_base_copy\n\ncell Other extends MgW_half \"another half cell\" {\n"
				+ "    pressure 5 MPa\n}\n";
	}

	private static String lineAt(String text, int offset) {
		int start = text.lastIndexOf('\n', offset) + 1;
		int end = text.indexOf('\n', offset);
		return text.substring(start, end < 0 ? text.length() : end);
	}

	private static int lineNumber(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

	@Test
	void altShiftRRenamesADeclarationAndItsReferencesInOtherFilesAsOneUndoableChange() throws Exception {
		IFile base = Workspace.example("tour.cell", "rename_base.cell");
		String userText = extendingMgWHalf("rename");
		IFile user = Workspace.file("rename_user.cell", userText);
		CellEditor editor = CellEditorTest.open(base);
		IDocument document = CellEditorTest.document(editor);
		String before = Ui.ui(document::get);
		CellEditorTest.caret(editor, before.indexOf("cell MgW_half") + "cell ".length() + 2);
		Ui.press(ALT_SHIFT, 'r');
		InputDialog dialog = dialog(InputDialog.class);
		assertEquals("MgW_half", Ui.ui(dialog::getValue), "the dialog starts from the name");
		assertFalse(Ui.ui(() -> okButton(dialog).isEnabled()), "the same name is no rename");
		Ui.run(() -> Ui.find(dialog.getShell(), Text.class).setText("format"));
		assertFalse(Ui.ui(() -> okButton(dialog).isEnabled()), "a keyword is no name");
		Ui.run(() -> Ui.find(dialog.getShell(), Text.class).setText("Bilayer_half"));
		Ui.settle();
		Ui.sleep(300);
		Ui.screenshot("editor-rename");
		Ui.run(() -> okButton(dialog).notifyListeners(SWT.Selection, new Event()));

		String renamed = before.replaceAll("\\bMgW_half\\b", "Bilayer_half");
		Ui.waitForValue("the declaration and its uses renamed", document::get, renamed::equals);
		Ui.waitForValue("the other file renamed on disk", () -> Ui.read(java.nio.file.Path.of(user.getLocationURI())),
				userText.replace("MgW_half", "Bilayer_half")::equals);
		Ui.waitForValue("both files still resolve", () -> Workspace.markers(user).size() + Workspace.markers(base).size(),
				n -> n == 0);

		Ui.run(() -> editor.getAction(ITextEditorActionConstants.UNDO).run());
		assertEquals(before, Ui.ui(document::get), "one undo takes the whole rename of this file back");
		// the other file, renamed and saved, would no longer resolve: it goes, so later tests see no problem
		Ui.run(() -> user.delete(true, null));
	}

	@Test
	void renameSaysWhyWhenTheCaretIsNotOnARenameableName() throws Exception {
		IFile file = Workspace.example("tour.cell", "norename.cell");
		CellEditor editor = CellEditorTest.open(file);
		String text = Ui.ui(() -> CellEditorTest.document(editor).get());
		CellEditorTest.caret(editor, text.indexOf("    format half") + 5);
		Ui.press(ALT_SHIFT, 'r');
		String message = dialogText(MessageDialog.class);
		assertTrue(message.contains(RenameAction.NOTHING_TO_RENAME), message);

		CellEditorTest.caret(editor, text.indexOf("extends Li6PS5Cl") + "extends ".length() + 2);
		Ui.press(ALT_SHIFT, 'r');
		String library = dialogText(MessageDialog.class);
		assertTrue(library.contains("'Li6PS5Cl' is declared in the built-in material library (lithos.materials), which is read-only"),
				library);
		assertEquals(text, Ui.ui(() -> CellEditorTest.document(editor).get()), "nothing changed");
	}

	@Test
	void renameAndReferencesAreInTheContextMenuAndTheMainMenus() throws Exception {
		IFile file = Workspace.example("tour.cell", "menus.cell");
		CellEditor editor = CellEditorTest.open(file);
		List<String> items = Ui.ui(() -> {
			Menu menu = editor.viewer().getTextWidget().getMenu();
			menu.notifyListeners(SWT.Show, new Event());
			List<String> texts = new ArrayList<>();
			for (MenuItem item : menu.getItems()) {
				texts.add(item.getText().replace("&", ""));
			}
			menu.notifyListeners(SWT.Hide, new Event());
			return texts;
		});
		assertTrue(items.stream().anyMatch(item -> item.startsWith("Rename...")), "the context menu: " + items);
		assertTrue(items.stream().anyMatch(item -> item.startsWith("References")), "the context menu: " + items);
		assertTrue(items.stream().anyMatch(item -> item.startsWith("Rename...\t") && item.endsWith("+R")),
				"with its key (Alt+Shift+R): " + items);

		assertTrue(contributes("edit", CellEditorIds.RENAME_COMMAND), "Edit > Rename...");
		assertTrue(contributes("navigate", CellEditorIds.REFERENCES_COMMAND), "Navigate > References");
		assertTrue(enabled(CellEditorIds.RENAME_COMMAND), "Rename... works in the cell editor");
		assertTrue(enabled(CellEditorIds.REFERENCES_COMMAND), "References works in the cell editor");
	}

	/** @return whether plugin.xml puts the command into the main menu of an id */
	private static boolean contributes(String menuId, String commandId) {
		for (IConfigurationElement contribution : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.menus")) {
			String location = contribution.getAttribute("locationURI");
			if (location != null && location.startsWith("menu:" + menuId + "?")) {
				for (IConfigurationElement command : contribution.getChildren("command")) {
					if (commandId.equals(command.getAttribute("commandId"))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** @return whether the command has a handler and is enabled now (its menu items are) */
	private static boolean enabled(String commandId) {
		return Ui.ui(() -> {
			Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
			return command.isHandled() && command.isEnabled();
		});
	}

	private static Button okButton(InputDialog dialog) {
		for (Control control : allControls(dialog.getShell())) {
			if (control instanceof Button button && button.getText().replace("&", "").equals("OK")) {
				return button;
			}
		}
		throw new AssertionError("the dialog has no OK button");
	}

	private static List<Control> allControls(Control control) {
		List<Control> all = new ArrayList<>();
		all.add(control);
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				all.addAll(allControls(child));
			}
		}
		return all;
	}

	/** Waits for an open dialog of a type (the waits of {@link Ui} would close it). */
	private static <T extends Window> T dialog(Class<T> type) {
		long deadline = System.nanoTime() + Ui.PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			T found = Ui.ui(() -> {
				for (Shell shell : Ui.display().getShells()) {
					if (shell.isVisible() && type.isInstance(shell.getData())) {
						return type.cast(shell.getData());
					}
				}
				return null;
			});
			if (found != null) {
				return found;
			}
			Ui.sleep(50);
		}
		return fail("no " + type.getSimpleName() + " opened");
	}

	/** @return the title and text of a dialog of a type, once it opens; it is closed */
	private static String dialogText(Class<? extends Window> type) {
		dialog(type);
		return Ui.closeDialogs();
	}
}
