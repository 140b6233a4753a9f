package org.lithos.ui.internal;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;

/**
 * Keeps the window title naming the active editor's file as its tab does: "tour.cell - Lithos Studio", or
 * "beta/cell.cell - Lithos Studio" while another open file is also called cell.cell; with a leading "*" while it has
 * unsaved changes. It follows activation, closing, save-as and dirty-state changes.
 */
public final class WindowTitle {

	/** The product name, the title when no editor is open. */
	public static final String PRODUCT = "Lithos Studio";

	private final IWorkbenchWindowConfigurer configurer;
	private final IWorkbenchWindow window;
	private IEditorPart watched;
	private final IPropertyListener editorChanged = (source, property) -> update();

	private WindowTitle(IWorkbenchWindowConfigurer configurer) {
		this.configurer = configurer;
		this.window = configurer.getWindow();
	}

	/** @param configurer a window whose title should follow its active editor from now on */
	static void track(IWorkbenchWindowConfigurer configurer) {
		WindowTitle title = new WindowTitle(configurer);
		IWorkbenchWindow window = configurer.getWindow();
		window.getPartService().addPartListener(new IPartListener2() {
			@Override
			public void partActivated(IWorkbenchPartReference ref) {
				title.update();
			}

			@Override
			public void partBroughtToTop(IWorkbenchPartReference ref) {
				title.update();
			}

			@Override
			public void partClosed(IWorkbenchPartReference ref) {
				title.update();
			}

			@Override
			public void partInputChanged(IWorkbenchPartReference ref) {
				title.update();
			}
		});
		title.update();
	}

	/**
	 * @param editor the active editor, or null
	 * @return the title a window shows for it
	 */
	public static String of(IEditorPart editor) {
		if (editor == null) {
			return PRODUCT;
		}
		// the tab's name: it carries the parent folder when another open file has the same name ("beta/cell.cell")
		return (editor.isDirty() ? "*" : "") + editor.getTitle() + " - " + PRODUCT;
	}

	private void update() {
		if (window.getShell() == null || window.getShell().isDisposed()) {
			return;
		}
		IWorkbenchPage page = window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		if (editor != watched) {
			if (watched != null) {
				watched.removePropertyListener(editorChanged);
			}
			watched = editor;
			if (editor != null) {
				editor.addPropertyListener(editorChanged);
			}
		}
		String text = of(editor);
		if (!text.equals(configurer.getTitle())) {
			configurer.setTitle(text); // the window model's label, so the renderer keeps it
		}
	}

}
