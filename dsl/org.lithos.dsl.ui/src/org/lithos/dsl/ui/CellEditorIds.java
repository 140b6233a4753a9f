package org.lithos.dsl.ui;

/**
 * Identifiers contributed by this bundle's {@code plugin.xml}; other bundles open {@code .cell} files and find their
 * problems through these, never through string copies.
 */
public final class CellEditorIds {

	/** The {@code .cell} editor. */
	public static final String EDITOR_ID = "org.lithos.dsl.ui.cellEditor";

	/** The content type of {@code .cell} files (a text content type, file extension {@code cell}). */
	public static final String CONTENT_TYPE_ID = "org.lithos.dsl.ui.cellSource";

	/** Problem markers of {@code .cell} files, a subtype of the resources problem and text markers. */
	public static final String MARKER_TYPE = "org.lithos.dsl.ui.problem";

	/** Marker attribute holding the validator's issue code (see {@code org.lithos.dsl.validation.IssueCodes}). */
	public static final String MARKER_CODE = "lithosIssueCode";

	/** Key-binding context active in the editor (F3, Ctrl+Shift+F, Ctrl+/). */
	public static final String CONTEXT_ID = "org.lithos.dsl.ui.cellEditorScope";

	/** Command: format the file through the language server. */
	public static final String FORMAT_COMMAND = "org.lithos.dsl.ui.format";

	/** Command: comment or uncomment the selected lines. */
	public static final String TOGGLE_COMMENT_COMMAND = "org.lithos.dsl.ui.toggleComment";

	/** Command: rename the name at the caret and its references (Alt+Shift+R). */
	public static final String RENAME_COMMAND = "org.lithos.dsl.ui.rename";

	/** Command: list the references of the name at the caret (Ctrl+Shift+G). */
	public static final String REFERENCES_COMMAND = "org.lithos.dsl.ui.references";

	private CellEditorIds() {
	}
}
