package org.lithos.dsl.ui.internal.assist;

import java.util.regex.Pattern;

import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The server writes hovers and documentation in Markdown; the editor's hover and proposal popups show plain text,
 * so emphasis marks, code fences and heading marks are dropped and the words kept.
 */
final class PlainText {

	private static final Pattern FENCE = Pattern.compile("(?m)^```.*$\\n?");
	private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
	private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");

	private PlainText() {
	}

	static String of(MarkupContent content) {
		if (content == null || content.getValue() == null) {
			return "";
		}
		String value = content.getValue();
		if (!"markdown".equals(content.getKind())) {
			return value.strip();
		}
		value = FENCE.matcher(value).replaceAll("");
		value = HEADING.matcher(value).replaceAll("");
		return EMPHASIS.matcher(value).replaceAll("").strip();
	}

	static String of(Either<String, MarkupContent> content) {
		if (content == null) {
			return "";
		}
		return content.isLeft() ? content.getLeft().strip() : of(content.getRight());
	}
}
