package org.lithos.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * File > New > Cell File: a .cell file in a project folder, starting from a working example whose package is
 * renamed after the file.
 */
public class NewCellFileWizard extends ExampleFileWizard {

	/** The wizard's id in plugin.xml. */
	public static final String ID = "org.lithos.ui.wizards.newCellFile";

	private FilePage page;

	@Override
	public void addPages() {
		page = new FilePage(getSelection());
		page.setTitle("Cell File");
		page.setDescription("Create a .cell file from a working example.");
		page.setFileExtension("cell");
		page.setFileName("cells.cell");
		addPage(page);
		setWindowTitle("New Cell File");
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		finish(file, "New Cell File");
		return true;
	}

	/** The IDE's file page (folder and name) with the example chooser instead of the advanced link options. */
	private static final class FilePage extends WizardNewFileCreationPage {

		private ExampleChooser chooser;

		FilePage(IStructuredSelection selection) {
			super("file", selection);
		}

		@Override
		protected void createAdvancedControls(Composite parent) {
			chooser = new ExampleChooser(parent);
		}

		@Override
		protected void createLinkTarget() {
			// no linked files: the advanced section is the example chooser
		}

		@Override
		protected org.eclipse.core.runtime.IStatus validateLinkedResource() {
			return org.eclipse.core.runtime.Status.OK_STATUS;
		}

		@Override
		protected InputStream getInitialContents() {
			String text = Examples.asNewFile(chooser.example(), getFileName());
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}
	}
}
