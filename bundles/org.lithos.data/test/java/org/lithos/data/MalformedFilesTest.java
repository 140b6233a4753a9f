package org.lithos.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed or truncated file fails with the file, the line or row, and the problem; never a partial curve. */
class MalformedFilesTest {

	@TempDir
	Path dir;

	private Path arbin(String name, int keep, java.util.function.UnaryOperator<List<String>> edit) throws Exception {
		List<String> lines = Files.readAllLines(SyntheticFormatsTest.MEASURED.resolve("cu-half.arbin.csv"));
		Path file = dir.resolve(name);
		Files.write(file, edit.apply(new ArrayList<>(lines.subList(0, keep))), StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void aTruncatedLastRowNamesItsLine() throws Exception {
		Path file = arbin("cut.csv", 50, lines -> {
			String last = lines.get(49);
			lines.set(49, last.substring(0, last.indexOf(',', last.indexOf(',') + 1)));
			return lines;
		});
		DataFileException e = assertThrows(DataFileException.class, () -> MeasuredData.read(file));
		assertEquals(file, e.file());
		assertEquals("line 50", e.where());
		assertTrue(e.problem().startsWith("truncated row: 2 of 10 columns"), e.getMessage());
		assertTrue(e.getMessage().startsWith(file + ":line 50: "), e.getMessage());
	}

	@Test
	void aCellThatIsNoNumberNamesLineColumnAndValue() throws Exception {
		Path file = arbin("bad.csv", 40, lines -> {
			String[] cells = lines.get(19).split(",");
			cells[7] = "1.0x81";
			lines.set(19, String.join(",", cells));
			return lines;
		});
		DataFileException e = assertThrows(DataFileException.class, () -> MeasuredData.read(file));
		assertEquals("line 20", e.where());
		assertEquals("voltage '1.0x81' is not a number (column 'Voltage(V)')", e.problem());
	}

	@Test
	void aMissingColumnNamesTheHeaderLineAndWhatWasLookedFor() throws Exception {
		Path file = dir.resolve("novoltage.csv");
		Files.writeString(file, "Data_Point,Test_Time(s),Current(A)\n1,0,0.1\n");
		DataFileException e = assertThrows(DataFileException.class,
				() -> MeasuredData.read(file, CyclerFormat.ARBIN_CSV));
		assertTrue(e.problem().startsWith("no Arbin CSV header row"), e.getMessage());
	}

	@Test
	void aWrongUnitIsNamed() throws Exception {
		Path file = dir.resolve("unit.csv");
		Files.writeString(file, "Data_Point,Test_Time(s),Current(V),Voltage(V)\n1,0,0.1,3.0\n");
		DataFileException e = assertThrows(DataFileException.class, () -> MeasuredData.read(file));
		assertEquals("line 1", e.where());
		assertEquals("column 'Current(V)': 'V' is not a unit of current", e.problem());
	}

	@Test
	void aHeaderWithoutRowsIsAnError() throws Exception {
		Path file = arbin("header.csv", 1, lines -> lines);
		DataFileException e = assertThrows(DataFileException.class, () -> MeasuredData.read(file));
		assertEquals("a header but no data rows after it", e.problem());
	}

	@Test
	void anEmptyOrUnknownFileIsAnError() throws Exception {
		Path empty = dir.resolve("empty.csv");
		Files.writeString(empty, "");
		assertEquals("is empty", assertThrows(DataFileException.class, () -> MeasuredData.read(empty)).problem());
		Path notes = dir.resolve("notes.txt");
		Files.writeString(notes, "cell 7 looked fine\nno data here\n");
		assertTrue(assertThrows(DataFileException.class, () -> MeasuredData.read(notes)).problem()
				.startsWith("no known cycler header row"));
		Path missing = dir.resolve("missing.csv");
		assertTrue(assertThrows(DataFileException.class, () -> MeasuredData.read(missing)).problem()
				.startsWith("cannot be read"));
	}

	@Test
	void aTruncatedWorkbookIsAnError() throws Exception {
		byte[] whole = Files.readAllBytes(SyntheticFormatsTest.MEASURED.resolve("cu-half.land.xlsx"));
		Path file = dir.resolve("cut.xlsx");
		Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
		DataFileException e = assertThrows(DataFileException.class, () -> MeasuredData.read(file));
		assertTrue(e.problem().startsWith("is not a readable XLSX workbook"), e.getMessage());
	}
}
