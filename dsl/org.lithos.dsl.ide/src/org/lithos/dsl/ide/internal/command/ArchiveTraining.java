package org.lithos.dsl.ide.internal.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The end of the session that trains {@code lithos lsp}'s class-data-sharing archive (the product's launcher runs
 * the first session after a build with {@code -XX:ArchiveClassesAtExit}). JDK 17 writes into such an archive only
 * the classes of a bundle that were linked: a class that was loaded but never linked (an interface Guice or Xtext
 * only looked at, a type named in a signature; about 700 a session) is left out, and every later session reads,
 * inflates, parses and defines it again from its bundle's jar. So the launcher has the JVM list the classes it
 * loads ({@code -Xlog:class+load} into a file, named by {@link #LOADED_CLASSES}), and before the server's process
 * ends this links every class of that list that came from a jar, through the loader that defined it. Linking runs no
 * static initializer.
 */
final class ArchiveTraining {

	/** The system property naming the file into which the JVM lists the classes it loads (no decorations). */
	static final String LOADED_CLASSES = "lithos.cds.loaded";

	private static final String FROM_JAR = " source: file:";

	private ArchiveTraining() {
	}

	/** Links the classes the session loaded from jars, if this session trains the archive; otherwise nothing. */
	static void linkLoadedClasses() {
		String list = System.getProperty(LOADED_CLASSES);
		Bundle own = FrameworkUtil.getBundle(ArchiveTraining.class);
		if (list == null || own == null || own.getBundleContext() == null) {
			return;
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(Path.of(list));
		} catch (IOException e) {
			// no list: the archive is written as before, without these classes
			return;
		}
		Map<String, ClassLoader> loaders = jarLoaders(own.getBundleContext());
		for (String line : lines) {
			int source = line.indexOf(FROM_JAR);
			if (source > 0) {
				link(line.substring(0, source).trim(), loaders.get(fileName(line)));
			}
		}
	}

	/** @return the class loader of each jar of the running product, by the jar's file name */
	private static Map<String, ClassLoader> jarLoaders(BundleContext context) {
		Map<String, ClassLoader> loaders = new HashMap<>();
		for (Bundle bundle : context.getBundles()) {
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring != null && wiring.getClassLoader() != null) {
				loaders.put(fileName(bundle.getLocation()), wiring.getClassLoader());
			}
		}
		// the framework itself comes from the launcher's class loader, not from a bundle's
		CodeSource framework = Bundle.class.getProtectionDomain().getCodeSource();
		if (framework != null && framework.getLocation() != null) {
			loaders.put(fileName(framework.getLocation().getPath()), Bundle.class.getClassLoader());
		}
		return loaders;
	}

	private static String fileName(String location) {
		return location.substring(location.lastIndexOf('/') + 1).trim();
	}

	private static void link(String className, ClassLoader loader) {
		if (loader == null) {
			return;
		}
		try {
			Class<?> type = Class.forName(className, false, loader);
			// the JVM links a class before it lists its methods; no initializer runs
			type.getDeclaredMethods();
		} catch (ClassNotFoundException | LinkageError | SecurityException e) {
			// a class that cannot be linked stays out of the archive, as before
		}
	}
}
