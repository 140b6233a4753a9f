package org.lithos.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > Lithos Project: a project holding one working example, opened in an editor. */
public class NewProjectWizard extends BasicNewResourceWizard {

	/** The wizard's id in plugin.xml. */
	public static final String ID = "org.lithos.ui.wizards.newProject";

	private ProjectPage page;
	private IFile created;

	@Override
	public void addPages() {
		page = new ProjectPage();
		page.setTitle("Lithos Project");
		page.setDescription("Create a project with a working example to start from.");
		addPage(page);
		setWindowTitle("New Lithos Project");
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		if (!page.useDefaults()) {
			description.setLocationURI(page.getLocationURI());
		}
		String example = page.chooser.example();
		IFile file = project.getFile(example + ".cell");
		WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 3);
				project.create(description, progress.split(1));
				project.open(progress.split(1));
				file.create(new ByteArrayInputStream(Examples.text(example).getBytes(StandardCharsets.UTF_8)),
						true, progress.split(1));
			}
		};
		try {
			getContainer().run(true, false, create);
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "New Lithos Project",
					"Cannot create " + project.getName() + ": " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		created = file;
		selectAndReveal(file);
		try {
			IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
		} catch (PartInitException e) {
			MessageDialog.openError(getShell(), "New Lithos Project", "Cannot open " + file.getName() + ": "
					+ e.getMessage());
		}
		return true;
	}

	/** @return the example file the wizard made, null before it finished */
	public IFile created() {
		return created;
	}

	/** The IDE's project page (name and location) with the example chooser below. */
	private static final class ProjectPage extends WizardNewProjectCreationPage {

		private ExampleChooser chooser;

		ProjectPage() {
			super("project");
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			chooser = new ExampleChooser((Composite) getControl());
		}
	}
}
