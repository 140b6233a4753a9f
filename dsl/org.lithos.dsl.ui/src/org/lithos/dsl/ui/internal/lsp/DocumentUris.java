package org.lithos.dsl.ui.internal.lsp;

import java.net.URI;
import java.nio.file.Path;

/**
 * One spelling per document URI. Eclipse writes file URIs as {@code file:/a/b.cell}, Xtext publishes
 * {@code file:///a/b.cell}; both must reach the same document, so every URI is compared through {@link #key(String)}.
 */
public final class DocumentUris {

	private static final String FILE_SCHEME = "file";

	private DocumentUris() {
	}

	/** @return the URI the server is told for a file on disk ({@code file:///...}) */
	public static String of(Path file) {
		return file.toAbsolutePath().normalize().toUri().toString();
	}

	/** @return the URI the server is told for an Eclipse location URI, canonical for files */
	public static String of(URI location) {
		return FILE_SCHEME.equals(location.getScheme()) ? of(Path.of(location)) : location.toString();
	}

	/** @return a comparison key: the normalised path for file URIs, the URI itself otherwise */
	public static String key(String uri) {
		try {
			URI parsed = URI.create(uri);
			if (FILE_SCHEME.equals(parsed.getScheme())) {
				return Path.of(parsed).toAbsolutePath().normalize().toString();
			}
		} catch (IllegalArgumentException e) {
			// not a hierarchical URI the JDK understands: compare it as written
		}
		return uri;
	}

	/** @return the file of a {@code file:} URI, or null for other schemes */
	public static Path file(String uri) {
		try {
			URI parsed = URI.create(uri);
			return FILE_SCHEME.equals(parsed.getScheme()) ? Path.of(parsed) : null;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
