package org.lithos.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A measured-data file that cannot be read: the message names the file, where in it (a line of a text file, a row
 * of a sheet) and what is wrong, as {@code file:line 12: problem}.
 */
public final class DataFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String where;
	private final String problem;

	/**
	 * @param file    the file
	 * @param where   where in the file, e.g. {@code line 12} or {@code row 7 of sheet record}; empty for the whole file
	 * @param problem what is wrong
	 */
	public DataFileException(Path file, String where, String problem) {
		super(file + (where.isEmpty() ? "" : ":" + where) + ": " + problem);
		this.file = file;
		this.where = where;
		this.problem = problem;
	}

	/** @return the file that could not be read */
	public Path file() {
		return file;
	}

	/** @return where in the file, e.g. {@code line 12}; empty for the whole file */
	public String where() {
		return where;
	}

	/** @return what is wrong, without the file and place */
	public String problem() {
		return problem;
	}
}
