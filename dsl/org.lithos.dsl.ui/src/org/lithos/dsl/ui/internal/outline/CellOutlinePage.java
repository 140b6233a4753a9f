package org.lithos.dsl.ui.internal.outline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.lithos.dsl.ide.LithosSymbolKind;
import org.lithos.dsl.ui.internal.lsp.Positions;

/**
 * The Outline of a cell file: its materials, cells, protocols and studies with their parts, as the server's document
 * symbols, each labelled and drawn as what it is in the language ({@link LithosSymbolKind}). Selecting an element
 * selects its name in the editor.
 */
public final class CellOutlinePage extends ContentOutlinePage {

	private static final int EXPANDED_LEVELS = 2;

	private final ITextEditor editor;
	private List<DocumentSymbol> symbols = List.of();
	/** Each symbol's parent (by identity: symbols are values with equals), for the kinds of variables and properties. */
	private final Map<DocumentSymbol, DocumentSymbol> parents = new IdentityHashMap<>();
	private SymbolImages images;

	/** @param editor the editor whose file this outlines */
	public CellOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		images = new SymbolImages(viewer.getControl().getDisplay());
		viewer.setContentProvider(new SymbolContent());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new SymbolLabels()));
		viewer.setUseHashlookup(true);
		viewer.setInput(symbols);
		viewer.expandToLevel(EXPANDED_LEVELS);
	}

	/** Shows new symbols (call on the UI thread). */
	public void setSymbols(List<DocumentSymbol> newSymbols) {
		symbols = List.copyOf(newSymbols);
		parents.clear();
		recordParents(null, symbols);
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().setRedraw(false);
			try {
				viewer.setInput(symbols);
				viewer.expandToLevel(EXPANDED_LEVELS);
			} finally {
				viewer.getControl().setRedraw(true);
			}
		}
	}

	private void recordParents(DocumentSymbol parent, List<DocumentSymbol> children) {
		for (DocumentSymbol child : children) {
			parents.put(child, parent);
			if (child.getChildren() != null) {
				recordParents(child, child.getChildren());
			}
		}
	}

	/**
	 * @param symbol a symbol shown
	 * @return what it stands for in the language (a cell, a protocol, ...), null for a kind the server does not send
	 */
	public LithosSymbolKind kind(DocumentSymbol symbol) {
		DocumentSymbol parent = parents.get(symbol);
		return LithosSymbolKind.of(symbol.getKind(), parent == null ? null : parent.getKind());
	}

	@Override
	public void dispose() {
		super.dispose();
		if (images != null) {
			images.dispose();
		}
	}

	/** @return the top-level symbols shown */
	public List<DocumentSymbol> symbols() {
		return symbols;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof DocumentSymbol symbol) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			if (document != null) {
				IRegion region = Positions.toRegion(document,
						symbol.getSelectionRange() != null ? symbol.getSelectionRange() : symbol.getRange());
				editor.selectAndReveal(region.getOffset(), region.getLength());
			}
		}
	}

	private final class SymbolContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof DocumentSymbol symbol && symbol.getChildren() != null
					? symbol.getChildren().toArray()
					: new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return parents.get(element);
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	private final class SymbolLabels extends LabelProvider
			implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			if (!(element instanceof DocumentSymbol symbol)) {
				return new StyledString(String.valueOf(element));
			}
			StyledString label = new StyledString(shortName(symbol));
			// the language's word for what it is ("cell", not LSP's "class"), then the server's detail: a
			// material's kind and description, a cell's, protocol's or study's description
			LithosSymbolKind kind = kind(symbol);
			String detail = symbol.getDetail() == null ? "" : symbol.getDetail().strip();
			String decoration = kind == null ? detail : detail.isEmpty() ? kind.word() : kind.word() + ": " + detail;
			if (!decoration.isEmpty()) {
				label.append("  " + decoration, StyledString.DECORATIONS_STYLER);
			}
			return label;
		}

		/** A declaration is shown by its own name; its package is its parent in the tree already. */
		private static String shortName(DocumentSymbol symbol) {
			String name = symbol.getName();
			boolean container = symbol.getKind() == SymbolKind.Package || symbol.getKind() == SymbolKind.Namespace
					|| symbol.getKind() == SymbolKind.Module;
			return container ? name : name.substring(name.lastIndexOf('.') + 1);
		}

		@Override
		public String getText(Object element) {
			return getStyledText(element).getString();
		}

		@Override
		public Image getImage(Object element) {
			LithosSymbolKind kind = element instanceof DocumentSymbol symbol ? kind(symbol) : null;
			return kind != null ? images.get(kind)
					: PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
		}
	}
}
