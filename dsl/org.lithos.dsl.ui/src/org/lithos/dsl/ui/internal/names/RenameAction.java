package org.lithos.dsl.ui.internal.names;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.ui.internal.CellEditorPlugin;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.Positions;

/**
 * Rename (Alt+Shift+R): renames the declared name under the caret and every reference to it in the files the server
 * knows (the workspace's projects). The server is asked first whether the name can be renamed
 * ({@code prepareRename}: not a keyword, not a name of the read-only library); the new name is asked in a dialog and
 * checked as the grammar's identifiers; the server's edits are applied as one undoable change per file.
 *
 * <p>The UI thread never waits for the server, and the dialogs do not block it either: each step continues when its
 * answer arrives, and stops with a message if the text changed in the meantime.
 */
public final class RenameAction extends Action {

	/** The dialogs' title. */
	public static final String TITLE = "Rename";
	/** The message when the caret is on nothing that can be renamed. */
	public static final String NOTHING_TO_RENAME = "The caret is not on a name that can be renamed: put it on the name "
			+ "of a material, cell, protocol, parameter, study or variable, where it is declared or used.";
	private static final Pattern IDENTIFIER = Pattern.compile("\\^?[A-Za-z_][A-Za-z0-9_]*");

	private final ITextEditor editor;
	private final Supplier<DocumentSync> sync;
	private final Supplier<Set<String>> keywords;

	/**
	 * @param editor   the editor
	 * @param sync     its current document connection
	 * @param keywords the grammar's keywords (not valid as new names)
	 */
	public RenameAction(ITextEditor editor, Supplier<DocumentSync> sync, Supplier<Set<String>> keywords) {
		super("Rena&me...");
		this.editor = editor;
		this.sync = sync;
		this.keywords = keywords;
		setToolTipText("Rename the name at the caret and every reference to it");
		setActionDefinitionId(CellEditorIds.RENAME_COMMAND);
	}

	@Override
	public void run() {
		DocumentSync document = sync.get();
		if (document == null) {
			return;
		}
		if (!editor.isEditable()) {
			message("This file is read-only: its names cannot be renamed here.");
			return;
		}
		IDocument text = document.document();
		int offset = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		Position position = Positions.toPosition(text, offset);
		TextDocumentIdentifier id = new TextDocumentIdentifier(document.uri());
		long stamp = document.modificationStamp();
		CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepared = document
				.request(server -> server.prepareRename(new PrepareRenameParams(id, position)));
		onUi(prepared, (answer, failure) -> {
			if (failure != null) {
				message(reason(failure));
			} else if (stamp != document.modificationStamp()) {
				message("The text changed while the server looked at the name; rename again.");
			} else if (answer == null || answer.isThird()) {
				message(NOTHING_TO_RENAME);
			} else {
				Range range = answer.isFirst() ? answer.getFirst() : answer.getSecond().getRange();
				IRegion region = Positions.toRegion(text, range);
				String name = text.get().substring(region.getOffset(), region.getOffset() + region.getLength());
				askNewName(name, newName -> rename(document, id, position, stamp, name, newName));
			}
		});
	}

	private void askNewName(String name, Consumer<String> rename) {
		InputDialog dialog = new InputDialog(shell(), TITLE, "New name for '" + name + "' and every reference to it:",
				name, newName -> problem(name, newName)) {
			@Override
			protected void okPressed() {
				String newName = getValue();
				super.okPressed();
				rename.accept(newName);
			}
		};
		// not blocking: the UI keeps running (and the server's answers keep arriving) while the dialog is open
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	/** @return why a new name is not acceptable, or null when it is */
	String problem(String oldName, String newName) {
		if (newName.equals(oldName)) {
			return "Type a new name";
		}
		if (!IDENTIFIER.matcher(newName).matches()) {
			return "A name is a letter or _ followed by letters, digits or _";
		}
		if (keywords.get().contains(newName)) {
			return "'" + newName + "' is a word of the language";
		}
		return null;
	}

	private void rename(DocumentSync document, TextDocumentIdentifier id, Position position, long stamp, String name,
			String newName) {
		if (stamp != document.modificationStamp()) {
			message("The text changed while the dialog was open; rename again.");
			return;
		}
		CompletableFuture<WorkspaceEdit> edit = document.request(server -> server.rename(new RenameParams(id, position, newName)));
		onUi(edit, (answer, failure) -> {
			if (failure != null) {
				message(reason(failure));
				return;
			}
			if (stamp != document.modificationStamp()) {
				message("The text changed while the server renamed '" + name + "'; rename again.");
				return;
			}
			Map<String, List<TextEdit>> edits = WorkspaceEdits.byDocument(answer);
			String unwritable = WorkspaceEdits.unwritable(edits, document.server());
			if (unwritable != null) {
				message("'" + name + "' is used in " + unwritable + ", which cannot be changed; nothing was renamed.");
				return;
			}
			try {
				WorkspaceEdits.apply(edits, document.server());
			} catch (CoreException | IllegalArgumentException e) {
				CellEditorPlugin.log("rename of " + name + " to " + newName + " failed", e);
				message("Renaming '" + name + "' failed: " + e.getMessage());
			}
		});
	}

	private static String reason(Throwable failure) {
		// the server's own message (a ResponseErrorException), under the futures' wrapping
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? failure.toString() : cause.getMessage();
	}

	private <T> void onUi(CompletableFuture<T> answer, Step<T> step) {
		Display display = shell().getDisplay();
		answer.whenComplete((value, failure) -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (sync.get() != null) {
						try {
							step.accept(value, failure);
						} catch (RuntimeException e) {
							CellEditorPlugin.log("rename failed", e);
							message("Rename failed: " + e.getMessage());
						}
					}
				});
			}
		});
	}

	/** What to do with an answer or its failure, on the UI thread. */
	@FunctionalInterface
	private interface Step<T> {
		void accept(T value, Throwable failure);
	}

	private void message(String text) {
		MessageDialog dialog = new MessageDialog(shell(), TITLE, null, text, MessageDialog.INFORMATION, 0,
				IDialogConstants.OK_LABEL);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	private Shell shell() {
		return editor.getSite().getShell();
	}
}
