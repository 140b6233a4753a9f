package org.lithos.ui.internal.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** What both Lithos wizards do once their file exists: remember it, reveal it and open it in an editor. */
abstract class ExampleFileWizard extends BasicNewResourceWizard {

	private IFile created;

	/**
	 * Records, reveals and opens the new file; a file that cannot be opened is still made, so the wizard finishes.
	 *
	 * @param file the file the wizard made
	 * @param title the wizard's title, for the error dialog
	 */
	protected final void finish(IFile file, String title) {
		created = file;
		selectAndReveal(file);
		try {
			IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
		} catch (PartInitException e) {
			MessageDialog.openError(getShell(), title, "Cannot open " + file.getName() + ": " + e.getMessage());
		}
	}

	/** @return the file the wizard made, null before it finished */
	public IFile created() {
		return created;
	}
}
