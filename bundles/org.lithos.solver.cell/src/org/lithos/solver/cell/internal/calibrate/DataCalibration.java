package org.lithos.solver.cell.internal.calibrate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.lithos.cli.api.CellFiles;
import org.lithos.cli.api.UsageException;
import org.lithos.data.ColumnMapping;
import org.lithos.data.DataFileException;
import org.lithos.data.MeasuredCurve;
import org.lithos.data.MeasuredCycle;
import org.lithos.data.MeasuredData;
import org.lithos.data.VoltageStep;
import org.lithos.model.CompiledModel;
import org.lithos.model.MeasuredFile;
import org.lithos.model.SimulationInput;
import org.lithos.model.StudyInput;
import org.lithos.model.io.AtomicFiles;
import org.lithos.model.text.Suggest;
import org.lithos.solver.cell.Calibration;

/**
 * {@code lithos calibrate --data FILE}: fits constants to the measured curves a study attaches to one cell
 * ({@code data "..." for CELL}), by least squares on voltage against capacity ({@link DataFit}), prints the fitted
 * values with 95 % confidence intervals and the residuals, and writes a parameter file that {@code lithos run
 * --calibration} takes.
 */
final class DataCalibration {

	/** Constants fitted when --params names none: the interface kinetics and the SEI's resistance, which set the
	 *  plating and stripping overpotentials a voltage curve shows. */
	static final List<String> DEFAULT_PARAMS = List.of("kinetics.j0Li", "sei.conductivity");
	/** Cycles compared when --cycles names none: the first complete ones. */
	private static final int DEFAULT_CYCLES = 3;
	/** C/m2 in one mAh/cm2. */
	private static final double MAH_PER_CM2 = 36_000;

	private DataCalibration() {
	}

	static int run(CellFiles files, Path cellFile, String studyName, String params, String cycles, int iterations,
			Calibration start, Path output, PrintStream out, PrintStream err) {
		Optional<CompiledModel> compiled = files.compile(cellFile, out, err);
		if (compiled.isEmpty()) {
			return 1;
		}
		StudyInput study = compiled.get().getStudies().stream().filter(s -> !s.getMeasured().isEmpty())
				.filter(s -> studyName == null || s.getName().equals(studyName) || s.getName().endsWith("." + studyName))
				.findFirst().orElse(null);
		if (study == null) {
			err.println("lithos calibrate: " + cellFile + " has no study" + (studyName == null ? "" : " " + studyName)
					+ " with a data clause (data \"FILE\" for CELL)");
			return 1;
		}
		MeasuredFile file = study.getMeasured().get(0);
		SimulationInput input = study.getRuns().stream().filter(r -> r.getCell().getName().equals(file.getCell()))
				.findFirst().orElse(null);
		if (input == null) {
			err.println("lithos calibrate: study " + study.getName() + " does not run " + file.getCell());
			return 1;
		}
		MeasuredCurve curve;
		try {
			curve = file.getColumns() == null || file.getColumns().isEmpty() ? MeasuredData.read(Path.of(file.getFile()))
					: MeasuredData.read(Path.of(file.getFile()), ColumnMapping.parse(file.getColumns()));
		} catch (DataFileException e) {
			err.println("lithos calibrate: " + e.getMessage());
			return 1;
		}
		List<String> names = params == null ? DEFAULT_PARAMS
				: Arrays.stream(params.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		for (String name : names) {
			if (!start.names().contains(name)) {
				throw new UsageException("unknown constant '" + name + "'" + Suggest.didYouMean(name, start.names())
						+ " (lithos calibrate --list shows them)");
			}
		}
		Set<Integer> chosen = chosenCycles(curve, cycles);
		List<VoltageStep> steps = VoltageStep.ofCurve(curve, input.getCell().getArea()).stream()
				.filter(s -> chosen.contains(s.cycle())).toList();
		if (steps.isEmpty()) {
			err.println("lithos calibrate: " + file.getFile() + " has no steps with current in cycles " + chosen);
			return 1;
		}
		err.println("calibrate: fitting " + names + " of " + input.getId() + " to " + curve.source().getFileName()
				+ ", cycles " + chosen);
		DataFit.Result fit = new DataFit(input, steps, names, start).fit(iterations);
		out.printf(Locale.ROOT, "%-24s %12s %12s   %s%n", "constant", "start", "fitted", "95 % confidence interval");
		for (int i = 0; i < names.size(); i++) {
			out.printf(Locale.ROOT, "%-24s %12.5g %12.5g   [%.5g, %.5g]%n", names.get(i), start.value(names.get(i)),
					fit.values()[i], fit.low()[i], fit.high()[i]);
		}
		out.printf(Locale.ROOT, "voltage residual (RMS over %d points of cycles %s): %.2f mV -> %.2f mV; %d solver runs%n",
				fit.points(), chosen, 1000 * fit.rmsStart(), 1000 * fit.rms(), fit.runs());
		try {
			String header = "# Global calibration constants of lithos.cell, fitted by lithos calibrate --data "
					+ cellFile + " --params " + String.join(",", names) + " to " + file.getFile() + "\n"
					+ String.format(Locale.ROOT, "# Voltage residual (RMS over %d points): %.2f mV -> %.2f mV%n",
							fit.points(), 1000 * fit.rmsStart(), 1000 * fit.rms())
					+ confidence(fit);
			String text = CalibrateCommand.properties(fit.calibration(), header);
			AtomicFiles.write(output.resolve("calibration.properties"),
					o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
			AtomicFiles.write(output.resolve("residuals.csv"),
					o -> o.write(residuals(steps, fit).getBytes(StandardCharsets.UTF_8)));
		} catch (IOException e) {
			err.println("lithos calibrate: cannot write to " + output + ": " + e.getMessage());
			return 1;
		}
		out.println("wrote " + output.resolve("calibration.properties") + " (lithos run --calibration takes it) and "
				+ output.resolve("residuals.csv"));
		return 0;
	}

	private static String confidence(DataFit.Result fit) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < fit.names().size(); i++) {
			text.append(String.format(Locale.ROOT, "# %s = %.6g, 95 %% confidence interval [%.6g, %.6g]%n",
					fit.names().get(i), fit.values()[i], fit.low()[i], fit.high()[i]));
		}
		return text.toString();
	}

	private static String residuals(List<VoltageStep> steps, DataFit.Result fit) {
		StringBuilder csv = new StringBuilder("cycle,step,capacity_mAh_cm2,residual_mV\n");
		int k = 0;
		for (VoltageStep s : steps) {
			for (double q : DataFit.comparedCapacities(s)) {
				csv.append(String.format(Locale.ROOT, "%d,%s,%.6f,%.4f%n", s.cycle(), s.onto() ? "onto" : "off",
						q / MAH_PER_CM2, 1000 * fit.residuals()[k++]));
			}
		}
		return csv.toString();
	}

	private static Set<Integer> chosenCycles(MeasuredCurve curve, String cycles) {
		if (cycles != null) {
			Set<Integer> chosen = new TreeSet<>();
			for (String c : cycles.split(",")) {
				try {
					chosen.add(Integer.parseInt(c.trim()));
				} catch (NumberFormatException e) {
					throw new UsageException("--cycles takes cycle numbers like 1,2,5, not '" + c.trim() + "'");
				}
			}
			return chosen;
		}
		return new TreeSet<>(curve.cycles().stream().filter(MeasuredCycle::complete).map(MeasuredCycle::index)
				.limit(DEFAULT_CYCLES).toList());
	}
}
