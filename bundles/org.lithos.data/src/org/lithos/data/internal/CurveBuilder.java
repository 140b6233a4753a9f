package org.lithos.data.internal;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.lithos.data.CyclerFormat;
import org.lithos.data.DataFileException;
import org.lithos.data.Direction;
import org.lithos.data.MeasuredCurve;
import org.lithos.units.Unit;

/**
 * Turns a cycler's record table into a {@link MeasuredCurve}: finds the layout's columns and their units, reads
 * every row into SI, signs the current (from the mode column where the format has one, so that an unsigned current
 * is signed and a mode that disagrees with the sign wins), numbers the steps and cycles from 1 and derives the charge
 * passed per step from whatever the file gives (a per-step capacity, cumulative charge and discharge capacities, a
 * signed net charge, or else the current integrated over time).
 */
public final class CurveBuilder {

	private static final Map<Role, String> SI_UNITS = Map.of(Role.VOLTAGE, "V", Role.CURRENT, "A",
			Role.STEP_CAPACITY, "Ah", Role.CHARGE_CAPACITY, "Ah", Role.DISCHARGE_CAPACITY, "Ah", Role.NET_CHARGE,
			"Ah");

	private final Path file;
	private final Layout layout;
	private final Table table;
	private final boolean chargeNegative;
	private final Map<Role, Column> columns = new EnumMap<>(Role.class);

	/**
	 * @param file           the file the table came from
	 * @param layout         its format's layout
	 * @param table          its record table
	 * @param chargeNegative whether the file writes charging current as negative
	 */
	public CurveBuilder(Path file, Layout layout, Table table, boolean chargeNegative) {
		this.file = file;
		this.layout = layout;
		this.table = table;
		this.chargeNegative = chargeNegative;
	}

	/**
	 * @return the curve
	 * @throws DataFileException for a missing column, a unit of the wrong kind, a truncated row or a cell that is not
	 *                           a number
	 */
	public MeasuredCurve build() throws DataFileException {
		findColumns();
		List<Row> rows = table.rows();
		int n = rows.size();
		if (n == 0) {
			throw new DataFileException(file, table.headerWhere(), "a header but no data rows after it");
		}
		double[] time = new double[n];
		double[] voltage = new double[n];
		double[] current = new double[n];
		double[] rawCycle = new double[n];
		double[] rawStep = new double[n];
		Direction[] mode = new Direction[n];
		int width = columns.values().stream().mapToInt(Column::index).max().orElse(0) + 1;
		for (int i = 0; i < n; i++) {
			Row row = rows.get(i);
			if (row.cells().size() < width && row.cells().size() < table.header().size()) {
				throw new DataFileException(file, row.where(), "truncated row: " + row.cells().size() + " of "
						+ table.header().size() + " columns");
			}
			time[i] = required(row, Role.TIME);
			voltage[i] = required(row, Role.VOLTAGE);
			current[i] = (chargeNegative ? -1 : 1) * required(row, Role.CURRENT);
			rawCycle[i] = optional(row, Role.CYCLE, Double.NaN);
			rawStep[i] = optional(row, Role.STEP, Double.NaN);
			mode[i] = columns.containsKey(Role.MODE)
					? ModeWords.direction(row.cell(columns.get(Role.MODE).index())).orElse(null)
					: null;
			if (mode[i] == Direction.CHARGE || mode[i] == Direction.DISCHARGE) {
				current[i] = (mode[i] == Direction.CHARGE ? 1 : -1) * Math.abs(current[i]);
			}
		}
		scaleUnlabelledTime(time, rows);
		int[] step = StepNumbers.steps(rawCycle, rawStep, current);
		int[] cycle = StepNumbers.cycles(rawCycle, step, current);
		double[] capacity = new StepCharge(file, columns, rows, time, current, step).perStep();
		return new MeasuredCurve(file, layout.format(), time, voltage, current, capacity, cycle, step);
	}

	private double required(Row row, Role role) throws DataFileException {
		Column column = columns.get(role);
		OptionalDouble value = column.value(row);
		if (value.isEmpty()) {
			String cell = row.cell(column.index());
			throw new DataFileException(file, row.where(), role.word() + " " + (cell.isBlank() ? "is missing"
					: "'" + cell + "' is not a number") + " (column '" + column.header().text() + "')");
		}
		return value.getAsDouble();
	}

	private double optional(Row row, Role role, double absent) throws DataFileException {
		Column column = columns.get(role);
		if (column == null) {
			return absent;
		}
		if (row.cell(column.index()).isBlank()) {
			return absent;
		}
		return required(row, role);
	}

	private void findColumns() throws DataFileException {
		for (Map.Entry<Role, List<String>> entry : layout.names().entrySet()) {
			Role role = entry.getKey();
			find(role, entry.getValue()).ifPresent(index -> columns.put(role, column(role, index)));
		}
		for (Role role : Layout.REQUIRED) {
			if (!columns.containsKey(role)) {
				throw new DataFileException(file, table.headerWhere(), "no " + role.word() + " column (looked for "
						+ layout.names().getOrDefault(role, List.of()) + ")");
			}
		}
		for (Role role : columns.keySet().toArray(Role[]::new)) {
			Column column = columns.get(role);
			if (column.unit() == null && role.dimension() != null && role != Role.TIME) {
				throw new DataFileException(file, table.headerWhere(), "column '" + column.header().text()
						+ "': '" + column.header().unit() + "' is not a unit of " + role.word());
			}
		}
	}

	private Optional<Integer> find(Role role, List<String> names) {
		for (String name : names) {
			String key = HeaderCell.key(name);
			for (int i = 0; i < table.header().size(); i++) {
				if (table.header().get(i).key().equals(key)) {
					return Optional.of(i);
				}
			}
		}
		return Optional.empty();
	}

	private Column column(Role role, int index) {
		HeaderCell header = table.header().get(index);
		if (role.dimension() == null) {
			return new Column(role, index, header, null);
		}
		String written = header.unit();
		if (written.isEmpty()) {
			written = layout.defaultUnits().getOrDefault(role, role == Role.TIME ? "" : SI_UNITS.get(role));
		}
		if (role == Role.TIME && (written.isEmpty() || ColumnUnit.isClock(written))) {
			return new Column(role, index, header, null);
		}
		Unit unit = ColumnUnit.of(written, role.dimension()).orElse(null);
		return new Column(role, index, header, unit);
	}

	/** A time column without a unit is in seconds unless the wall clock says minutes or hours. */
	private void scaleUnlabelledTime(double[] time, List<Row> rows) {
		Column column = columns.get(Role.TIME);
		Column clock = columns.get(Role.CLOCK);
		boolean unlabelled = column.unit() == null && column.header().unit().isEmpty()
				&& rows.get(0).cell(column.index()).indexOf(':') < 0;
		if (!unlabelled || clock == null) {
			return;
		}
		int last = rows.size() - 1;
		double factor = ClockSpan.factor(rows.get(0).cell(clock.index()), rows.get(last).cell(clock.index()),
				time[last] - time[0]).orElse(1.0);
		for (int i = 0; i < time.length; i++) {
			time[i] *= factor;
		}
	}
}
