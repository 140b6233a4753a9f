package org.lithos.data.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lithos.data.DataFileException;

/**
 * Neware's "regular" CSV export nests three tables in one file: a cycle row (no leading comma), its step rows (one
 * leading comma) and their record rows (two leading commas), each level with its own header in the first three
 * lines. Flattened here into one record table whose rows carry their cycle index, step index and step type.
 */
public final class NewareRegularTables {

	private static final String CYCLE = "Cycle Index";
	private static final String STEP = "Step Index";
	private static final String TYPE = "Step Type";

	private NewareRegularTables() {
	}

	/**
	 * @param lines a file's lines
	 * @return whether they begin with the three nested headers
	 */
	public static boolean matches(List<String> lines) {
		return lines.size() > 3 && lines.get(0).startsWith(CYCLE) && lines.get(1).startsWith("," + STEP)
				&& lines.get(2).startsWith(",,");
	}

	/**
	 * @param file  the file
	 * @param lines its lines, {@link #matches} them
	 * @return the record table with cycle, step and step type in front
	 * @throws DataFileException for a row of no known level or a record before its cycle and step
	 */
	public static Table read(Path file, List<String> lines) throws DataFileException {
		List<String> stepHeader = cells(lines.get(1), 1);
		List<String> recordHeader = cells(lines.get(2), 2);
		int cycleColumns = cells(lines.get(0), 0).size();
		int stepIndex = stepHeader.indexOf(STEP);
		int stepType = stepHeader.indexOf(TYPE);
		List<HeaderCell> header = new ArrayList<>();
		for (String name : List.of(CYCLE, STEP, TYPE)) {
			header.add(HeaderCell.parse(name));
		}
		recordHeader.forEach(cell -> header.add(HeaderCell.parse(cell)));
		List<Row> rows = new ArrayList<>();
		String cycle = null;
		String step = null;
		String type = null;
		for (int i = 3; i < lines.size(); i++) {
			String line = lines.get(i);
			String where = "line " + (i + 1);
			if (line.isBlank()) {
				continue;
			}
			if (line.startsWith(",,")) {
				if (cycle == null || step == null) {
					throw new DataFileException(file, where, "a record row before any cycle and step row");
				}
				List<String> cells = new ArrayList<>(List.of(cycle, step, type));
				cells.addAll(cells(line, 2));
				rows.add(new Row(cells, where));
			} else {
				List<String> cells = cells(line, line.startsWith(",") ? 1 : 0);
				if (!line.startsWith(",")) {
					// a cycle row; the cycle's first step follows on the same line
					cycle = cells.get(0);
					cells = cells.subList(Math.min(cycleColumns, cells.size()), cells.size());
				}
				if (cells.size() > stepIndex) {
					step = cells.get(stepIndex);
					type = stepType >= 0 && stepType < cells.size() ? cells.get(stepType) : "";
				}
			}
		}
		return new Table(header, "line 3", rows);
	}

	private static List<String> cells(String line, int indent) {
		String[] all = line.split(",", -1);
		List<String> cells = new ArrayList<>();
		for (int i = indent; i < all.length; i++) {
			cells.add(all[i].strip());
		}
		return cells;
	}
}
