package org.lithos.dsl.ui.internal.lsp;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between document offsets and LSP positions. Both count UTF-16 code units, as Java strings do, so a
 * character offset within a line is the same number on both sides. Out-of-range positions (a stale answer for a
 * document that has since shrunk) are clamped, never thrown.
 */
public final class Positions {

	private Positions() {
	}

	/** @return the LSP position of a document offset */
	public static Position toPosition(IDocument document, int offset) {
		try {
			int clamped = Math.max(0, Math.min(offset, document.getLength()));
			int line = document.getLineOfOffset(clamped);
			return new Position(line, clamped - document.getLineOffset(line));
		} catch (BadLocationException e) {
			throw new IllegalStateException("an offset clamped to the document is always valid", e);
		}
	}

	/** @return the document offset of an LSP position, clamped to the document */
	public static int toOffset(IDocument document, Position position) {
		try {
			int lines = document.getNumberOfLines();
			if (position.getLine() >= lines) {
				return document.getLength();
			}
			int line = Math.max(0, position.getLine());
			int lineLength = document.getLineInformation(line).getLength();
			return document.getLineOffset(line) + Math.max(0, Math.min(position.getCharacter(), lineLength));
		} catch (BadLocationException e) {
			throw new IllegalStateException("a line below the line count is always valid", e);
		}
	}

	/** @return the document region of an LSP range */
	public static IRegion toRegion(IDocument document, Range range) {
		int start = toOffset(document, range.getStart());
		int end = Math.max(start, toOffset(document, range.getEnd()));
		return new Region(start, end - start);
	}

	/** @return the LSP range of a document region */
	public static Range toRange(IDocument document, int offset, int length) {
		return new Range(toPosition(document, offset), toPosition(document, offset + length));
	}
}
