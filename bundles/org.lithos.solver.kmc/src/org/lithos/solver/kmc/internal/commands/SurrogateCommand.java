package org.lithos.solver.kmc.internal.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.model.io.AtomicFiles;
import org.lithos.solver.kmc.KmcParameters;
import org.lithos.solver.kmc.KmcResult;
import org.lithos.solver.kmc.KmcSeries;
import org.lithos.solver.kmc.KmcSimulation;
import org.lithos.solver.kmc.KmcStatus;
import org.osgi.service.component.annotations.Component;
import org.lithos.units.Constants;

/**
 * {@code lithos surrogate}: runs the kinetic Monte Carlo morphology model ({@code lithos.kmc}) on a grid of
 * adsorption-rate ratios k_sub/k_LiLi and plating current densities and writes the table the cycling solver
 * ({@code lithos.cell}) reads its collector coverage and morphology class from, so that the cell solver does not need
 * the KMC at run time. Every run has the same seed, so the table is the same on every machine and for any number
 * of jobs; the shipped {@code morphology-surrogate.csv} of {@code org.lithos.solver.cell} is its output (apart from
 * the "generated" date line).
 * <p>
 * Morphology class of a run, from its final deposit of thickness h (charge / (F / V_m)): <b>dendritic</b> when the
 * RMS roughness exceeds {@link #DENDRITIC_ROUGHNESS} h (columns as tall as the deposit is thick), else <b>porous</b>
 * when the porosity under the column tops exceeds {@link #POROUS_POROSITY}, else <b>dense</b>.
 */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + SurrogateCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + SurrogateCommand.SUMMARY })
public final class SurrogateCommand implements Command {

	/** The word that selects the command. */
	static final String NAME = "surrogate";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "regenerate the cycling solver's morphology table from kinetic Monte Carlo runs";

	/** Default file: the cell solver's resource, relative to the repository root. */
	public static final String DEFAULT_OUT = "bundles/org.lithos.solver.cell/src/org/lithos/solver/cell/"
			+ "morphology-surrogate.csv";
	/** Porosity above which a deposit counts as porous (a twentieth of the volume under the column tops empty). */
	public static final double POROUS_POROSITY = 0.05;
	/** RMS roughness, as a fraction of the deposit thickness, above which a deposit counts as dendritic. */
	public static final double DENDRITIC_ROUGHNESS = 0.5;
	/** Seed of every run. */
	public static final long SEED = 1L;

	private static final String RATIOS = "-8:4:1";
	private static final String CURRENTS = "0.1,1,10";
	private static final int WIDTH = 48;
	private static final int LAYERS = 5;
	private static final double SITE = 10e-9;
	private static final long EVENTS = 2_000_000_000L;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String summary() {
		return SUMMARY;
	}

	@Override
	public String usage() {
		return """
				Usage: lithos surrogate [--out FILE] [--jobs N] [--ratios LIST] [--currents LIST] [--width N]
				                        [--layers N]

				Runs the kinetic Monte Carlo plating model (lithos.kmc) once for every pair of
				log10(k_sub/k_LiLi) and current density, at 298.15 K on a 3D lattice of 10 nm sites up to
				N dense monolayers of Li, seed 1, and writes per run the substrate coverage, porosity,
				roughness, tip and mean height and the morphology class (dense / porous / dendritic) as CSV.
				lithos.cell takes the wetting of a collector with DFT binding energies from this table.
				Deterministic: the same options give the same rows for any --jobs.

				Options:
				  --out FILE         where to write (default: the cell solver's resource,
				                     %s)
				  --jobs N           runs in parallel (default: all cores)
				  --ratios LIST      log10(k_sub/k_LiLi): FROM:TO:STEP or comma-separated (default %s)
				  --currents LIST    plating current densities in mA/cm2, comma-separated (default %s)
				  --width N          lattice width in sites, N x N columns (default %d)
				  --layers N         deposit in dense monolayers of 10 nm (default %d, i.e. 50 nm)
				""".formatted(DEFAULT_OUT, RATIOS, CURRENTS, WIDTH, LAYERS);
	}

