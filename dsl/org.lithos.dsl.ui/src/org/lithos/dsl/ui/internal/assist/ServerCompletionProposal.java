package org.lithos.dsl.ui.internal.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension6;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.lithos.dsl.ui.internal.lsp.Positions;
import org.lithos.dsl.ui.internal.lsp.TextEdits;

/**
 * One completion item of the server. Its replacement range was computed for the text at the moment of the request;
 * characters typed since (while the popup filters) extend that range, so applying replaces the whole typed prefix.
 */
public final class ServerCompletionProposal
		implements ICompletionProposal, ICompletionProposalExtension2, ICompletionProposalExtension6 {

	private final CompletionItem item;
	private final int requestOffset;
	private final int replaceStart;
	private final int replaceEnd;
	private final String text;
	private int caret = -1;

	ServerCompletionProposal(CompletionItem item, IDocument document, int requestOffset) {
		this.item = item;
		this.requestOffset = requestOffset;
		if (item.getTextEdit() != null) {
			Range range = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getRange()
					: item.getTextEdit().getRight().getReplace();
			IRegion region = Positions.toRegion(document, range);
			replaceStart = region.getOffset();
			replaceEnd = Math.max(requestOffset, region.getOffset() + region.getLength());
			text = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getNewText()
					: item.getTextEdit().getRight().getNewText();
		} else {
			replaceStart = Words.prefixStart(document, requestOffset);
			replaceEnd = requestOffset;
			text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		}
	}

	/** @return the server's item */
	public CompletionItem item() {
		return item;
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		IDocument document = viewer.getDocument();
		int end = Math.max(offset, replaceEnd + (offset - requestOffset));
		List<TextEdit> edits = new ArrayList<>();
		edits.add(new TextEdit(Positions.toRange(document, replaceStart, end - replaceStart), text));
		int shift = 0;
		if (item.getAdditionalTextEdits() != null) {
			for (TextEdit extra : item.getAdditionalTextEdits()) {
				IRegion region = Positions.toRegion(document, extra.getRange());
				if (region.getOffset() + region.getLength() <= replaceStart) {
					edits.add(extra);
					shift += extra.getNewText().length() - region.getLength();
				}
			}
		}
		TextEdits.apply(document, edits);
		caret = replaceStart + shift + text.length();
	}

	@Override
	public void apply(IDocument document) {
		throw new UnsupportedOperationException("applied through apply(ITextViewer, ...)");
	}

	@Override
	public Point getSelection(IDocument document) {
		return caret < 0 ? null : new Point(caret, 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		String documentation = PlainText.of(item.getDocumentation());
		String detail = item.getDetail() == null ? "" : item.getDetail();
		String info = (detail + "\n\n" + documentation).strip();
		return info.isEmpty() ? null : info;
	}

	@Override
	public String getDisplayString() {
		return getStyledDisplayString().getString();
	}

	@Override
	public StyledString getStyledDisplayString() {
		StyledString label = new StyledString(item.getLabel());
		if (item.getDetail() != null && !item.getDetail().isBlank()) {
			label.append(" - " + item.getDetail().lines().findFirst().orElse(""), StyledString.QUALIFIER_STYLER);
		}
		return label;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
		// no preview
	}

	@Override
	public void unselected(ITextViewer viewer) {
		// no preview
	}

	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		if (offset < replaceStart) {
			return false;
		}
		try {
			String typed = document.get(replaceStart, offset - replaceStart).toLowerCase(Locale.ROOT);
			String filter = (item.getFilterText() != null ? item.getFilterText() : item.getLabel())
					.toLowerCase(Locale.ROOT);
			return filter.startsWith(typed) || text.toLowerCase(Locale.ROOT).startsWith(typed);
		} catch (BadLocationException e) {
			return false;
		}
	}
}
