package org.lithos.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** File > New > Lithos Project: a project holding one working example, opened in an editor. */
public class NewProjectWizard extends ExampleFileWizard {

	/** The wizard's id in plugin.xml. */
	public static final String ID = "org.lithos.ui.wizards.newProject";

	/** The project name the wizard proposes (numbered when taken). */
	private static final String PROPOSED_NAME = "cells";

	private ProjectPage page;

	@Override
	public void addPages() {
		page = new ProjectPage();
		page.setInitialProjectName(unusedProjectName());
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
				SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
				project.create(description, progress.split(1));
				project.open(progress.split(1));
				// .cell files are UTF-8 ("±", "°C"); a project without an explicit encoding also gets the warning
				// "Project 'cells' has no explicit encoding set" in the Problems view
				project.setDefaultCharset(StandardCharsets.UTF_8.name(), progress.split(1));
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
		finish(file, "New Lithos Project");
		return true;
	}

	/**
	 * A name no project of the workspace has yet ("cells", then "cells2", ...), so Finish works at once: a new user
	 * should get a project to run without having to invent a name first.
	 */
	static String unusedProjectName() {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		String name = PROPOSED_NAME;
		for (int i = 2; root.getProject(name).exists(); i++) {
			name = PROPOSED_NAME + i;
		}
		return name;
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

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				// the proposed name selected, as in a file dialog: typing a name replaces it ("minecells" otherwise)
				nameField(getControl()).ifPresent(Text::selectAll);
			}
		}

		private Optional<Text> nameField(Control control) {
			if (control instanceof Text text && text.getText().equals(getProjectName())) {
				return Optional.of(text);
			}
			if (control instanceof Composite composite) {
				for (Control child : composite.getChildren()) {
					Optional<Text> found = nameField(child);
					if (found.isPresent()) {
						return found;
					}
				}
			}
			return Optional.empty();
		}
	}
}
