package org.lithos.dsl.ide.internal.server;

import java.util.List;

import org.eclipse.xtext.ide.server.DefaultProjectDescriptionFactory;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.workspace.IProjectConfig;

/** Every project but the library itself sees the built-in library, as {@code lithos check} does. */
public class LithosProjectDescriptionFactory extends DefaultProjectDescriptionFactory {

	@Override
	public ProjectDescription getProjectDescription(IProjectConfig project) {
		ProjectDescription description = super.getProjectDescription(project);
		if (!LibraryProject.NAME.equals(project.getName())) {
			description.setDependencies(List.of(LibraryProject.NAME));
		}
		return description;
	}
}
