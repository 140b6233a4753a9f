package org.lithos.sim.store;

import java.nio.file.Path;

import org.lithos.data.ColumnMapping;
import org.lithos.data.DataFileException;
import org.lithos.data.MeasuredCurve;
import org.lithos.data.MeasuredData;
import org.lithos.model.MeasuredFile;

/**
 * Reads the cycler file a study attaches to a cell ({@code data "FILE" for CELL}), with the study's column mapping
 * when it gives one: the report and the studio's charts read it alike.
 */
public final class MeasuredFiles {

	private MeasuredFiles() {
	}

	/**
	 * @param file the study's data clause (its path resolved by the compiler)
	 * @return the measured curve
	 * @throws DataFileException when the file cannot be read (the message names the file and the problem)
	 */
	public static MeasuredCurve read(MeasuredFile file) throws DataFileException {
		Path path = Path.of(file.getFile());
		return file.getColumns() == null || file.getColumns().isEmpty() ? MeasuredData.read(path)
				: MeasuredData.read(path, ColumnMapping.parse(file.getColumns()));
	}
}
