package org.lithos.dsl.ui.internal.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Typing aids, in the layout of the formatter ({@code lithos format}: blocks indented by {@value #INDENT_UNIT_SIZE}
 * spaces, the closing brace on its own line at the block's indentation):
 * <ul>
 * <li>Enter keeps the line's indentation, one level more after an opening brace; between a brace pair it opens the
 * block on three lines with the caret on the indented middle one;</li>
 * <li>in code, an opening bracket or a quote is closed at once (when no name follows the caret), and typing the
 * closing one just before the same character steps over it;</li>
 * <li>a closing brace typed on a blank line goes back one level.</li>
 * </ul>
 * Each keystroke looks at its own line only: no work grows with the file.
 */
final class TypingAids implements IAutoEditStrategy {

	/** Spaces per block level, as the formatter writes them. */
	static final int INDENT_UNIT_SIZE = 4;
	private static final String INDENT_UNIT = " ".repeat(INDENT_UNIT_SIZE);
	private static final String OPENING = "{([\"";
	private static final String CLOSING = "})]\"";

	/** Where the caret is: the aids differ in code, strings and comments. */
	enum Place {
		CODE, STRING, COMMENT
	}

	private final Place place;

	/** @param place the kind of partition this strategy serves */
	TypingAids(Place place) {
		this.place = place;
	}

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.text == null || command.offset < 0) {
			return;
		}
		try {
			if (command.length == 0 && TextUtilities.equals(document.getLegalLineDelimiters(), command.text) >= 0) {
				newLine(document, command);
			} else if (command.text.length() == 1) {
				typed(document, command, command.text.charAt(0));
			}
		} catch (BadLocationException e) {
			// an offset outside the text: leave the keystroke as it is
		}
	}

	private void typed(IDocument document, DocumentCommand command, char c) throws BadLocationException {
		if (place == Place.COMMENT) {
			return;
		}
		char next = command.offset + command.length < document.getLength()
				? document.getChar(command.offset + command.length)
				: '\n';
		int closing = CLOSING.indexOf(c);
		if (command.length == 0 && closing >= 0 && next == c && (c != '"' || place == Place.STRING)) {
			// step over the closing character that is already there
			command.length = 1;
			return;
		}
		if (place != Place.CODE) {
			return;
		}
		if (c == '}' && command.length == 0) {
			outdent(document, command);
			return;
		}
		int opening = OPENING.indexOf(c);
		if (opening >= 0 && command.length == 0 && !isNamePart(next) && next != '"'
				&& (c != '"' || !precededByName(document, command.offset))) {
			command.text = c + String.valueOf(CLOSING.charAt(opening));
			command.caretOffset = command.offset + 1;
			command.shiftsCaret = false;
		}
	}

	private void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		String after = document.get(command.offset, line.getOffset() + line.getLength() - command.offset);
		String indent = leadingWhitespace(before);
		boolean opensBlock = place == Place.CODE && before.stripTrailing().endsWith("{");
		String inner = opensBlock ? indent + INDENT_UNIT : indent;
		String rest = after.stripLeading();
		// the blanks between the caret and what follows it go: the next line starts at its indentation
		command.length = after.length() - rest.length();
		if (opensBlock && rest.startsWith("}")) {
			String delimiter = command.text;
			command.text = delimiter + inner + delimiter + indent;
			command.caretOffset = command.offset + delimiter.length() + inner.length();
			command.shiftsCaret = false;
		} else {
			command.text = command.text + inner;
		}
	}

	private static void outdent(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (!before.isBlank() || before.isEmpty()) {
			return;
		}
		int remove = before.endsWith("\t") ? 1 : Math.min(INDENT_UNIT_SIZE, before.length());
		command.offset -= remove;
		command.length += remove;
	}

	private static String leadingWhitespace(String text) {
		int end = 0;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(0, end);
	}

	private static boolean precededByName(IDocument document, int offset) throws BadLocationException {
		return offset > 0 && (isNamePart(document.getChar(offset - 1)) || document.getChar(offset - 1) == '"');
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}
}
