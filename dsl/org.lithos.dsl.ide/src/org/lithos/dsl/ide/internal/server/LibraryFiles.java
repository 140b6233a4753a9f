package org.lithos.dsl.ide.internal.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.lithos.materials.MaterialLibrary;

/**
 * The built-in material library as files on disk. Editors open a definition by its file URI, so a library
 * material must live in a real file, not inside a bundle jar: in OSGi, Equinox extracts the bundle entries into
 * its configuration area; elsewhere (or if that fails) the files are copied once into a read-only temporary
 * folder.
 */
public final class LibraryFiles {

	private static List<Path> files;

	private LibraryFiles() {
	}

	/** @return every library file, in {@link MaterialLibrary#FILES} order */
	public static synchronized List<Path> files() {
		if (files == null) {
			files = locate();
		}
		return files;
	}

	private static List<Path> locate() {
		List<URL> urls = MaterialLibrary.urls();
		List<Path> onDisk = new ArrayList<>();
		for (URL url : urls) {
			Path path = asFile(url);
			if (path == null) {
				return copyToTemporaryFolder(urls);
			}
			onDisk.add(path);
		}
		return List.copyOf(onDisk);
	}

	private static Path asFile(URL url) {
		try {
			URL file = FileLocator.toFileURL(url);
			return "file".equals(file.getProtocol()) ? Path.of(file.toURI()) : null;
		} catch (IOException | URISyntaxException | IllegalArgumentException | NoClassDefFoundError e) {
			// not in OSGi, or the bundle cannot be extracted: fall back to a copy
			return null;
		}
	}

	private static List<Path> copyToTemporaryFolder(List<URL> urls) {
		try {
			Path folder = Files.createTempDirectory("lithos-library");
			folder.toFile().deleteOnExit();
			List<Path> copies = new ArrayList<>();
			for (int i = 0; i < urls.size(); i++) {
				Path copy = folder.resolve(MaterialLibrary.FILES.get(i));
				try (InputStream in = urls.get(i).openStream()) {
					Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
				}
				// edits to a copy would be lost: make that obvious to an editor
				copy.toFile().setReadOnly();
				copy.toFile().deleteOnExit();
				copies.add(copy);
			}
			return List.copyOf(copies);
		} catch (IOException e) {
			throw new IllegalStateException("cannot copy the material library to a temporary folder: " + e.getMessage(), e);
		}
	}
}
