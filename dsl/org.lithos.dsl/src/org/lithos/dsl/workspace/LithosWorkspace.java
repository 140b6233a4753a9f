package org.lithos.dsl.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.lithos.dsl.LithosStandaloneSetup;
import org.lithos.dsl.lithos.Model;
import org.lithos.materials.MaterialLibrary;

import com.google.inject.Injector;

/**
 * A set of {@code .cell} files loaded together with the built-in material library, so names resolve across
 * files. Files named by the user are "targets": their diagnostics are reported; sibling files in the same
 * folders are loaded too, so imports between them resolve, but only reported when they are targets themselves.
 */
public final class LithosWorkspace {

	private static Injector injector;

	/** The package line of a file that belongs to the material library. */
	private static final Pattern LIBRARY_PACKAGE = Pattern
			.compile("(?m)^\\s*package\\s+" + Pattern.quote(MaterialLibrary.PACKAGE) + "\\s*$");

	private final XtextResourceSet resourceSet;
	private final Map<Resource, String> displayNames = new LinkedHashMap<>();
	private final List<Resource> targets = new ArrayList<>();
	private final List<Problem> refused = new ArrayList<>();
	/** Resources created but not parsed yet: parsed together, in parallel, by {@link #parsePending()}. */
	private final Map<Resource, String> pending = new LinkedHashMap<>();

	private LithosWorkspace() {
		resourceSet = injector().getInstance(XtextResourceSet.class);
		loadLibrary();
		parsePending();
	}

	/** @return a workspace holding only the material library */
	public static LithosWorkspace create() {
		return new LithosWorkspace();
	}

	/** @return the language injector, created once per JVM (it is costly) */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new LithosStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** @return every file the user named (directories expanded), sorted, with their siblings loaded too */
	public List<Resource> addTargets(List<Path> paths) {
		for (Path path : paths) {
			String display = path.toString();
			if (Files.isDirectory(path)) {
				List<Path> files = cellFilesBelow(path, display);
				if (files.isEmpty() && refused.stream().noneMatch(p -> p.file().equals(display))) {
					refused.add(new Problem(display, 0, 0, Problem.Severity.ERROR, "no .cell files in this directory", "io"));
				}
				files.forEach(file -> addTarget(file, file.toString()));
			} else {
				addTarget(path, display);
				Path folder = path.toAbsolutePath().getParent();
				if (folder != null && Files.isDirectory(path.getParent() == null ? Path.of(".") : path.getParent())) {
					loadSiblings(folder);
				}
			}
		}
		parsePending();
		return List.copyOf(targets);
	}

	/**
	 * Adds one file as a target.
	 *
	 * @param path    the file
	 * @param display how to name it in diagnostics
	 * @return its resource, or null when it was refused (see {@link #refused()})
	 */
	public Resource addTarget(Path path, String display) {
		Resource existing = find(path);
		if (existing != null) {
			if (!targets.contains(existing)) {
				targets.add(existing);
				displayNames.put(existing, display);
			}
			return existing;
		}
		InputGuard.Result result = InputGuard.read(path, display);
		if (!result.ok()) {
			refused.add(result.problem());
			return null;
		}
		Resource resource = load(URI.createFileURI(path.toAbsolutePath().normalize().toString()), result.accepted().text());
		displayNames.put(resource, display);
		targets.add(resource);
		parsePending();
		return resource;
	}

	/**
	 * Adds source text that has no file (editors, tests, benchmarks); it passes the same guard as files.
	 *
	 * @param name a file name ending in {@code .cell}
	 * @param text the source
	 * @return its resource, or null when the guard refused it (see {@link #refused()})
	 */
	public Resource addText(String name, String text) {
		InputGuard.Result result = InputGuard.check(text.getBytes(StandardCharsets.UTF_8), name);
		if (!result.ok()) {
			refused.add(result.problem());
			return null;
		}
		Resource resource = load(URI.createURI("memory:/" + name), text);
		displayNames.put(resource, name);
		targets.add(resource);
		parsePending();
		return resource;
	}

	/** @return problems of files that were refused before parsing */
	public List<Problem> refused() {
		return List.copyOf(refused);
	}

	/** @return the resource set (library, targets and siblings) */
	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** @return the parsed model of a resource, or null when it failed to parse into anything */
	public static Model model(Resource resource) {
		return resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
	}

	/** @return how a resource is named in diagnostics */
	public String displayName(Resource resource) {
		return displayNames.getOrDefault(resource, resource.getURI().toString());
	}

