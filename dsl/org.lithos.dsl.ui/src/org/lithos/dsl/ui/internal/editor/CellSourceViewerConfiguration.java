package org.lithos.dsl.ui.internal.editor;

import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.URLHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.lithos.dsl.ui.internal.assist.DefinitionHyperlinkDetector;
import org.lithos.dsl.ui.internal.assist.ServerCompletionProcessor;
import org.lithos.dsl.ui.internal.assist.ServerQuickAssistProcessor;
import org.lithos.dsl.ui.internal.assist.ServerTextHover;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;

/**
 * Wires the cell editor's viewer: lexical colouring per partition, typing aids, and content assist, hover, quick
 * fixes and definition links answered by the language server through the editor's current document connection.
 */
final class CellSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/** Comment prefix for comment toggling. */
	static final String LINE_COMMENT = "//";
	private static final int TAB_WIDTH = 4;

	private final Supplier<DocumentSync> sync;
	private final Supplier<Set<String>> keywords;

	CellSourceViewerConfiguration(IPreferenceStore store, Supplier<DocumentSync> sync, Supplier<Set<String>> keywords) {
		super(store);
		this.sync = sync;
		this.keywords = keywords;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer viewer) {
		return CellPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer viewer) {
		return CellPartitions.TYPES.clone();
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(CellPartitions.PARTITIONING);
		add(reconciler, new LexicalScanner(keywords), IDocument.DEFAULT_CONTENT_TYPE);
		add(reconciler, uniform(new Token(TokenStyles.COMMENT)), CellPartitions.COMMENT);
		add(reconciler, uniform(new Token(TokenStyles.STRING)), CellPartitions.STRING);
		return reconciler;
	}

	private static void add(PresentationReconciler reconciler, RuleBasedScanner scanner, String partition) {
		DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(scanner);
		reconciler.setDamager(damagerRepairer, partition);
		reconciler.setRepairer(damagerRepairer, partition);
	}

	private static RuleBasedScanner uniform(Token token) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(token);
		return scanner;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer viewer) {
		// asynchronous: proposals are computed on a worker thread, the UI thread never waits for the server
		ContentAssistant assistant = new ContentAssistant(true);
		assistant.setDocumentPartitioning(CellPartitions.PARTITIONING);
		ServerCompletionProcessor processor = new ServerCompletionProcessor(sync);
		assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
		assistant.addCompletionListener(processor);
		assistant.enableAutoActivation(false);
		assistant.setShowEmptyList(true);
		assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
		assistant.setInformationControlCreator(informationControls());
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new ServerQuickAssistProcessor(sync));
		assistant.setInformationControlCreator(informationControls());
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
		return new ServerTextHover(sync);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
		return new IHyperlinkDetector[] { new DefinitionHyperlinkDetector(sync), new URLHyperlinkDetector() };
	}

	@Override
	public IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer viewer, String contentType) {
		TypingAids.Place place = CellPartitions.COMMENT.equals(contentType) ? TypingAids.Place.COMMENT
				: CellPartitions.STRING.equals(contentType) ? TypingAids.Place.STRING : TypingAids.Place.CODE;
		return new IAutoEditStrategy[] { new TypingAids(place) };
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer viewer, String contentType) {
		return new String[] { LINE_COMMENT, "" };
	}

	@Override
	public int getTabWidth(ISourceViewer viewer) {
		return TAB_WIDTH;
	}

	@Override
	public IInformationControlCreator getInformationControlCreator(ISourceViewer viewer) {
		return informationControls();
	}

	private static IInformationControlCreator informationControls() {
		return parent -> new DefaultInformationControl(parent, true);
	}
}
