package org.lithos.dsl.ui.internal.editor;

import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;

/**
 * Colours code partitions by their words alone, so a file is readable the moment it opens and while the server
 * catches up: keywords (taken from the grammar once the language is loaded) and numbers. The server's semantic tokens
 * are drawn on top when they arrive.
 */
final class LexicalScanner extends RuleBasedScanner {

	LexicalScanner(Supplier<Set<String>> keywords) {
		IToken keyword = new Token(TokenStyles.KEYWORD);
		IToken number = new Token(TokenStyles.NUMBER);
		IToken other = new Token(TokenStyles.DEFAULT);
		setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), new NumberRule(number),
				new WordRule(keywords, keyword, other) });
		setDefaultReturnToken(other);
	}

	/** Words: a keyword if the grammar has it, plain otherwise (so {@code cellName} is not half a keyword). */
	private static final class WordRule implements IRule {
		private final Supplier<Set<String>> keywords;
		private final IToken keyword;
		private final IToken other;
		private final StringBuilder word = new StringBuilder();

		WordRule(Supplier<Set<String>> keywords, IToken keyword, IToken other) {
			this.keywords = keywords;
			this.keyword = keyword;
			this.other = other;
		}

		@Override
		public IToken evaluate(ICharacterScanner scanner) {
			int c = scanner.read();
			if (c == ICharacterScanner.EOF || !Character.isJavaIdentifierStart(c)) {
				scanner.unread();
				return Token.UNDEFINED;
			}
			word.setLength(0);
			while (c != ICharacterScanner.EOF && Character.isJavaIdentifierPart(c)) {
				word.append((char) c);
				c = scanner.read();
			}
			scanner.unread();
			return keywords.get().contains(word.toString()) ? keyword : other;
		}
	}

	/** Decimal numbers with an optional fraction and exponent: {@code 12}, {@code 0.5}, {@code 1e-3}. */
	private static final class NumberRule implements IRule {
		private final IToken token;

		NumberRule(IToken token) {
			this.token = token;
		}

		@Override
		public IToken evaluate(ICharacterScanner scanner) {
			int c = scanner.read();
			if (c == ICharacterScanner.EOF || !Character.isDigit(c)) {
				scanner.unread();
				return Token.UNDEFINED;
			}
			int read = 1;
			boolean exponent = false;
			while (true) {
				c = scanner.read();
				read++;
				if (Character.isDigit(c) || c == '.') {
					continue;
				}
				if ((c == 'e' || c == 'E') && !exponent) {
					int next = scanner.read();
					read++;
					if (Character.isDigit(next) || next == '-' || next == '+') {
						exponent = true;
						continue;
					}
					scanner.unread();
					scanner.unread();
					read -= 2;
					break;
				}
				scanner.unread();
				read--;
				break;
			}
			return read > 0 ? token : Token.UNDEFINED;
		}
	}
}
