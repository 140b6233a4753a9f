package org.lithos.dsl.ui.internal.editor;

import java.util.List;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.texteditor.TextOperationAction;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.ui.internal.CellEditorPlugin;
import org.lithos.dsl.ui.internal.library.LibraryEditorInput;
import org.lithos.dsl.ui.internal.lsp.CellLanguageServer;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.DocumentUris;
import org.lithos.dsl.ui.internal.names.Occurrences;
import org.lithos.dsl.ui.internal.names.ReferencesAction;
import org.lithos.dsl.ui.internal.names.RenameAction;
import org.lithos.dsl.ui.internal.outline.CellOutlinePage;
import org.lithos.dsl.ui.internal.problems.DiagnosticAnnotations;

/**
 * The {@code .cell} editor: a text editor whose language smarts all come from the in-process language server.
 *
 * <p>A {@link TextEditor} subclass rather than the generic editor: the outline page, folding through a projection
 * viewer, comment toggling, format and the per-editor document connection all need editor-level code; the generic
 * editor would need the same classes plus one extension per feature, for nothing gained.
 */
public final class CellEditor extends TextEditor {

	private static final char[] BRACKETS = { '{', '}', '(', ')', '[', ']' };
	private static final String MATCHING_BRACKETS = "org.lithos.dsl.ui.matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOR = "org.lithos.dsl.ui.matchingBracketsColor";
	private static final String FORMAT_ACTION = "org.lithos.dsl.ui.Format";
	private static final String TOGGLE_COMMENT_ACTION = "org.lithos.dsl.ui.ToggleComment";
	private static final String RENAME_ACTION = "org.lithos.dsl.ui.Rename";
	private static final String REFERENCES_ACTION = "org.lithos.dsl.ui.References";