	/** One grid point's outcome. */
	private record Row(double ratio, double current, double coverage, double porosity, double roughness,
			double tip, double mean, String morphology, long events) {
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments a = new Arguments(args, Set.of("--out", "--jobs", "--ratios", "--currents", "--width", "--layers"),
				Set.of());
		if (!a.operands().isEmpty()) {
			throw new UsageException("lithos surrogate takes no operands (got " + a.operands() + ")");
		}
		Path file = Path.of(a.option("--out", DEFAULT_OUT));
		int jobs = a.intOption("--jobs", Runtime.getRuntime().availableProcessors());
		String ratioText = a.option("--ratios", RATIOS);
		String currentText = a.option("--currents", CURRENTS);
		double[] ratios = grid(ratioText, "--ratios");
		double[] currents = grid(currentText, "--currents");
		for (double j : currents) {
			if (!(j > 0)) {
				throw new UsageException("--currents must be positive (got " + j + ")");
			}
		}
		int width = a.intOption("--width", WIDTH);
		int layers = a.intOption("--layers", LAYERS);
		if (width < 2) {
			throw new UsageException("--width must be at least 2");
		}
		StringBuilder command = new StringBuilder("lithos surrogate");
		if (!ratioText.equals(RATIOS)) {
			command.append(" --ratios ").append(ratioText);
		}
		if (!currentText.equals(CURRENTS)) {
			command.append(" --currents ").append(currentText);
		}
		if (width != WIDTH) {
			command.append(" --width ").append(width);
		}
		if (layers != LAYERS) {
			command.append(" --layers ").append(layers);
		}
		long t0 = System.nanoTime();
		List<Row> rows;
		try {
			rows = runGrid(ratios, currents, width, layers, jobs);
		} catch (IllegalStateException e) {
			err.println("lithos surrogate: " + e.getMessage());
			return 1;
		}
		double seconds = (System.nanoTime() - t0) * 1e-9;
		String csv = format(rows, command.toString(), width, layers);
		try {
			byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
			AtomicFiles.write(file, o -> o.write(bytes));
		} catch (IOException e) {
			err.println("lithos surrogate: cannot write " + file + ": " + e.getMessage());
			return 1;
		}
		out.printf(Locale.ROOT, "lithos surrogate: %d kinetic Monte Carlo runs in %.1f s on %d jobs, written to %s%n",
				rows.size(), seconds, jobs, file);
		return 0;
	}

	/** Parses FROM:TO:STEP or a comma-separated list. */
	static double[] grid(String text, String option) {
		try {
			if (text.contains(":")) {
				String[] p = text.split(":");
				if (p.length != 3) {
					throw new UsageException(option + " takes FROM:TO:STEP or a comma-separated list, not " + text);
				}
				double from = Double.parseDouble(p[0]);
				double to = Double.parseDouble(p[1]);
				double step = Double.parseDouble(p[2]);
				if (!(step > 0) || !(to >= from)) {
					throw new UsageException(option + ": need FROM <= TO and STEP > 0 (got " + text + ")");
				}
				int n = (int) Math.floor((to - from) / step + 1e-9) + 1;
				double[] v = new double[n];
				for (int i = 0; i < n; i++) {
					// rounded so that the table's first column prints as the grid was meant
					v[i] = Math.round((from + i * step) * 1e9) / 1e9;
				}
				return v;
			}
			String[] p = text.split(",");
			double[] v = new double[p.length];
			for (int i = 0; i < p.length; i++) {
				v[i] = Double.parseDouble(p[i].trim());
			}
			double[] sorted = v.clone();
			java.util.Arrays.sort(sorted);
			for (int i = 1; i < sorted.length; i++) {
				if (sorted[i] == sorted[i - 1]) {
					throw new UsageException(option + " lists " + sorted[i] + " twice");
				}
			}
			return sorted;
		} catch (NumberFormatException e) {
			throw new UsageException(option + " takes numbers, not " + text);
		}
	}

