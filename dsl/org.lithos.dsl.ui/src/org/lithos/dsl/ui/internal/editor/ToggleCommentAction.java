package org.lithos.dsl.ui.internal.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.lithos.dsl.ui.CellEditorIds;

/**
 * Toggle comment (Ctrl+/): comments the selected lines with {@code //}, or uncomments them when every non-blank one
 * already is. The viewer's prefix operations do the edit, so it is one undoable change.
 */
final class ToggleCommentAction extends Action {

	private final CellEditor editor;

	ToggleCommentAction(CellEditor editor) {
		super("Toggle Comment");
		this.editor = editor;
		setActionDefinitionId(CellEditorIds.TOGGLE_COMMENT_COMMAND);
	}

	@Override
	public void run() {
		ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
		if (target == null || !editor.isEditorInputModifiable()) {
			return;
		}
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int operation = allCommented(document, selection) ? ITextOperationTarget.STRIP_PREFIX : ITextOperationTarget.PREFIX;
		if (target.canDoOperation(operation)) {
			target.doOperation(operation);
		}
	}

	/** @return whether every non-blank selected line starts, after indentation, with the comment prefix */
	static boolean allCommented(IDocument document, ITextSelection selection) {
		try {
			int first = document.getLineOfOffset(selection.getOffset());
			int end = selection.getOffset() + selection.getLength();
			int last = document.getLineOfOffset(end);
			if (last > first && document.getLineOffset(last) == end) {
				last--; // a selection ending at the start of a line does not include that line
			}
			boolean any = false;
			for (int line = first; line <= last; line++) {
				IRegion info = document.getLineInformation(line);
				String text = document.get(info.getOffset(), info.getLength()).strip();
				if (text.isEmpty()) {
					continue;
				}
				if (!text.startsWith(CellSourceViewerConfiguration.LINE_COMMENT)) {
					return false;
				}
				any = true;
			}
			return any;
		} catch (BadLocationException e) {
			return false;
		}
	}
}