	private final DefaultCharacterPairMatcher brackets = new DefaultCharacterPairMatcher(BRACKETS);
	private CellLanguageServer server;
	private EditorSession session;
	private CellOutlinePage outline;
	private ProjectionSupport projection;
	private Occurrences occurrences;
	/** Renames this editor's tab when another editor of a file of the same name opens or closes. */
	private final IPartListener2 namesake = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			showName(null);
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			showName(ref);
		}

		@Override
		public void partInputChanged(IWorkbenchPartReference ref) {
			showName(null);
		}
	};

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		server = CellEditorPlugin.getDefault().server();
		IPreferenceStore own = CellEditorPlugin.getDefault().getPreferenceStore();
		own.setDefault(MATCHING_BRACKETS, true);
		PreferenceConverter.setDefault(own, MATCHING_BRACKETS_COLOR, new RGB(128, 128, 128));
		IPreferenceStore store = new ChainedPreferenceStore(new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
		setPreferenceStore(store);
		setSourceViewerConfiguration(new CellSourceViewerConfiguration(store, this::sync, server::keywords));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CellEditorIds.CONTEXT_ID });
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.addSummarizableAnnotationType(DiagnosticAnnotations.ERROR_TYPE);
		projection.addSummarizableAnnotationType(DiagnosticAnnotations.WARNING_TYPE);
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		startSession();
		occurrences = new Occurrences(viewer, this::sync, server::keywords);
		occurrences.install();
		getSite().getPage().addPartListener(namesake);
		showName(null);
	}

	/**
	 * Names the tab after the file, with the parent folders that tell it from another open file of the same name
	 * ({@link EditorNames}); the window title follows the tab's name.
	 *
	 * @param closing an editor being closed, which no longer counts; null for none
	 */
	private void showName(IWorkbenchPartReference closing) {
		IEditorInput input = getEditorInput();
		if (input == null || getSite() == null || getSite().getPage() == null) {
			return;
		}
		String name = EditorNames.name(EditorNames.path(input), EditorNames.others(getSite().getPage(), this, closing));
		if (!name.equals(getPartName())) {
			setPartName(name);
		}
	}

	/** @return the file's whole path on disk (a workspace file's tooltip would be its path in the workspace) */
	@Override
	public String getTitleToolTip() {
		IEditorInput input = getEditorInput();
		String path = input == null ? null : EditorNames.fullPath(input);
		return path == null ? super.getTitleToolTip() : path;
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(brackets);
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	protected void doSetInput(IEditorInput input) throws org.eclipse.core.runtime.CoreException {
		stopSession();
		super.doSetInput(input);
		CellPartitions.setUp(getDocumentProvider().getDocument(input));
		showName(null);
		if (getSourceViewer() != null) {
			startSession();
		}
	}

	private void startSession() {
		IEditorInput input = getEditorInput();
		IDocument document = input == null ? null : getDocumentProvider().getDocument(input);
		String uri = uri(input);
		if (document == null || uri == null || session != null) {
			return;
		}
		CellPartitions.setUp(document);
		IAnnotationModel annotations = null;
		if (!(input instanceof IFileEditorInput)) {
			annotations = getDocumentProvider().getAnnotationModel(input);
			if (annotations == null) {
				annotations = getSourceViewer().getAnnotationModel();
			}
		}
		session = new EditorSession(server, uri, document, (ProjectionViewer) getSourceViewer(), annotations,
				this::symbolsChanged);
		session.start();
	}

	private void stopSession() {
		if (session != null) {
			session.dispose();
			session = null;
		}
	}

	/** @return the server's URI of an input: its file, its URI, or the library URI; null if it has none */
	private static String uri(IEditorInput input) {
		if (input instanceof IFileEditorInput file && file.getFile().getLocationURI() != null) {
			return DocumentUris.of(file.getFile().getLocationURI());
		}
		if (input instanceof LibraryEditorInput library) {
			return library.uri();
		}
		if (input instanceof IURIEditorInput uriInput && uriInput.getURI() != null) {
			return DocumentUris.of(uriInput.getURI());
		}
		return null;
	}

	private void symbolsChanged(List<DocumentSymbol> symbols) {
		if (outline != null) {
			outline.setSymbols(symbols);
		}
	}

	@Override
	protected void createActions() {
		super.createActions();
		ResourceBundle messages = ResourceBundle.getBundle("org.eclipse.ui.texteditor.ConstructedEditorMessages");
		IAction assist = new ContentAssistAction(messages, "Editor.ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction(ITextEditorActionConstants.CONTENT_ASSIST, assist);
		IAction quickAssist = new TextOperationAction(messages, "Editor.QuickAssist.", this, ISourceViewer.QUICK_ASSIST);
		quickAssist.setActionDefinitionId(ITextEditorActionDefinitionIds.QUICK_ASSIST);
		setAction(ITextEditorActionConstants.QUICK_ASSIST, quickAssist);
		setAction(FORMAT_ACTION, new FormatAction(this));
		setAction(TOGGLE_COMMENT_ACTION, new ToggleCommentAction(this));
		setAction(RENAME_ACTION, new RenameAction(this, this::sync, server::keywords));
		setAction(REFERENCES_ACTION, new ReferencesAction(this, () -> getSourceViewer().getTextWidget(), this::sync));
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, RENAME_ACTION);
		addAction(menu, ITextEditorActionConstants.GROUP_FIND, REFERENCES_ACTION);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			if (outline == null) {
				outline = new CellOutlinePage(this);
				if (session != null) {
					outline.setSymbols(session.symbols());
				}
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		super.doSave(monitor);
		if (session != null) {
			session.sync().saved();
		}
	}

	@Override
	public void dispose() {
		if (occurrences != null) {
			occurrences.dispose();
		}
		stopSession();
		if (getSite() != null && getSite().getPage() != null) {
			getSite().getPage().removePartListener(namesake);
		}
		if (projection != null) {
			projection.dispose();
		}
		brackets.dispose();
		super.dispose();
	}

	/** @return this editor's connection to the server, or null before it has a document */
	public DocumentSync sync() {
		return session == null ? null : session.sync();
	}

	/** @return this editor's session with the server (tests inspect it), or null */
	public EditorSession session() {
		return session;
	}

	/** @return the bracket matcher the editor highlights matching brackets with */
	public DefaultCharacterPairMatcher brackets() {
		return brackets;
	}

	/** @return the occurrences of the name at the caret, as marked (tests read them) */
	public Occurrences occurrences() {
		return occurrences;
	}

	/** @return the References action (Ctrl+Shift+G), whose popup tests drive */
	public ReferencesAction references() {
		return (ReferencesAction) getAction(REFERENCES_ACTION);
	}

	/** @return the editor's outline page, if the Outline view asked for it */
	public CellOutlinePage outline() {
		return outline;
	}

	/** @return the link detectors that Ctrl+mouse-move, Ctrl+click and F3 ask (tests ask them too) */
	public IHyperlinkDetector[] hyperlinkDetectors() {
		return getSourceViewerConfiguration().getHyperlinkDetectors(getSourceViewer());
	}

	/** @return the editor's viewer (tests drive it) */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** Shows a message in the status line. */
	void status(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
	}
}
