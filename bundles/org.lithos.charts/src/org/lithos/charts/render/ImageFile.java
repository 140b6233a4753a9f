package org.lithos.charts.render;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An image file to render a chart into. The file is replaced atomically, so a reader never sees half an image.
 *
 * @param path   the file; its folder is created when missing
 * @param width  width in pixels (SVG: user units, 1 px each)
 * @param height height in pixels (SVG: user units, 1 px each)
 * @param format PNG or SVG
 */
public record ImageFile(Path path, int width, int height, ImageFormat format) {

	/** Checks the arguments. */
	public ImageFile {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(format, "format");
		if (width <= 0 || height <= 0 || width > 20_000 || height > 20_000) {
			throw new IllegalArgumentException("image size must be 1..20000 px, not " + width + " x " + height);
		}
	}

	/**
	 * An image file whose format follows from its extension.
	 *
	 * @param path   a .png or .svg file
	 * @param width  width in pixels
	 * @param height height in pixels
	 * @return the target
	 * @throws IllegalArgumentException for other extensions or sizes out of range
	 */
	public static ImageFile of(Path path, int width, int height) {
		return new ImageFile(path, width, height, ImageFormat.of(path));
	}
}
