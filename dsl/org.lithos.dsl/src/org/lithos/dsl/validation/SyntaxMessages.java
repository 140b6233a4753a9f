package org.lithos.dsl.validation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in the words of a lab notebook, not of the parser generator: "unexpected '+'" instead of "no
 * viable alternative at input '+'", "a number cannot end in '.'" instead of "required (...)+ loop did not match
 * anything". The parser's message is kept as a last resort for shapes not recognised here.
 */
public class SyntaxMessages extends SyntaxErrorMessageProvider {

	/** The grammar's terminals as a reader knows them. */
	private static final Map<String, String> TOKENS = Map.of("RULE_ID", "a name", "RULE_DECIMAL", "a number",
			"RULE_STRING", "text in double quotes", "EOF", "the end of the file", "<EOF>", "the end of the file");

	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (character|input) (.*)");
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) (.*)");
	private static final Pattern MISMATCHED = Pattern.compile("(?:mismatched|extraneous) (?:input|character) (.*?) expecting (.*)");
	private static final Pattern MISMATCHED_ALONE = Pattern.compile("mismatched (?:input|character) (.*)");
	private static final Pattern MISSING = Pattern.compile("missing (.*?) at (.*)");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		String message = original.getMessage();
		return message == null ? original : new SyntaxErrorMessage(plain(message), original.getIssueCode());
	}

	/** @return the parser's message in plain words; unknown shapes pass unchanged */
	static String plain(String message) {
		Matcher m = LOOP.matcher(message);
		if (m.matches()) {
			// the only one-or-more loops of the lexer are the digits after a number's '.' and after its exponent
			return "character".equals(m.group(1))
					? "a number cannot end in '.' or 'e': write 5 or 5.0, and 1e3 rather than 1e (found " + m.group(2) + ")"
					: "expected a name before " + quoted(m.group(2));
		}
		m = NO_VIABLE.matcher(message);
		if (m.matches()) {
			return unexpected(m.group(1));
		}
		m = MISMATCHED.matcher(message);
		if (m.matches()) {
			return unexpected(m.group(1)) + ", expected " + token(m.group(2));
		}
		m = MISMATCHED_ALONE.matcher(message);
		if (m.matches()) {
			return unexpected(m.group(1));
		}
		m = MISSING.matcher(message);
		if (m.matches()) {
			return "missing " + token(m.group(1)) + " before " + quoted(m.group(2));
		}
		return message;
	}

	private static String unexpected(String found) {
		String token = quoted(found);
		if (token.equals("'+'")) {
			return "unexpected '+': numbers take no '+' sign (write 5 MPa, or -5 for a negative value)";
		}
		if (token.equals("'.'")) {
			return "unexpected '.': a number cannot end in '.' (write 5 or 5.0)";
		}
		return "unexpected " + (token.equals("'<EOF>'") ? "end of the file" : token);
	}

	private static String quoted(String text) {
		String bare = text.strip();
		if (bare.length() >= 2 && bare.startsWith("'") && bare.endsWith("'")) {
			bare = bare.substring(1, bare.length() - 1);
		}
		return "'" + bare.replace("\n", "\\n") + "'";
	}

	private static String token(String name) {
		String bare = name.strip();
		return TOKENS.getOrDefault(bare, bare.startsWith("'") ? bare : "'" + bare + "'");
	}
}
