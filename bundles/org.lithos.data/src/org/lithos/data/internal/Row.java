package org.lithos.data.internal;

import java.util.List;

/**
 * One row of a table read from a cycler file.
 *
 * @param cells the cells as text
 * @param where where it is in the file, for messages: {@code line 12} or {@code row 12 of sheet record}
 */
public record Row(List<String> cells, String where) {

	/**
	 * @param column a column index
	 * @return the cell, empty when the row is shorter
	 */
	public String cell(int column) {
		return column < cells.size() ? cells.get(column) : "";
	}
}
