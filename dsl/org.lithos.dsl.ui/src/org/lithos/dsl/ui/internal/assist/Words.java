package org.lithos.dsl.ui.internal.assist;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** The name under the caret or mouse: letters, digits, underscores and the dots of qualified names. */
public final class Words {

	private Words() {
	}

	public static boolean isNamePart(char c) {
		return Character.isJavaIdentifierPart(c) || c == '.';
	}

	/** @return the name around an offset, or an empty region at the offset when there is none */
	public static IRegion at(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && isNamePart(document.getChar(start - 1))) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && isNamePart(document.getChar(end))) {
				end++;
			}
			return new Region(start, end - start);
		} catch (BadLocationException e) {
			return new Region(offset, 0);
		}
	}

	/** @return the start of the name that ends at an offset (the prefix being completed) */
	static int prefixStart(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && Character.isJavaIdentifierPart(document.getChar(start - 1))) {
				start--;
			}
			return start;
		} catch (BadLocationException e) {
			return offset;
		}
	}
}