	/** Runs every grid point (ratios outer, currents inner); rows in grid order whatever the job count. */
	private static List<Row> runGrid(double[] ratios, double[] currents, int width, int layers, int jobs) {
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
		try {
			List<Future<Row>> futures = new ArrayList<>();
			for (double r : ratios) {
				for (double j : currents) {
					futures.add(pool.submit(() -> run(r, j, width, layers)));
				}
			}
			List<Row> rows = new ArrayList<>();
			for (Future<Row> f : futures) {
				rows.add(f.get());
			}
			return rows;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted");
		} catch (ExecutionException e) {
			Throwable c = e.getCause();
			throw new IllegalStateException(c.getMessage(), c);
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * One run: the binding energy of the substrate is set so that k_sub/k_LiLi = 10^ratio at 298.15 K, the Li-Li
	 * reference and every other parameter are the solver defaults.
	 */
	private static Row run(double log10Ratio, double currentMilliAmps, int width, int layers) {
		KmcParameters base = KmcParameters.defaults();
		double kT = Constants.BOLTZMANN * base.temperature();
		double eLi = base.lithiumBinding();
		// k_sub/k_LiLi = exp(alpha dE / kT), alpha recovered from the parameters so it has one home (kmc Defaults)
		double unit = base.withBinding(eLi + kT, eLi, true).adsorptionRatio();
		double alpha = Math.log(unit);
		double eSub = eLi + log10Ratio * Math.log(10) * kT / alpha;
		double charge = layers * KmcParameters.layerCharge(SITE);
		KmcParameters p = base.withSiteSize(SITE).with3D(width, width, 8 * layers + 8)
				.withCurrentDensity(currentMilliAmps * 10).withBinding(eSub, eLi, true).withSeed(SEED)
				.withBudget(EVENTS, charge, Double.POSITIVE_INFINITY).withOutput(4, 0);
		KmcResult r = new KmcSimulation(p).run(null);
		if (r.status() != KmcStatus.COMPLETED) {
			throw new IllegalStateException(String.format(Locale.ROOT, "run at log10(k_sub/k_LiLi) = %s, %s mA/cm2: %s",
					log10Ratio, currentMilliAmps, r.message()));
		}
		KmcSeries s = r.series();
		int l = s.last();
		double thickness = layers * SITE;
		double rough = s.roughness()[l];
		double porosity = s.porosity()[l];
		String morphology = rough > DENDRITIC_ROUGHNESS * thickness ? "dendritic"
				: porosity > POROUS_POROSITY ? "porous" : "dense";
		return new Row(log10Ratio, currentMilliAmps, s.coverage()[l], porosity, rough, s.tipHeight()[l],
				s.meanHeight()[l], morphology, r.events());
	}

	private static String format(List<Row> rows, String command, int width, int layers) {
		KmcParameters base = KmcParameters.defaults();
		double unit = base.withBinding(base.lithiumBinding() + Constants.BOLTZMANN * base.temperature(),
				base.lithiumBinding(), true).adsorptionRatio();
		StringBuilder b = new StringBuilder();
		b.append("# Lithos morphology surrogate: kinetic Monte Carlo (lithos.kmc) runs of early Li plating, one per row;\n");
		b.append("# lithos.cell takes the substrate coverage and morphology class of a collector with DFT binding"
				+ " energies from it.\n");
		b.append("# command: ").append(command).append('\n');
		b.append(String.format(Locale.ROOT, "# generated: %s%n", LocalDate.now(ZoneOffset.UTC)));
		b.append(String.format(Locale.ROOT, "# lattice: 3D %d x %d x %d sites of %s m, periodic in x and y%n", width,
				width, 8 * layers + 8, SITE));
		b.append(String.format(Locale.ROOT, "# deposit: %d dense monolayers = %s m of Li%n", layers, layers * SITE));
		b.append(String.format(Locale.ROOT, "# temperature: %s K%n", base.temperature()));
		b.append(String.format(Locale.ROOT, "# alpha: %s%n", Math.round(Math.log(unit) * 1e12) / 1e12));
		b.append(String.format(Locale.ROOT, "# seed: %d%n", SEED));
		b.append(String.format(Locale.ROOT,
				"# morphology: dendritic when roughness > %s x deposit thickness, else porous when porosity > %s,"
						+ " else dense%n",
				DENDRITIC_ROUGHNESS, POROUS_POROSITY));
		b.append("# columns: log10(k_sub/k_LiLi); current density (A/m2); substrate coverage (0..1); porosity (0..1);"
				+ " RMS roughness (m); tip height (m); mean height (m); morphology; events\n");
		b.append("log10_ratio,current_density,coverage,porosity,roughness,tip_height,mean_height,morphology,events\n");
		for (Row r : rows) {
			b.append(String.format(Locale.ROOT, "%s,%s,%.6f,%.6f,%.6e,%.6e,%.6e,%s,%d%n", r.ratio(),
					r.current() * 10, r.coverage(), r.porosity(), r.roughness(), r.tip(), r.mean(), r.morphology(),
					r.events()));
		}
		return b.toString();
	}
}
