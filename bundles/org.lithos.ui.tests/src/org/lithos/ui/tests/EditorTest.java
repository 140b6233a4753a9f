package org.lithos.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.Test;
import org.lithos.ui.internal.charts.ChartView;

/**
 * The cell editor inside the studio: an edit that makes a unit wrong gets its marker in the ruler and its row in
 * the Problems view, and content assist after "collector " lists the library's materials. Its screenshot is the
 * README's picture of the editor: the real workbench, menu bar and all.
 */
class EditorTest {

	private static final String UNIT_ERROR = "'pressure' must be a pressure";

	@Test
	void aWrongUnitIsMarkedAndContentAssistListsTheLibrarysMaterials() throws Exception {
		String tour = Files.readString(Path.of("../../dsl/examples/tour.cell"));
		IFile file = Studies.create(Studies.project("editor"), "tour.cell", tour);
		Ui.run(() -> {
			// the editor gets the window's width: the chart view of earlier tests closes (it reopens with results)
			IViewPart charts = Ui.page().findView(ChartView.ID);
			if (charts != null) {
				Ui.page().hideView(charts);
			}
		});
		ITextEditor editor = assertInstanceOf(ITextEditor.class,
				Ui.sync(() -> SaveTest.open(Path.of(file.getLocationURI()))));
		IDocument document = Ui.sync(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		int unit = tour.indexOf("pressure 9 MPa") + "pressure 9 ".length();
		Ui.run(() -> {
			try {
				document.replace(unit, "MPa".length(), "mA/cm2");
			} catch (org.eclipse.jface.text.BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});

		Ui.waitUntil("the marker of the wrong unit", () -> messages(file).stream().anyMatch(m -> m.startsWith(UNIT_ERROR)));
		Ui.waitUntil("its annotation in the ruler", () -> {
			IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			for (var it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				if (annotation instanceof MarkerAnnotation && annotation.getText().startsWith(UNIT_ERROR)) {
					return true;
				}
			}
			return false;
		});
		Ui.run(() -> {
			try {
				Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.waitUntil("its row in the Problems view", () -> problemsViewText().contains(UNIT_ERROR));

		// Ctrl+Space's command, after "collector " in the cell below (Cu_half): the server's proposals, materials only
		String edited = Ui.sync(document::get);
		int name = edited.indexOf("    collector Cu 9 um\n") + "    collector ".length();
		Ui.run(() -> {
			editor.selectAndReveal(name, 0);
			// the wrong unit's line a few lines above at the top of the editor: the popup opens below the caret, over
			// the editor rather than the Problems view, and leaves the marked line in sight
			org.eclipse.swt.custom.StyledText text = editor.getAdapter(org.eclipse.swt.widgets.Control.class)
					instanceof org.eclipse.swt.custom.StyledText styled ? styled : null;
			if (text != null) {
				text.setTopIndex(Math.max(0, text.getLineAtOffset(text.getCaretOffset()) - 10));
			}
			editor.setFocus();
			try {
				Ui.window().getService(IHandlerService.class)
						.executeCommand(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS, null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Ui.waitUntil("the library's materials in the proposals",
				() -> proposals().containsAll(List.of("Cu", "Au", "Li", "Li2Te", "Li6PS5Cl")));
		assertFalse(Ui.sync(EditorTest::proposals).contains("MgW_half"), "a cell offered where a material goes");
		Ui.screenshot("editor-marker-and-assist", null, false);
		Ui.run(() -> Ui.page().closeEditor(editor, false));
		assertTrue(Ui.sync(() -> Ui.page().findEditor(editor.getEditorInput()) == null), "the editor closed");
	}

	private static List<String> messages(IFile file) {
		try {
			List<String> found = new ArrayList<>();
			for (IMarker marker : file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
				found.add(marker.getAttribute(IMarker.MESSAGE, ""));
			}
			return found;
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @return the proposals' labels in the open content-assist popup ("Cu - Material" gives "Cu") */
	private static List<String> proposals() {
		List<String> labels = new ArrayList<>();
		for (Shell shell : Ui.display().getShells()) {
			if (shell != Ui.window().getShell() && shell.isVisible()) {
				for (Table table : Widgets.all(shell, Table.class, t -> true)) {
					for (TableItem item : table.getItems()) {
						labels.add(item.getText().split(" - ", 2)[0].strip());
					}
				}
			}
		}
		return labels;
	}

	/** @return the Problems view's rows, its groups expanded */
	private static String problemsViewText() {
		IViewPart view = Ui.page().findView(IPageLayout.ID_PROBLEM_VIEW);
		if (view == null || !(view.getSite().getSelectionProvider() instanceof TreeViewer viewer)) {
			return "";
		}
		viewer.expandAll();
		StringBuilder text = new StringBuilder();
		collect(viewer.getTree().getItems(), text);
		return text.toString();
	}

	private static void collect(TreeItem[] items, StringBuilder text) {
		for (TreeItem item : items) {
			text.append(item.getText()).append('\n');
			collect(item.getItems(), text);
		}
	}
}
