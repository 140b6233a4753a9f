package org.lithos.data.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.lithos.data.DataFileException;

/**
 * The charge passed since each point's step began, C, from the best column the file has: a per-step capacity
 * (Neware, Maccor, Land), cumulative charge and discharge capacities (Arbin, PEC, the Battery Data Format; they reset
 * per cycle or never), a signed cumulative net charge (BioLogic's (Q-Qo)); without any, the current integrated over
 * time with the trapezoidal rule.
 */
final class StepCharge {

	private final Path file;
	private final Map<Role, Column> columns;
	private final List<Row> rows;
	private final double[] time;
	private final double[] current;
	private final int[] step;

	StepCharge(Path file, Map<Role, Column> columns, List<Row> rows, double[] time, double[] current, int[] step) {
		this.file = file;
		this.columns = columns;
		this.rows = rows;
		this.time = time;
		this.current = current;
		this.step = step;
	}

	double[] perStep() throws DataFileException {
		if (columns.containsKey(Role.STEP_CAPACITY)) {
			double[] q = values(Role.STEP_CAPACITY);
			for (int i = 0; i < q.length; i++) {
				q[i] = Math.abs(q[i]);
			}
			return q;
		}
		if (columns.containsKey(Role.CHARGE_CAPACITY) && columns.containsKey(Role.DISCHARGE_CAPACITY)) {
			double[] c = values(Role.CHARGE_CAPACITY);
			double[] d = values(Role.DISCHARGE_CAPACITY);
			for (int i = 0; i < c.length; i++) {
				c[i] += d[i];
			}
			return sinceStepStart(c, true);
		}
		if (columns.containsKey(Role.NET_CHARGE)) {
			return sinceStepStart(values(Role.NET_CHARGE), false);
		}
		return integrated();
	}

	/**
	 * A cumulative counter made relative to the end of the previous step. A counter that only grows (charge plus
	 * discharge capacity) and falls at a step's start was reset there.
	 */
	private double[] sinceStepStart(double[] cumulative, boolean growing) {
		double[] q = new double[cumulative.length];
		double base = 0;
		for (int i = 0; i < q.length; i++) {
			if (i > 0 && step[i] != step[i - 1]) {
				base = growing && cumulative[i] < cumulative[i - 1] ? 0 : cumulative[i - 1];
			}
			q[i] = Math.abs(cumulative[i] - base);
		}
		return q;
	}

	private double[] integrated() {
		double[] q = new double[time.length];
		for (int i = 1; i < q.length; i++) {
			double passed = 0.5 * (Math.abs(current[i]) + Math.abs(current[i - 1])) * (time[i] - time[i - 1]);
			q[i] = (step[i] == step[i - 1] ? q[i - 1] : 0) + passed;
		}
		return q;
	}

	private double[] values(Role role) throws DataFileException {
		Column column = columns.get(role);
		double[] v = new double[rows.size()];
		double last = 0;
		for (int i = 0; i < v.length; i++) {
			Row row = rows.get(i);
			String cell = row.cell(column.index());
			if (cell.isBlank()) {
				v[i] = last;
				continue;
			}
			var value = column.value(row);
			if (value.isEmpty()) {
				throw new DataFileException(file, row.where(), role.word() + " '" + cell + "' is not a number");
			}
			v[i] = value.getAsDouble();
			last = v[i];
		}
		return v;
	}
}
