package org.lithos.dsl.ui.internal.editor;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * The colours of the cell language, in one place: the lexical categories used before the server answers and the
 * semantic-token types of the Language Server Protocol (standard names) used once it has.
 */
public final class TokenStyles {

	/** Keywords ({@code cell}, {@code material}, {@code plate} ...). */
	public static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
	/** Comments. */
	public static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95));
	/** Quoted strings. */
	public static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
	/** Numbers. */
	public static final TextAttribute NUMBER = new TextAttribute(new Color(9, 115, 80));
	/** Everything else. */
	public static final TextAttribute DEFAULT = new TextAttribute(null);

	private static final TextAttribute DECLARATION_NAME = new TextAttribute(new Color(0, 64, 160), null, SWT.BOLD);
	private static final TextAttribute REFERENCE = new TextAttribute(new Color(0, 64, 160));
	private static final TextAttribute PROPERTY = new TextAttribute(new Color(110, 60, 0));
	private static final TextAttribute UNIT = new TextAttribute(new Color(9, 115, 80), null, SWT.ITALIC);
	private static final TextAttribute NAMESPACE = new TextAttribute(new Color(100, 100, 100));

	/** Semantic token type (LSP standard names) to style; types not listed keep their lexical colour. */
	private static final Map<String, TextAttribute> SEMANTIC = Map.ofEntries(
			Map.entry("keyword", KEYWORD),
			Map.entry("comment", COMMENT),
			Map.entry("string", STRING),
			Map.entry("number", NUMBER),
			Map.entry("namespace", NAMESPACE),
			Map.entry("type", REFERENCE),
			Map.entry("class", REFERENCE),
			Map.entry("struct", REFERENCE),
			Map.entry("enum", REFERENCE),
			Map.entry("interface", REFERENCE),
			Map.entry("function", REFERENCE),
			Map.entry("method", REFERENCE),
			Map.entry("variable", REFERENCE),
			Map.entry("parameter", REFERENCE),
			Map.entry("enumMember", PROPERTY),
			Map.entry("property", PROPERTY),
			Map.entry("event", PROPERTY),
			Map.entry("macro", UNIT),
			Map.entry("operator", UNIT),
			Map.entry("decorator", UNIT));

	private TokenStyles() {
	}

	/**
	 * @param type        a semantic token type
	 * @param declaration whether the token carries the {@code declaration} or {@code definition} modifier
	 * @return its style, or null to keep the lexical colour
	 */
	public static TextAttribute semantic(String type, boolean declaration) {
		TextAttribute style = SEMANTIC.get(type);
		return declaration && style == REFERENCE ? DECLARATION_NAME : style;
	}
}
