package org.lithos.solver.cell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.lithos.solver.cell.internal.Cal;
import org.lithos.solver.cell.internal.Constant;

/**
 * Values of the global calibration constants of {@code lithos.cell}: the numbers of the reduced-order model that no
 * material, interface or process property gives. Each constant is declared once, on its field of {@link Cal} (name,
 * unit, default, bounds, source, the papers that inform it, meaning); this class holds one set of values for them.
 * Immutable and thread-safe; values in SI units.
 * <p>
 * The shipped values are in the bundle resource {@code org/lithos/solver/cell/calibration.properties} (one
 * {@code name = value} line per constant, each after a comment saying what it is), the format
 * {@code lithos calibrate} writes.
 */
public final class Calibration {

	/** The declarations of {@link Cal}, in their order. */
	private static final Constant[] META = Cal.declarations().toArray(Constant[]::new);
	private static final Map<String, Constant> BY_NAME;
	private static final List<String> NAMES;

	static {
		Map<String, Constant> m = new LinkedHashMap<>();
		for (Constant x : META) {
			m.put(x.name(), x);
		}
		BY_NAME = Collections.unmodifiableMap(m);
		NAMES = List.copyOf(m.keySet());
	}

	/** Resource with the shipped values, next to this class. */
	public static final String RESOURCE = "calibration.properties";

	/**
	 * System property naming a calibration file (the format {@code lithos calibrate} writes) that replaces the
	 * shipped values for this process: {@code lithos run --calibration FILE} and {@code lithos validate --calibration
	 * FILE} set it before any solver starts, so a new fit is used without rebuilding.
	 */
	public static final String FILE_PROPERTY = org.lithos.solver.api.CalibrationFile.PROPERTY;

	private static final class Shipped {
		static final Calibration DEFAULTS = load();
	}

	private final double[] values;

	private Calibration(double[] values) {
		this.values = values;
	}

