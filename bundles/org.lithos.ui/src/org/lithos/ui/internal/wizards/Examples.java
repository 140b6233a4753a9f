package org.lithos.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The example .cell files the wizards start from: dsl/examples, copied into this bundle's {@code examples/} folder
 * by the build, so new projects and files start from the same working files the tests check.
 */
public final class Examples {

	/** The example offered first: the language tour. */
	public static final String DEFAULT = "tour";

	private static final String FOLDER = "examples/";
	private static final String EXTENSION = ".cell";
	private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+[\\w.]+");

	private Examples() {
	}

	/** @return the examples' names (file names without .cell), the tour first, then alphabetically */
	public static List<String> names() {
		Bundle bundle = Platform.getBundle("org.lithos.ui");
		Enumeration<String> entries = bundle.getEntryPaths(FOLDER);
		List<String> names = new ArrayList<>();
		if (entries != null) {
			for (String entry : Collections.list(entries)) {
				if (entry.endsWith(EXTENSION)) {
					names.add(entry.substring(FOLDER.length(), entry.length() - EXTENSION.length()));
				}
			}
		}
		names.sort((a, b) -> a.equals(DEFAULT) ? -1 : b.equals(DEFAULT) ? 1 : a.compareTo(b));
		return names;
	}

	/**
	 * @param name an example's name
	 * @return its text as shipped
	 * @throws IllegalArgumentException when there is no such example
	 */
	public static String text(String name) {
		URL url = Platform.getBundle("org.lithos.ui").getEntry(FOLDER + name + EXTENSION);
		if (url == null) {
			throw new IllegalArgumentException("no example '" + name + "'; examples: " + names());
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the example " + name, e);
		}
	}

	/**
	 * What an example holds, in its own words: the first paragraph of its opening comment.
	 *
	 * @param name an example's name
	 * @return e.g. "A tour of the Lithos cell language: open this file first."; "" when it opens with no comment
	 */
	public static String summary(String name) {
		StringBuilder summary = new StringBuilder();
		for (String line : text(name).lines().toList()) {
			String stripped = line.strip();
			if (!stripped.startsWith("//")) {
				break;
			}
			String words = stripped.substring(2).strip();
			if (words.isEmpty()) {
				if (summary.length() > 0) {
					break;
				}
				continue;
			}
			summary.append(summary.length() == 0 ? "" : " ").append(words);
		}
		return summary.toString();
	}

	/**
	 * An example as a new file: its package renamed after the file, so several files made from one example can
	 * live side by side without clashing names.
	 *
	 * @param name     an example's name
	 * @param fileName the new file's name, e.g. "my-cell.cell"
	 * @return the text
	 */
	public static String asNewFile(String name, String fileName) {
		String text = text(name);
		Matcher matcher = PACKAGE.matcher(text);
		return matcher.find() ? matcher.replaceFirst("package " + packageName(fileName)) : text;
	}

	/**
	 * @param fileName a file name
	 * @return a package name made from it: letters, digits and underscores, starting with a letter
	 */
	static String packageName(String fileName) {
		String stem = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.cell$", "").replaceAll("[^a-z0-9_]", "_");
		return stem.isEmpty() || !Character.isLetter(stem.charAt(0)) ? "cells_" + stem : stem;
	}
}
