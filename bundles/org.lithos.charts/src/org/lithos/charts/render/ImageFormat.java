package org.lithos.charts.render;

import java.nio.file.Path;
import java.util.Locale;

/** Image file formats a headless renderer writes. */
public enum ImageFormat {
	/** Raster PNG, for screens and the HTML report. */
	PNG("png"),
	/** Vector SVG, for papers and zooming. */
	SVG("svg");

	private final String extension;

	ImageFormat(String extension) {
		this.extension = extension;
	}

	/**
	 * The file name extension.
	 *
	 * @return "png" or "svg", without the dot
	 */
	public String extension() {
		return extension;
	}

	/**
	 * The format a file name asks for.
	 *
	 * @param file a file name ending in .png or .svg (any case)
	 * @return its format
	 * @throws IllegalArgumentException for other extensions
	 */
	public static ImageFormat of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (ImageFormat format : values()) {
			if (name.endsWith("." + format.extension)) {
				return format;
			}
		}
		throw new IllegalArgumentException("cannot tell the image format of '" + file.getFileName()
				+ "': use .png or .svg");
	}
}