	/** Calibration files read so far, by the path the system property gave; each is read once. */
	private static final Map<String, Calibration> FROM_FILES = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * @return the values every {@code lithos.cell} of this process uses now: those of the file the system property
	 *         {@value #FILE_PROPERTY} names (read once per file), else the shipped {@value #RESOURCE}
	 * @throws IllegalArgumentException when that file cannot be read or is not a complete calibration
	 */
	public static Calibration defaults() {
		String file = System.getProperty(FILE_PROPERTY);
		return file == null ? Shipped.DEFAULTS : FROM_FILES.computeIfAbsent(file, f -> fromFile(java.nio.file.Path.of(f)));
	}

	/**
	 * Reads values in the format of {@value #RESOURCE}.
	 *
	 * @param in properties text; must give every constant of {@link #names()} and no other
	 * @return the calibration
	 * @throws IOException              when the stream cannot be read
	 * @throws IllegalArgumentException when a name is missing or unknown, or a value is not a finite number
	 */
	public static Calibration read(InputStream in) throws IOException {
		Properties props = new Properties();
		props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		for (String key : props.stringPropertyNames()) {
			if (!BY_NAME.containsKey(key)) {
				throw new IllegalArgumentException("unknown calibration constant '" + key + "'");
			}
		}
		double[] v = new double[META.length];
		for (int i = 0; i < META.length; i++) {
			String text = props.getProperty(META[i].name());
			if (text == null) {
				throw new IllegalArgumentException("calibration constant '" + META[i].name() + "' missing");
			}
			v[i] = finite(META[i].name(), Double.parseDouble(text.trim()));
		}
		return new Calibration(v);
	}

	/**
	 * @param file a calibration file in the format of {@value #RESOURCE}
	 * @return its values
	 * @throws IllegalArgumentException when it cannot be read or is not a complete calibration; the message names it
	 */
	public static Calibration fromFile(java.nio.file.Path file) {
		try (InputStream in = java.nio.file.Files.newInputStream(file)) {
			return read(in);
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot read the calibration file " + file + ": " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("calibration file " + file + ": " + e.getMessage(), e);
		}
	}

	private static Calibration load() {
		try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("resource " + RESOURCE + " missing from the solver bundle");
			}
			return read(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static double finite(String name, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("calibration constant '" + name + "' must be finite: " + value);
		}
		return value;
	}

	private static int index(String name) {
		Constant m = name == null ? null : BY_NAME.get(name);
		if (m == null) {
			throw new IllegalArgumentException("unknown calibration constant '" + name + "'");
		}
		return NAMES.indexOf(name);
	}

	/** @return every global calibration constant, in a stable order */
	public List<String> names() {
		return NAMES;
	}

	/**
	 * @param name a name of {@link #names()}
	 * @return its value, SI
	 */
	public double value(String name) {
		return values[index(name)];
	}

	/**
	 * @param name a name of {@link #names()}
	 * @return the lowest physically sensible value for fitting, SI
	 */
	public double lower(String name) {
		return META[index(name)].lower();
	}

	/**
	 * @param name a name of {@link #names()}
	 * @return the highest physically sensible value for fitting, SI
	 */
	public double upper(String name) {
		return META[index(name)].upper();
	}

	/**
	 * @param name a name of {@link #names()}
	 * @return what it is, its unit and its source (or "fitted by lithos calibrate")
	 */
	public String description(String name) {
		Constant c = META[index(name)];
		return c.meaning() + " Unit " + c.unit() + "; " + (c.source().equals("fitted") ? "fitted by lithos calibrate"
				: "source: " + c.source()) + "; informed by " + papers(c) + ".";
	}

	/**
	 * @param name a name of {@link #names()}
	 * @return its SI unit ("1" for a number)
	 */
	public String unit(String name) {
		return META[index(name)].unit();
	}

	/**
	 * @param name a name of {@link #names()}
	 * @return whether {@code lithos calibrate} fits it (else its default has a source of its own)
	 */
	public boolean fitted(String name) {
		return META[index(name)].source().equals("fitted");
	}

	private static String papers(Constant c) {
		return c.papers().length == 0 ? "no reference observation"
				: c.papers().length == 1 ? c.papers()[0] + " alone" : String.join(", ", c.papers());
	}

	/** @return the declared defaults: every constant at the value of its declaration (the start of a fit) */
	public static Calibration declared() {
		double[] v = new double[META.length];
		for (int i = 0; i < v.length; i++) {
			v[i] = META[i].value();
		}
		return new Calibration(v);
	}

	/**
	 * @return the documentation table of the constants (Markdown), generated from their declarations: the
	 *         committed docs/calibration-constants.md is this text
	 */
	public static String documentationTable() {
		StringBuilder b = new StringBuilder();
		b.append("# Calibration constants of lithos.cell\n\n")
				.append("Generated from the declarations in `bundles/org.lithos.solver.cell/src/org/lithos/solver/cell/")
				.append("internal/Cal.java` (`CalibrationTest` checks this file is up to date). The default is the value\n")
				.append("set by hand before any fit; the shipped values are in `calibration.properties`. \"Informed by\" lists the\n")
				.append("papers whose observations move by a tenth of their band or more when the constant crosses its bounds\n")
				.append("(`lithos calibrate --sensitivity`).\n\n")
				.append("| constant | unit | default | bounds | source | informed by | meaning |\n")
				.append("|---|---|---|---|---|---|---|\n");
		for (Constant c : META) {
			b.append("| `").append(c.name()).append("` | ").append(c.unit()).append(" | ").append(c.value())
					.append(" | ").append(c.lower()).append(" .. ").append(c.upper()).append(" | ").append(c.source())
					.append(" | ").append(papers(c)).append(" | ").append(c.meaning().replace("|", "\\|")).append(" |\n");
		}
		return b.toString();
	}

	/**
	 * @param name  a name of {@link #names()}
	 * @param value the new value, SI, finite (bounds are advisory for fitting and not enforced)
	 * @return a copy with that value
	 * @throws IllegalArgumentException for an unknown name or a non-finite value
	 */
	public Calibration with(String name, double value) {
		int i = index(name);
		double[] v = values.clone();
		v[i] = finite(name, value);
		return new Calibration(v);
	}

	/** @return name to value, in the order of {@link #names()}, unmodifiable */
	public Map<String, Double> values() {
		Map<String, Double> m = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			m.put(NAMES.get(i), values[i]);
		}
		return Collections.unmodifiableMap(m);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Calibration c && java.util.Arrays.equals(values, c.values);
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(values);
	}

	@Override
	public String toString() {
		return "Calibration" + values();
	}
}
