package org.lithos.data.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lithos.data.DataFileException;

/**
 * Record tables of text exports: finds the header row after whatever preamble the cycler writes (Maccor's and PEC's
 * key-value blocks, BioLogic's settings), guesses the delimiter (tab, comma or semicolon) from it and reads the rows
 * after it with Commons CSV.
 */
public final class DelimitedTables {

	/** How far into a file its header row may be: BioLogic's preamble runs to about a hundred lines. */
	private static final int HEADER_SEARCH = 400;
	private static final char[] DELIMITERS = { '\t', ',', ';' };

	private DelimitedTables() {
	}

	/**
	 * @param file  the file
	 * @param lines its lines
	 * @param isHeader true for the keys of the header row's cells
	 * @param formatName the format's name for the message when no header is found
	 * @return the table under the first header row
	 * @throws DataFileException when there is no header row
	 */
	public static Table read(Path file, List<String> lines, Predicate<Set<String>> isHeader, String formatName)
			throws DataFileException {
		for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH); i++) {
			for (char delimiter : DELIMITERS) {
				List<String> cells = split(lines.get(i), delimiter);
				if (cells.size() > 2 && isHeader.test(keys(cells))) {
					return table(file, lines, i, delimiter, cells);
				}
			}
		}
		throw new DataFileException(file, "", "no " + formatName
				+ " header row (time, voltage and current columns) in its first " + HEADER_SEARCH + " lines");
	}

	/**
	 * @param cells header cells
	 * @return their keys
	 */
	public static Set<String> keys(List<String> cells) {
		Set<String> keys = new HashSet<>();
		for (String cell : cells) {
			keys.add(HeaderCell.parse(cell).key());
		}
		return keys;
	}

	private static Table table(Path file, List<String> lines, int headerIndex, char delimiter, List<String> cells)
			throws DataFileException {
		List<HeaderCell> header = cells.stream().map(HeaderCell::parse).toList();
		List<Row> rows = new ArrayList<>();
		String body = String.join("\n", lines.subList(headerIndex + 1, lines.size()));
		long line = headerIndex + 2;
		try (CSVParser parser = CSVParser.parse(new StringReader(body), format(delimiter))) {
			Iterator<CSVRecord> records = parser.iterator();
			while (records.hasNext()) {
				List<String> values = records.next().toList();
				if (!(values.size() == 1 && values.get(0).isBlank())) {
					rows.add(new Row(values, "line " + line));
				}
				line = headerIndex + 2 + parser.getCurrentLineNumber();
			}
		} catch (IOException | UncheckedIOException e) {
			throw new DataFileException(file, "line " + line, "cannot be split into columns (" + e.getMessage() + ")");
		}
		return new Table(header, "line " + (headerIndex + 1), rows);
	}

	private static List<String> split(String line, char delimiter) {
		try (CSVParser parser = CSVParser.parse(line, format(delimiter))) {
			List<CSVRecord> records = parser.getRecords();
			return records.isEmpty() ? List.of() : records.get(0).toList();
		} catch (IOException | UncheckedIOException e) {
			return List.of();
		}
	}

	private static CSVFormat format(char delimiter) {
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(true)
				.setQuote(delimiter == '\t' ? null : '"').get();
	}
}
