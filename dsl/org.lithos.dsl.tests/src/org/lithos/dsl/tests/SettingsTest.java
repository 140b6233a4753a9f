package org.lithos.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The plug-in projects carry the shared Eclipse settings of {@code releng/eclipse-settings} (one formatter, DS
 * annotation processing as in the build), unchanged, so the IDE formats and generates code the way the build does. A
 * project without a {@code .settings} folder is new and not yet set up (CONTRIBUTING.md says how); one with the folder
 * must hold every shared file as it is.
 */
class SettingsTest {

	private static final Path ROOT = Path.of("../..");
	private static final Path SHARED = ROOT.resolve("releng/eclipse-settings");

	@Test
	void everyProjectHasTheSharedSettings() throws IOException {
		List<Path> prefs;
		try (Stream<Path> files = Files.list(SHARED)) {
			prefs = files.filter(f -> f.toString().endsWith(".prefs")).sorted().toList();
		}
		assertTrue(prefs.size() >= 3, "shared settings missing in " + SHARED.toAbsolutePath());
		List<Path> projects = new ArrayList<>();
		for (String folder : List.of("bundles", "dsl")) {
			try (Stream<Path> dirs = Files.list(ROOT.resolve(folder))) {
				dirs.filter(d -> Files.exists(d.resolve("META-INF/MANIFEST.MF")) && Files.isDirectory(d.resolve(".settings")))
						.forEach(projects::add);
			}
		}
		assertTrue(projects.size() > 10, "found only " + projects);
		for (Path project : projects) {
			for (Path pref : prefs) {
				Path copy = project.resolve(".settings").resolve(pref.getFileName());
				assertTrue(Files.exists(copy), copy + " is missing (see releng/eclipse-settings/README.md)");
				assertEquals(Files.readString(pref), Files.readString(copy), copy + " differs from " + pref);
			}
		}
	}
}
