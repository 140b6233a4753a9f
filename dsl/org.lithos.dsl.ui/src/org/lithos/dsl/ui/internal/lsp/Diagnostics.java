package org.lithos.dsl.ui.internal.lsp;

import org.eclipse.lsp4j.Diagnostic;

/** Reading the server's diagnostics. */
public final class Diagnostics {

	private Diagnostics() {
	}

	/**
	 * @return the message as plain text: the validator's message, the same words {@code lithos check} prints (LSP 3.18
	 *         allows Markdown here; the text of either form is kept)
	 */
	public static String message(Diagnostic diagnostic) {
		if (diagnostic.getMessage() == null) {
			return "";
		}
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue();
	}
}