	/**
	 * Validates every target (syntax, linking and the language's checks).
	 *
	 * @return problems sorted by file, then line; refused files first
	 */
	public List<Problem> validate() {
		List<Problem> problems = new ArrayList<>(refused);
		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		for (Resource resource : targets) {
			problems.addAll(validate(resource, validator));
		}
		return problems;
	}

	/**
	 * Validates one loaded resource, target or not (e.g. a library file).
	 *
	 * @param resource a resource of this workspace
	 * @return its problems sorted by line
	 */
	public List<Problem> validate(Resource resource) {
		return validate(resource, injector().getInstance(IResourceValidator.class));
	}

	private List<Problem> validate(Resource resource, IResourceValidator validator) {
		List<Problem> problems = new ArrayList<>();
		List<Issue> issues;
		try {
			issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		} catch (StackOverflowError e) {
			problems.add(new Problem(displayName(resource), 0, 0, Problem.Severity.ERROR,
					"the file is nested too deeply to validate", "nesting"));
			return problems;
		}
		for (Issue issue : issues) {
			if (issue.getSeverity() != Severity.ERROR && issue.getSeverity() != Severity.WARNING) {
				continue;
			}
			problems.add(new Problem(displayName(resource), issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
					issue.getColumn() == null ? 0 : issue.getColumn(),
					issue.getSeverity() == Severity.ERROR ? Problem.Severity.ERROR : Problem.Severity.WARNING,
					issue.getMessage(), issue.getCode()));
		}
		problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
		return problems;
	}

	private void loadLibrary() {
		for (URL url : MaterialLibrary.urls()) {
			String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
			try (InputStream in = url.openStream()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				load(URI.createURI("library:/" + MaterialLibrary.PACKAGE.replace('.', '/') + "/" + file), text);
			} catch (IOException e) {
				throw new IllegalStateException("cannot read the material library file " + url + ": " + e.getMessage(), e);
			}
		}
	}

	/**
	 * A user's file of the library package named like a built-in library file (an edited copy, or the library
	 * sources themselves) replaces the built-in one, so that library authors can check and use their version instead
	 * of being told that every material is defined twice.
	 */
	private void shadowLibrary(URI uri, String text) {
		if (!LIBRARY_PACKAGE.matcher(text).find()) {
			return;
		}
		URI builtIn = URI.createURI("library:/" + MaterialLibrary.PACKAGE.replace('.', '/') + "/" + uri.lastSegment());
		Resource library = resourceSet.getResource(builtIn, false);
		if (library != null) {
			resourceSet.getResources().remove(library);
			pending.remove(library);
			displayNames.remove(library);
		}
	}

	private void loadSiblings(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(f -> f.toString().endsWith(".cell") && Files.isRegularFile(f)).sorted().forEach(file -> {
				if (find(file) == null) {
					InputGuard.Result result = InputGuard.read(file, file.toString());
					if (result.ok()) {
						load(URI.createFileURI(file.toAbsolutePath().normalize().toString()), result.accepted().text());
					}
				}
			});
		} catch (IOException e) {
			// siblings are a convenience for cross-file names; an unreadable folder only loses those
		}
	}

	private List<Path> cellFilesBelow(Path directory, String display) {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(f -> f.toString().endsWith(".cell") && Files.isRegularFile(f)).sorted().toList();
		} catch (IOException | java.io.UncheckedIOException e) {
			refused.add(new Problem(display, 0, 0, Problem.Severity.ERROR, "cannot read the directory: "
					+ (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), "io"));
			return List.of();
		}
	}

	private Resource find(Path path) {
		URI uri = URI.createFileURI(path.toAbsolutePath().normalize().toString());
		return resourceSet.getResource(uri, false);
	}

	/** Creates the resource now (the resource set is not thread-safe) and parses it later. */
	private Resource load(URI uri, String text) {
		if (uri.isFile()) {
			shadowLibrary(uri, text);
		}
		Resource resource = resourceSet.createResource(uri);
		pending.put(resource, text);
		return resource;
	}

	/**
	 * Parses every pending resource. Parsing one resource touches only that resource (linking is lazy), so files
	 * are parsed in parallel: on a cold JVM this is most of the time of {@code lithos check}.
	 */
	private void parsePending() {
		List<Map.Entry<Resource, String>> work = new ArrayList<>(pending.entrySet());
		pending.clear();
		if (work.size() > 1) {
			work.parallelStream().forEach(entry -> parse(entry.getKey(), entry.getValue()));
		} else {
			work.forEach(entry -> parse(entry.getKey(), entry.getValue()));
		}
	}

	private static void parse(Resource resource, String text) {
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("reading from memory cannot fail", e);
		} catch (StackOverflowError e) {
			resource.getContents().clear();
		}
	}
}
