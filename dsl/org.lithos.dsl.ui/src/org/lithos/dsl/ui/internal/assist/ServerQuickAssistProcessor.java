package org.lithos.dsl.ui.internal.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.Positions;
import org.lithos.dsl.ui.internal.lsp.QuickFixes;
import org.lithos.dsl.ui.internal.problems.DiagnosticAnnotations;

/**
 * Quick fixes (Ctrl+1): the server's code actions for the problems at the caret (or, failing that, on its line).
 * The server derives them from the validator's issue codes: did-you-mean for unknown names, the right unit, the
 * plausible range. They are read from the document's {@link org.lithos.dsl.ui.internal.lsp.QuickFixCache}, filled in
 * the background when the diagnostics arrive; in the moment after an edit, before they are in, the popup says so and
 * opens again by itself when they arrive.
 */
public final class ServerQuickAssistProcessor implements IQuickAssistProcessor {

	private static final ICompletionProposal[] NONE = {};

	private final Supplier<DocumentSync> sync;
	private String error;

	/** @param sync the editor's current document connection */
	public ServerQuickAssistProcessor(Supplier<DocumentSync> sync) {
		this.sync = sync;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		error = null;
		DocumentSync document = sync.get();
		if (document == null) {
			return NONE;
		}
		ISourceViewer viewer = context.getSourceViewer();
		List<Diagnostic> problems = problemsAt(viewer.getDocument(), document.diagnostics(), context.getOffset());
		if (problems.isEmpty()) {
			error = "No problem to fix here";
			return NONE;
		}
		// computed when the diagnostics arrived: this runs on the UI thread, which must never wait for the server
		List<QuickFixes.Fix> fixes = document.quickFixes().fixes(problems);
		if (fixes == null) {
			error = "Computing quick fixes...";
			reopenWhenComputed(document, viewer, context.getOffset());
			return NONE;
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (QuickFixes.Fix fix : fixes) {
			proposals.add(new CodeActionProposal(fix));
		}
		if (proposals.isEmpty()) {
			error = "No quick fix for this problem";
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** Opens the popup again once the fixes are in, if the caret and the text are still where they were. */
	private static void reopenWhenComputed(DocumentSync document, ISourceViewer viewer, int offset) {
		long stamp = document.modificationStamp();
		Display display = viewer.getTextWidget().getDisplay();
		document.quickFixes().whenComputed().thenRun(() -> display.asyncExec(() -> {
			if (!viewer.getTextWidget().isDisposed() && stamp == document.modificationStamp()
					&& viewer.getSelectedRange().x == offset && viewer instanceof ITextOperationTarget target
					&& target.canDoOperation(ISourceViewer.QUICK_ASSIST)) {
				target.doOperation(ISourceViewer.QUICK_ASSIST);
			}
		}));
	}

	/** @return the diagnostics covering the offset, else those on its line, in document order */
	static List<Diagnostic> problemsAt(IDocument text, List<Diagnostic> diagnostics, int offset) {
		List<Diagnostic> covering = new ArrayList<>();
		List<Diagnostic> onLine = new ArrayList<>();
		int line;
		try {
			line = text.getLineOfOffset(offset);
		} catch (BadLocationException e) {
			return covering;
		}
		for (Diagnostic diagnostic : diagnostics) {
			IRegion region = Positions.toRegion(text, diagnostic.getRange());
			if (region.getOffset() <= offset && offset <= region.getOffset() + region.getLength()) {
				covering.add(diagnostic);
			} else if (diagnostic.getRange().getStart().getLine() == line) {
				onLine.add(diagnostic);
			}
		}
		List<Diagnostic> result = covering.isEmpty() ? onLine : covering;
		result.sort((a, b) -> a.getRange().getStart().getLine() != b.getRange().getStart().getLine()
				? Integer.compare(a.getRange().getStart().getLine(), b.getRange().getStart().getLine())
				: Integer.compare(a.getRange().getStart().getCharacter(), b.getRange().getStart().getCharacter()));
		return result;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		if (annotation instanceof MarkerAnnotation marker) {
			try {
				return marker.getMarker().exists() && CellEditorIds.MARKER_TYPE.equals(marker.getMarker().getType());
			} catch (CoreException e) {
				return false;
			}
		}
		return DiagnosticAnnotations.ERROR_TYPE.equals(annotation.getType())
				|| DiagnosticAnnotations.WARNING_TYPE.equals(annotation.getType());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}
}
