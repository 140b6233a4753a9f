package org.lithos.data.internal;

import java.util.OptionalDouble;

import org.lithos.units.Unit;

/**
 * A column of a table found for a role: where it is and the unit its numbers are in.
 *
 * @param role   what it holds
 * @param index  its position in the row
 * @param header its header
 * @param unit   the unit of its numbers; null for indices and words, and for times written as {@code hh:mm:ss}
 */
public record Column(Role role, int index, HeaderCell header, Unit unit) {

	/**
	 * @param row a row
	 * @return the row's value in SI units, or the index as written; empty when the cell is not a number
	 */
	public OptionalDouble value(Row row) {
		String cell = row.cell(index);
		OptionalDouble number = role == Role.TIME && cell.indexOf(':') > 0 ? Numbers.duration(cell)
				: Numbers.number(cell);
		if (number.isEmpty() || unit == null || (role == Role.TIME && cell.indexOf(':') > 0)) {
			return number;
		}
		return OptionalDouble.of(unit.toSi(number.getAsDouble()));
	}
}
