package org.lithos.dsl.ui.internal.assist;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.lithos.dsl.ui.internal.lsp.QuickFixes;
import org.lithos.dsl.ui.internal.lsp.TextEdits;

/** A quick fix: one of the server's code actions, applied as its text edits to this document. */
public final class CodeActionProposal implements ICompletionProposal {

	private final String label;
	private final List<TextEdit> edits;

	CodeActionProposal(QuickFixes.Fix fix) {
		this.label = fix.label();
		this.edits = fix.edits();
	}

	@Override
	public void apply(IDocument document) {
		TextEdits.apply(document, edits);
	}

	@Override
	public Point getSelection(IDocument document) {
		return null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		StringBuilder info = new StringBuilder();
		for (TextEdit edit : edits) {
			info.append("line ").append(edit.getRange().getStart().getLine() + 1).append(": ")
					.append(edit.getNewText().isEmpty() ? "(remove)" : edit.getNewText()).append('\n');
		}
		return info.toString().strip();
	}

	@Override
	public String getDisplayString() {
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
}
