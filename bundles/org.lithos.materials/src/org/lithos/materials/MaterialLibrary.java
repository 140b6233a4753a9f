package org.lithos.materials;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates the library files shipped in this bundle's {@code library/} folder. The list is explicit because a
 * bundle cannot list its own class-path folders portably (jar, directory and OSGi bundle entries differ);
 * a test checks that it matches the folder.
 */
public final class MaterialLibrary {

	/** Package name of the library, to be imported with {@code import lithos.materials.*}. */
	public static final String PACKAGE = "lithos.materials";

	/** Library files, relative to {@code library/}. */
	public static final List<String> FILES = List.of(
			"metals.cell",
			"electrolytes.cell",
			"cathodes.cell",
			"coatings.cell",
			"interfaces.cell");

	private MaterialLibrary() {
	}

	/**
	 * @return the URL of every library file, in {@link #FILES} order
	 * @throws IllegalStateException if a file is missing from the bundle (a packaging error)
	 */
	public static List<URL> urls() {
		List<URL> urls = new ArrayList<>();
		for (String file : FILES) {
			URL url = MaterialLibrary.class.getResource("/library/" + file);
			if (url == null) {
				throw new IllegalStateException("material library file missing from the bundle: library/" + file);
			}
			urls.add(url);
		}
		return urls;
	}
}
