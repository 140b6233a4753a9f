package org.lithos.data.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lithos.data.ColumnMapping;
import org.lithos.data.CyclerFormat;
import org.lithos.data.DataFileException;
import org.lithos.data.MeasuredCurve;

/** Chooses how to read a file: which table reader and which layout. */
public final class Readers {

	private static final String BIOLOGIC_FIRST_LINE = "EC-Lab ASCII FILE";
	private static final List<CyclerFormat> XLSX = List.of(CyclerFormat.LAND_XLSX, CyclerFormat.NEWARE_XLSX,
			CyclerFormat.ARBIN_XLSX);
	/** Text formats with a distinctive header first; the Battery Data Format's plain names last. */
	private static final List<CyclerFormat> TEXT = List.of(CyclerFormat.MACCOR_TXT, CyclerFormat.PEC_CSV,
			CyclerFormat.ARBIN_CSV, CyclerFormat.NEWARE_CSV, CyclerFormat.BIOLOGIC_MPT, CyclerFormat.BDF_CSV);

	private Readers() {
	}

	/**
	 * @param file a file
	 * @return its format, from its extension, first line and header row
	 * @throws DataFileException when it is of no known format
	 */
	public static CyclerFormat detect(Path file) throws DataFileException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			Table table = XlsxTables.read(file, keys -> XLSX.stream().anyMatch(f -> Layouts.of(f).isHeader(keys)),
					"Land, Neware or Arbin");
			Set<String> keys = table.header().stream().map(HeaderCell::key).collect(Collectors.toSet());
			return XLSX.stream().filter(f -> Layouts.of(f).isHeader(keys)).findFirst().orElseThrow();
		}
		List<String> lines = TextFile.lines(file);
		if (name.endsWith(".mpt") || lines.get(0).startsWith(BIOLOGIC_FIRST_LINE)) {
			return CyclerFormat.BIOLOGIC_MPT;
		}
		if (NewareRegularTables.matches(lines)) {
			return CyclerFormat.NEWARE_REGULAR_CSV;
		}
		Table table = DelimitedTables.read(file, lines, keys -> TEXT.stream()
				.anyMatch(f -> Layouts.of(f).isHeader(keys)), "known cycler");
		Set<String> keys = table.header().stream().map(HeaderCell::key).collect(Collectors.toSet());
		return TEXT.stream().filter(f -> Layouts.of(f).isHeader(keys)).findFirst().orElseThrow();
	}

	/**
	 * @param file   a file
	 * @param format its format
	 * @return its curve
	 * @throws DataFileException when it cannot be read as that format
	 */
	public static MeasuredCurve read(Path file, CyclerFormat format) throws DataFileException {
		if (format == CyclerFormat.GENERIC_CSV) {
			throw new IllegalArgumentException("a generic CSV file needs a column mapping");
		}
		Layout layout = Layouts.of(format);
		Table table;
		if (XLSX.contains(format)) {
			table = XlsxTables.read(file, layout::isHeader, format.label());
		} else if (format == CyclerFormat.NEWARE_REGULAR_CSV) {
			List<String> lines = TextFile.lines(file);
			if (!NewareRegularTables.matches(lines)) {
				throw new DataFileException(file, "line 1", "not a Neware regular export: its first three lines"
						+ " are not the cycle, step and record headers");
			}
			table = NewareRegularTables.read(file, lines);
		} else {
			table = DelimitedTables.read(file, TextFile.lines(file), layout::isHeader, format.label());
		}
		return new CurveBuilder(file, layout, table, false).build();
	}

	/**
	 * @param file    a CSV file
	 * @param mapping its columns
	 * @return its curve
	 * @throws DataFileException when it has no header with the mapped columns or is malformed
	 */
	public static MeasuredCurve read(Path file, ColumnMapping mapping) throws DataFileException {
		Layout.Builder builder = new Layout.Builder(CyclerFormat.GENERIC_CSV);
		for (Map.Entry<String, String> entry : mapping.columns().entrySet()) {
			Role role = Role.valueOf(entry.getKey().toUpperCase(Locale.ROOT).replace(' ', '_'));
			HeaderCell header = HeaderCell.parse(entry.getValue());
			builder.column(role, header.name());
			if (!header.unit().isEmpty()) {
				builder.unit(role, header.unit());
			}
		}
		Layout layout = builder.build();
		Table table = DelimitedTables.read(file, TextFile.lines(file), layout::isHeader, "mapped");
		return new CurveBuilder(file, layout, table, mapping.chargeNegative()).build();
	}
}
