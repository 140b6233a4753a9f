package org.lithos.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * File > New > Cell File: a .cell file in a project folder, starting from a working example whose package is
 * renamed after the file.
 */
public class NewCellFileWizard extends ExampleFileWizard {

	/** The wizard's id in plugin.xml. */
	public static final String ID = "org.lithos.ui.wizards.newCellFile";

	/** What the page says when the workspace has no open project to put a file in. */
	public static final String NO_PROJECT = "The workspace has no project to put the file in: make one first with "
			+ "File > New > Lithos Project, which starts from an example too.";

	private FilePage page;

	@Override
	public void addPages() {
		page = new FilePage(whereToPut(getSelection()));
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

	/**
	 * Where the new file goes when the wizard opens: the folder of what is selected (the IDE's rule); when nothing in
	 * the workspace is (the Charts or Runs view active), the folder of the file in the active editor, else the only
	 * project; otherwise nothing, and the page asks for a folder.
	 */
	private IStructuredSelection whereToPut(IStructuredSelection selection) {
		if (selection != null && !selection.isEmpty()
				&& Adapters.adapt(selection.getFirstElement(), IResource.class) != null) {
			return selection;
		}
		IWorkbenchPage active = getWorkbench().getActiveWorkbenchWindow() == null ? null
				: getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = active == null ? null : active.getActiveEditor();
		IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
		if (file != null) {
			return new StructuredSelection(file.getParent());
		}
		IProject[] open = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(IProject::isOpen).toArray(IProject[]::new);
		return open.length == 1 ? new StructuredSelection(open[0]) : selection;
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
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible && Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
					.noneMatch(IProject::isOpen)) {
				// an empty folder list and Finish disabled, without a word why: a file needs a project first
				setMessage(NO_PROJECT, WARNING);
			}
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
