package org.lithos.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files named on the studio's command line. Equinox removes its own options before the application sees the
 * arguments; what remains are file names and the options of whoever started us (a test harness passes
 * {@code -testproperties FILE}), whose values must not be taken for files to open.
 */
public final class CommandLineFiles {

	/** Options that reach the application followed by a value. */
	private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-testproperties", "-testapplication",
			"-testpluginname", "-classname", "-product", "-application", "-data", "-configuration", "-port",
			"-showlocation", "-perspective", "-timeout");

	private CommandLineFiles() {
	}

	/**
	 * @param args      the application's arguments
	 * @param directory the folder relative names are resolved against (the caller's working directory)
	 * @return the named files, absolute and normalised, in command-line order
	 */
	public static List<Path> of(String[] args, Path directory) {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("-")) {
				if (OPTIONS_WITH_VALUE.contains(arg.toLowerCase(java.util.Locale.ROOT))) {
					i++;
				}
				continue;
			}
			files.add(directory.resolve(arg).toAbsolutePath().normalize());
		}
		return files;
	}
}
