package org.lithos.dsl.ui.internal.library;

import java.util.Objects;

import org.eclipse.core.resources.IStorage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;

/** Opens a built-in library file in the cell editor, read-only; two inputs for the same URI are the same editor. */
public final class LibraryEditorInput implements IStorageEditorInput {

	private final LibraryStorage storage;

	/** @param uri the server's URI of the library file */
	public LibraryEditorInput(String uri) {
		this.storage = new LibraryStorage(uri);
	}

	/** @return the server's URI of the file */
	public String uri() {
		return storage.uri();
	}

	@Override
	public IStorage getStorage() {
		return storage;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return storage.getName();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Built-in material library (read-only): " + storage.getFullPath();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LibraryEditorInput input && input.uri().equals(uri());
	}

	@Override
	public int hashCode() {
		return Objects.hash(uri());
	}
}
