package org.lithos.solver.cell.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.lithos.units.Constants;

/**
 * The early-plating morphology of the kinetic Monte Carlo model ({@code lithos.kmc}, docs/physics.md, scale 2) as a table:
 * substrate coverage, porosity, roughness, tip and mean height and morphology class (dense / porous / dendritic) of
 * a fixed deposit, on a grid of log10(k_sub/k_LiLi) and plating current density. The table is the resource
 * {@code org/lithos/solver/cell/morphology-surrogate.csv}, written by {@code lithos surrogate} (its header records
 * the command, lattice, deposit, seed and the thresholds of the classes), so the cell solver needs no KMC at run
 * time. Immutable and thread-safe.
 * <p>
 * Between grid points the numbers are interpolated bilinearly in log10(k_sub/k_LiLi) and log10(j); outside the grid
 * they are clamped to its edge (a ratio far below the grid is as lithiophobic as its lowest row). The class is that
 * of the nearest grid point in the same coordinates. Public only so that the tests of {@code lithos surrogate} can
 * check that the solver reads what the command writes; not API.
 */
public final class MorphologySurrogate {

	/** Resource path of the shipped table. */
	public static final String RESOURCE = "/org/lithos/solver/cell/morphology-surrogate.csv";

	/** Morphology class of a deposit. */
	public enum Morphology {
		/** Compact, planar deposit. */
		DENSE,
		/** Islands held above a partly bare collector, with voids under them. */
		POROUS,
		/** Columns as tall as the deposit is thick. */
		DENDRITIC
	}

	/**
	 * Interpolated KMC outcome.
	 *
	 * @param coverage   fraction of the collector covered by Li, 0..1
	 * @param porosity   empty fraction under the column tops, 0..1
	 * @param roughness  RMS column height deviation in m
	 * @param tipHeight  highest column in m
	 * @param morphology class at the nearest grid point
	 */
	public record Point(double coverage, double porosity, double roughness, double tipHeight, Morphology morphology) {
	}

	private static volatile MorphologySurrogate shipped;

	private final double[] ratios;
	private final double[] logCurrents;
	/** [ratio][current][column]: coverage, porosity, roughness, tip height. */
	private final double[][][] values;
	private final Morphology[][] classes;
	private final Map<String, String> header;

	private MorphologySurrogate(double[] ratios, double[] logCurrents, double[][][] values, Morphology[][] classes,
			Map<String, String> header) {
		this.ratios = ratios;
		this.logCurrents = logCurrents;
		this.values = values;
		this.classes = classes;
		this.header = header;
	}

	/** @return the table shipped with the solver, read once */
	public static MorphologySurrogate shipped() {
		MorphologySurrogate s = shipped;
		if (s == null) {
			try (InputStream in = MorphologySurrogate.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("the morphology surrogate " + RESOURCE + " is missing");
				}
				s = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			shipped = s;
		}
		return s;
	}

