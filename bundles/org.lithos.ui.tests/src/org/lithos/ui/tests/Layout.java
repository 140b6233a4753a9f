package org.lithos.ui.tests;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Where the studio's views are: the folders (part stacks, named by the perspective's folder ids) of the window's
 * perspective, as the workbench model holds them. Call on the UI thread.
 */
final class Layout {

	private Layout() {
	}

	/**
	 * @param viewId a view's id
	 * @return the id of the folder the open view is in, null when it is closed
	 */
	static String folderOf(String viewId) {
		for (MPlaceholder placeholder : placeholders(viewId)) {
			if (placeholder.isToBeRendered() && placeholder.getParent() != null) {
				return placeholder.getParent().getElementId();
			}
		}
		return null;
	}

	/**
	 * Moves an open view to another folder, as dropping its tab there does (the drag-and-drop of view tabs moves the
	 * view's placeholder in the model the same way).
	 *
	 * @param viewId   an open view's id
	 * @param folderId a folder of the perspective
	 */
	static void move(String viewId, String folderId) {
		EModelService models = models();
		MUIElement folder = models.find(folderId, perspective());
		if (!(folder instanceof MPartStack stack)) {
			throw new AssertionError("the perspective has no folder " + folderId);
		}
		MPlaceholder view = placeholders(viewId).stream().filter(MPlaceholder::isToBeRendered).findFirst()
				.orElseThrow(() -> new AssertionError(viewId + " is not open"));
		models.move(view, stack);
	}

	/**
	 * Closes a view and forgets the state it saved (which the workbench keeps under "memento" in the view's model part
	 * and gives back when it opens again), as on a first start.
	 *
	 * @param viewId a view's id
	 */
	static void closeAndForget(String viewId) {
		org.eclipse.ui.IViewPart open = Ui.page().findView(viewId);
		if (open != null) {
			Ui.page().hideView(open);
		}
		for (MUIElement shared : Ui.window().getService(MWindow.class).getSharedElements()) {
			if (viewId.equals(shared.getElementId())) {
				shared.getPersistedState().remove("memento");
			}
		}
	}

	private static List<MPlaceholder> placeholders(String viewId) {
		return models().findElements(perspective(), viewId, MPlaceholder.class, null);
	}

	private static MPerspective perspective() {
		return models().getActivePerspective(Ui.window().getService(MWindow.class));
	}

	private static EModelService models() {
		return Ui.window().getService(EModelService.class);
	}
}
