package org.lithos.data;

import java.nio.file.Path;

import org.lithos.data.internal.Readers;

/**
 * Reads measured cycler files into {@link MeasuredCurve}s. Every reader fails with a {@link DataFileException} that
 * names the file, the line or row and the problem; none returns a partial curve.
 */
public final class MeasuredData {

	private MeasuredData() {
	}

	/**
	 * Reads a file of any format this bundle knows, recognised by its extension and its header row.
	 *
	 * @param file a cycler export
	 * @return its curve
	 * @throws DataFileException when the file cannot be read, is of no known format or is malformed
	 */
	public static MeasuredCurve read(Path file) throws DataFileException {
		return Readers.read(file, Readers.detect(file));
	}

	/**
	 * @param file   a cycler export
	 * @param format its format (not {@link CyclerFormat#GENERIC_CSV}, which needs a mapping)
	 * @return its curve
	 * @throws DataFileException when the file cannot be read as that format
	 */
	public static MeasuredCurve read(Path file, CyclerFormat format) throws DataFileException {
		return Readers.read(file, format);
	}

	/**
	 * @param file    a CSV file (comma, semicolon or tab separated)
	 * @param mapping which of its columns hold what
	 * @return its curve
	 * @throws DataFileException when the file has no header row with the mapped columns, or is malformed
	 */
	public static MeasuredCurve read(Path file, ColumnMapping mapping) throws DataFileException {
		return Readers.read(file, mapping);
	}
}
