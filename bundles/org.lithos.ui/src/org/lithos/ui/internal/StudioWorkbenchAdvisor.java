package org.lithos.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/**
 * What the IDE's own workbench advisor does (it is not on Maven Central), for a studio on a workspace: resource
 * adapters for the Project Explorer, Problems and Properties views, the project images, the workspace as the
 * default page input, and the workspace saved on exit.
 */
final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	/** The id of the studio's perspective. */
	static final String PERSPECTIVE_ID = "org.lithos.ui.perspective";

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	private final List<Path> files;

	/** @param files files to open in editors once the window is open */
	StudioWorkbenchAdvisor(List<Path> files) {
		this.files = files;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		IDE.registerAdapters();
		declareProjectImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
		declareProjectImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
	}

	private static void declareProjectImage(IWorkbenchConfigurer configurer, String key, String path) {
		ImageDescriptor image = ImageDescriptor.createFromURL(
				org.eclipse.core.runtime.Platform.getBundle(IDE_BUNDLE).getEntry(path));
		configurer.declareImage(key, image, true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PERSPECTIVE_ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new StudioWindowAdvisor(configurer, files);
	}

	@Override
	public void postShutdown() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}
}
