package org.lithos.dsl.ui.internal.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.lithos.dsl.ui.internal.CellEditorPlugin;
import org.lithos.materials.MaterialLibrary;

/**
 * A file of the built-in material library, read-only. The server names library files by a URI of its own; the text
 * is the library bundle's file of the same name, or whatever the URI itself points at when it is a URL.
 */
public final class LibraryStorage implements IStorage {

	private final String uri;
	private final String name;

	/** @param uri the server's URI of the library file */
	public LibraryStorage(String uri) {
		this.uri = uri;
		String path = uri.replaceFirst("[?#].*$", "");
		this.name = path.substring(path.lastIndexOf('/') + 1);
	}

	/** @return the server's URI of this file */
	public String uri() {
		return uri;
	}

	@Override
	public InputStream getContents() throws CoreException {
		try {
			return new ByteArrayInputStream(text().getBytes(StandardCharsets.UTF_8));
		} catch (IOException | IllegalArgumentException e) {
			throw new CoreException(new Status(IStatus.ERROR, CellEditorPlugin.PLUGIN_ID,
					"cannot read the library file " + uri + ": " + e.getMessage(), e));
		}
	}

	/** @return the file's text */
	public String text() throws IOException {
		if (MaterialLibrary.FILES.contains(name)) {
			URL url = MaterialLibrary.urls().get(MaterialLibrary.FILES.indexOf(name));
			try (InputStream in = url.openStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		try (InputStream in = URI.create(uri).toURL().openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Override
	public IPath getFullPath() {
		return IPath.fromOSString(MaterialLibrary.PACKAGE + "/" + name);
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public boolean isReadOnly() {
		return true;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
