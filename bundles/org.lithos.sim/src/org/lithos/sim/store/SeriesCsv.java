package org.lithos.sim.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lithos.model.LithosFactory;
import org.lithos.model.Series;
import org.lithos.model.names.SeriesName;

/**
 * The column names of a run's {@code series.csv} ({@code NAME_UNIT}, the unit's slashes as underscores, e.g.
 * {@code capacity_A*s_m2}), and reading the file back into series: the columns of {@link SeriesName} get their name
 * and SI unit back; any other column keeps its header as name. Empty cells are NaN.
 */
final class SeriesCsv {

	private SeriesCsv() {
	}

	/**
	 * @param name a series' name
	 * @param unit its unit, may be null or empty
	 * @return its column name in series.csv
	 */
	static String header(String name, String unit) {
		return name + (unit == null || unit.isEmpty() ? "" : "_" + unit.replace('/', '_'));
	}

	/**
	 * @param file a series.csv
	 * @return its columns in file order
	 * @throws IOException when it cannot be read, or a cell is not a number (the message names file, line and column)
	 */
	static List<Series> read(Path file) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String headerLine = reader.readLine();
			if (headerLine == null || headerLine.isEmpty()) {
				return List.of();
			}
			String[] headers = headerLine.split(",", -1);
			List<double[]> rows = new ArrayList<>();
			String line;
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isEmpty()) {
					continue;
				}
				String[] cells = line.split(",", -1);
				double[] row = new double[headers.length];
				for (int c = 0; c < headers.length; c++) {
					String cell = c < cells.length ? cells[c] : "";
					try {
						row[c] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
					} catch (NumberFormatException e) {
						throw new IOException(file + ":" + number + ": column '" + headers[c] + "' holds '" + cell
								+ "', not a number", e);
					}
				}
				rows.add(row);
			}
			List<Series> series = new ArrayList<>();
			for (int c = 0; c < headers.length; c++) {
				double[] values = new double[rows.size()];
				for (int r = 0; r < values.length; r++) {
					values[r] = rows.get(r)[c];
				}
				series.add(column(headers[c], values));
			}
			return series;
		}
	}

	private static Series column(String header, double[] values) {
		for (SeriesName name : SeriesName.values()) {
			if (header(name.word(), name.unit()).equals(header)) {
				return name.create(values);
			}
		}
		Series series = LithosFactory.eINSTANCE.createSeries();
		series.setName(header);
		series.setUnit("");
		series.setValues(values);
		return series;
	}
}
