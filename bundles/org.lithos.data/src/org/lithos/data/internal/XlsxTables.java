package org.lithos.data.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.lithos.data.DataFileException;

/**
 * Record tables of XLSX exports, streamed row by row with fastexcel-reader: the first sheet whose first rows hold
 * the format's header (Land's and Neware's record sheet, Arbin's channel sheet; their cycle and step summary sheets
 * do not match).
 */
public final class XlsxTables {

	private static final int HEADER_SEARCH = 30;

	private XlsxTables() {
	}

	/**
	 * @param file       an XLSX workbook
	 * @param isHeader   true for the keys of the header row's cells
	 * @param formatName the format's name for messages
	 * @return the table under the header of the first sheet that has one
	 * @throws DataFileException when the file is no workbook or no sheet has a header
	 */
	public static Table read(Path file, Predicate<Set<String>> isHeader, String formatName)
			throws DataFileException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			List<String> names = new ArrayList<>();
			for (Sheet sheet : workbook.getSheets().toList()) {
				names.add(sheet.getName());
				Table table = read(file, sheet, isHeader);
				if (table != null) {
					return table;
				}
			}
			throw new DataFileException(file, "", "no " + formatName
					+ " header row (time, voltage and current columns) in the first rows of its sheets " + names);
		} catch (IOException | UncheckedIOException | ExcelReaderException e) {
			if (e instanceof DataFileException d) {
				throw d;
			}
			throw new DataFileException(file, "", "is not a readable XLSX workbook (" + e.getMessage() + ")");
		}
	}

	private static Table read(Path file, Sheet sheet, Predicate<Set<String>> isHeader) throws IOException {
		try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
			Iterator<org.dhatim.fastexcel.reader.Row> rows = stream.iterator();
			while (rows.hasNext()) {
				org.dhatim.fastexcel.reader.Row row = rows.next();
				if (row.getRowNum() > HEADER_SEARCH) {
					return null;
				}
				List<String> cells = cells(row);
				if (cells.size() > 2 && isHeader.test(DelimitedTables.keys(cells))) {
					List<Row> data = new ArrayList<>();
					while (rows.hasNext()) {
						org.dhatim.fastexcel.reader.Row next = rows.next();
						List<String> values = cells(next);
						if (values.stream().anyMatch(v -> !v.isBlank())) {
							data.add(new Row(values, where(next.getRowNum(), sheet)));
						}
					}
					return new Table(cells.stream().map(HeaderCell::parse).toList(), where(row.getRowNum(), sheet),
							data);
				}
			}
			return null;
		}
	}

	private static String where(int rowNum, Sheet sheet) {
		return "row " + rowNum + " of sheet " + sheet.getName();
	}

	private static List<String> cells(org.dhatim.fastexcel.reader.Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			if (cell == null || cell.getType() == CellType.EMPTY) {
				cells.add("");
			} else if (cell.getType() == CellType.NUMBER) {
				cells.add(cell.getRawValue());
			} else {
				cells.add(cell.getText());
			}
		}
		return cells;
	}
}
