package org.lithos.sim;

import java.nio.file.Path;

/**
 * The output folder cannot take a study's results: it is a file, cannot be created or written, is full, or another
 * run is writing to it. Thrown before any run starts, so no simulation time is spent on results that could not be
 * kept; the message names the folder and says what to do.
 */
public final class OutputFolderException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Path folder;

	/**
	 * @param folder  the folder that was refused
	 * @param message what is wrong and what to do, in words for the user
	 * @param cause   the file-system error, or null
	 */
	public OutputFolderException(Path folder, String message, Throwable cause) {
		super(message, cause);
		this.folder = folder;
	}

	/** @return the folder that was refused */
	public Path folder() {
		return folder;
	}
}
