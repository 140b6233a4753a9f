package org.lithos.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Open File...: the files chosen in the file dialog open in editors, .cell files in the cell editor, whether
 * inside the workspace or not (as {@code lithos studio FILE} opens them). It replaces the IDE's action of the same
 * name, which opens the native dialog itself, so that the chooser is asked through {@link FileChooser}.
 */
public class OpenFileHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND = "org.lithos.ui.openFile";

	/** What the dialog offers first; "*" (all files) is always offered too. */
	private static final List<String> EXTENSIONS = List.of("cell");

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		List<Path> files = FileChooser.current().open(window.getShell(), "Open File", EXTENSIONS);
		EditorOpener.openAll(window, files);
		return null;
	}
}