	/**
	 * Reads a table in the format {@code lithos surrogate} writes: {@code # key: value} header lines, a column-name
	 * line, then one row per run (log10 ratio, current density in A/m2, coverage, porosity, roughness in m, tip
	 * height in m, mean height in m, class, events), covering every pair of the ratios and currents that occur.
	 *
	 * @param text the file
	 * @return the table
	 * @throws IllegalArgumentException when a row is malformed or the grid is incomplete
	 */
	public static MorphologySurrogate parse(String text) {
		Map<String, String> header = new HashMap<>();
		List<String[]> rows = new ArrayList<>();
		boolean named = false;
		try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
			String line;
			while ((line = r.readLine()) != null) {
				String t = line.strip();
				if (t.isEmpty()) {
					continue;
				}
				if (t.startsWith("#")) {
					int colon = t.indexOf(':');
					if (colon > 0) {
						header.put(t.substring(1, colon).strip().toLowerCase(Locale.ROOT), t.substring(colon + 1).strip());
					}
				} else if (!named) {
					named = true; // column names
				} else {
					String[] f = t.split(",");
					if (f.length < 8) {
						throw new IllegalArgumentException("morphology surrogate row needs 8 fields: " + t);
					}
					rows.add(f);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		TreeSet<Double> rs = new TreeSet<>();
		TreeSet<Double> js = new TreeSet<>();
		for (String[] f : rows) {
			rs.add(Double.parseDouble(f[0]));
			double j = Double.parseDouble(f[1]);
			if (!(j > 0)) {
				throw new IllegalArgumentException("morphology surrogate current density must be positive: " + j);
			}
			js.add(Math.log10(j));
		}
		if (rs.isEmpty()) {
			throw new IllegalArgumentException("morphology surrogate has no rows");
		}
		double[] ratios = rs.stream().mapToDouble(Double::doubleValue).toArray();
		double[] currents = js.stream().mapToDouble(Double::doubleValue).toArray();
		double[][][] v = new double[ratios.length][currents.length][];
		Morphology[][] c = new Morphology[ratios.length][currents.length];
		for (String[] f : rows) {
			int i = Arrays.binarySearch(ratios, Double.parseDouble(f[0]));
			int k = Arrays.binarySearch(currents, Math.log10(Double.parseDouble(f[1])));
			v[i][k] = new double[] { Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
					Double.parseDouble(f[5]) };
			c[i][k] = Morphology.valueOf(f[7].strip().toUpperCase(Locale.ROOT));
		}
		for (int i = 0; i < ratios.length; i++) {
			for (int k = 0; k < currents.length; k++) {
				if (v[i][k] == null) {
					throw new IllegalArgumentException(String.format(Locale.ROOT,
							"morphology surrogate lacks log10 ratio %s at %s A/m2", ratios[i],
							Math.pow(10, currents[k])));
				}
			}
		}
		return new MorphologySurrogate(ratios, currents, v, c, header);
	}

	/**
	 * @return the BEP coefficient alpha of k_sub/k_LiLi = exp(alpha (E_b,sub - E_b,LiLi) / kT) the table was made
	 *         with (header "alpha"), 0.5 when absent
	 */
	public double alpha() {
		String a = header.get("alpha");
		return a == null ? 0.5 : Double.parseDouble(a);
	}

	/** @return the deposit thickness the table describes in m (header "deposit"), NaN when absent */
	public double depositThickness() {
		String d = header.get("deposit");
		if (d == null) {
			return Double.NaN;
		}
		String[] words = d.split("\\s+");
		for (int i = 0; i + 1 < words.length; i++) {
			if (words[i + 1].equals("m")) {
				return Double.parseDouble(words[i]);
			}
		}
		return Double.NaN;
	}

	/**
	 * @param log10Ratio     log10(k_sub/k_LiLi)
	 * @param currentDensity plating current density in A/m2 (positive)
	 * @return the interpolated (and, outside the grid, clamped) morphology
	 */
	public Point at(double log10Ratio, double currentDensity) {
		double x = clamp(log10Ratio, ratios);
		double y = clamp(Math.log10(currentDensity), logCurrents);
		int i = lower(x, ratios);
		int k = lower(y, logCurrents);
		int i1 = Math.min(i + 1, ratios.length - 1);
		int k1 = Math.min(k + 1, logCurrents.length - 1);
		double u = i1 == i ? 0 : (x - ratios[i]) / (ratios[i1] - ratios[i]);
		double w = k1 == k ? 0 : (y - logCurrents[k]) / (logCurrents[k1] - logCurrents[k]);
		double[] out = new double[4];
		for (int c = 0; c < 4; c++) {
			out[c] = (1 - u) * (1 - w) * values[i][k][c] + u * (1 - w) * values[i1][k][c]
					+ (1 - u) * w * values[i][k1][c] + u * w * values[i1][k1][c];
		}
		Morphology m = classes[u <= 0.5 ? i : i1][w <= 0.5 ? k : k1];
		return new Point(out[0], out[1], out[2], out[3], m);
	}

	/**
	 * @param substrateBinding binding energy of Li on the surface in J
	 * @param lithiumBinding   binding energy of Li on Li in J
	 * @param temperature      K
	 * @return log10(k_sub/k_LiLi) = alpha (E_b,sub - E_b,LiLi) / (kT ln 10)
	 */
	public double log10Ratio(double substrateBinding, double lithiumBinding, double temperature) {
		return alpha() * (substrateBinding - lithiumBinding) / (Constants.BOLTZMANN * temperature * Math.log(10));
	}

	private static double clamp(double v, double[] grid) {
		return Math.max(grid[0], Math.min(grid[grid.length - 1], v));
	}

	/** @return the index of the last grid value <= v (v inside the grid) */
	private static int lower(double v, double[] grid) {
		int i = 0;
		while (i + 1 < grid.length && grid[i + 1] <= v) {
			i++;
		}
		return Math.min(i, Math.max(0, grid.length - 2));
	}
}
