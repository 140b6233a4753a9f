package org.lithos.dsl.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses input the parser should never see: missing or unreadable files, files over {@link #MAX_BYTES},
 * binary content, and nesting deep enough to exhaust the parser's stack. Each refusal is one clear problem.
 */
public final class InputGuard {

	/** Largest accepted file: 4 MiB, about 100,000 lines of the language. */
	public static final long MAX_BYTES = 4L * 1024 * 1024;
	/** Deepest accepted nesting of braces, parentheses and brackets. */
	public static final int MAX_DEPTH = 100;

	private InputGuard() {
	}

	/** The text of a file that passed the guard. */
	public record Accepted(String text) {
	}

	/**
	 * @param file    the file
	 * @param display how to name it in messages
	 * @return the text, or a problem explaining why it is refused
	 */
	public static Result read(Path file, String display) {
		byte[] bytes;
		try {
			if (Files.isDirectory(file)) {
				return refuse(display, 0, "is a directory, not a .cell file");
			}
			if (Files.exists(file) && !Files.isRegularFile(file)) {
				// a pipe or device would block the reader forever
				return refuse(display, 0, "not a regular file (a pipe, socket or device)");
			}
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				return refuse(display, 0, String.format(java.util.Locale.ROOT,
						"file is too large (%.1f MiB; the limit is %d MiB): split it into several files",
						size / 1048576.0, MAX_BYTES / 1048576));
			}
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return refuse(display, 0, "no such file");
		} catch (AccessDeniedException e) {
			return refuse(display, 0, "cannot read the file: permission denied");
		} catch (IOException e) {
			return refuse(display, 0, "cannot read the file: " + e.getMessage());
		}
		return check(bytes, display);
	}

	/**
	 * @param bytes   file content
	 * @param display how to name it in messages
	 * @return the text, or a problem
	 */
	public static Result check(byte[] bytes, String display) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return refuse(display, 0, "not a text file (binary content at byte " + i + ")");
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return refuse(display, 0, "not a UTF-8 text file");
		}
		if (text.isBlank()) {
			return refuse(display, 0, "the file is empty: nothing to check");
		}
		Optional<Problem> nesting = nesting(text, display);
		if (nesting.isPresent()) {
			return new Result(null, nesting.get());
		}
		return new Result(new Accepted(text), null);
	}

	/** Counts nesting outside strings and comments; a cheap scan that protects the recursive parser. */
	private static Optional<Problem> nesting(String text, String display) {
		int depth = 0;
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			} else if (c == '"') {
				for (i++; i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n'; i++) {
					if (text.charAt(i) == '\\') {
						i++;
					}
				}
				if (i < text.length() && text.charAt(i) == '\n') {
					line++;
				}
			} else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				while (i < text.length() && text.charAt(i) != '\n') {
					i++;
				}
				line++;
			} else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
				for (i += 2; i + 1 < text.length() && !(text.charAt(i) == '*' && text.charAt(i + 1) == '/'); i++) {
					if (text.charAt(i) == '\n') {
						line++;
					}
				}
				i++;
			} else if (c == '{' || c == '(' || c == '[') {
				if (++depth > MAX_DEPTH) {
					return Optional.of(new Problem(display, line, 1, Problem.Severity.ERROR,
							"nesting is deeper than " + MAX_DEPTH + " levels here; flatten the loops or expressions",
							"nesting"));
				}
			} else if (c == '}' || c == ')' || c == ']') {
				depth = Math.max(0, depth - 1);
			}
		}
		return Optional.empty();
	}

	private static Result refuse(String display, int line, String message) {
		return new Result(null, new Problem(display, line, 0, Problem.Severity.ERROR, message, "io"));
	}

	/**
	 * Either accepted text or a problem.
	 *
	 * @param accepted the text, when accepted
	 * @param problem  why it was refused, otherwise
	 */
	public record Result(Accepted accepted, Problem problem) {
		/** @return whether the file was accepted */
		public boolean ok() {
			return accepted != null;
		}
	}
}
