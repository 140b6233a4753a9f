package org.lithos.dsl.workspace;

/**
 * One diagnostic, as {@code lithos check} prints it.
 *
 * @param file     the file as the user named it (or the library URI)
 * @param line     1-based line, 0 when the problem concerns the whole file
 * @param column   1-based column, 0 when unknown
 * @param severity error or warning
 * @param message  what is wrong
 * @param code     issue code (see {@code IssueCodes}), or a file-level code such as {@code io}
 */
public record Problem(String file, int line, int column, Severity severity, String message, String code) {

	/** Severities that matter on the command line. */
	public enum Severity {
		/** Blocks compilation. */
		ERROR,
		/** Worth a look. */
		WARNING
	}

	/** @return {@code file:line:col: error|warning: message} */
	public String format() {
		return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + severity.name().toLowerCase() + ": "
				+ message;
	}

	/** @return whether this is an error */
	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
