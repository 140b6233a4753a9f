package org.lithos.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Land's record sheet names each row's step state (English exports {@code CC_DChg}, {@code CCCV_Chg}, {@code Rest};
 * Chinese ones 恒流放电, 恒流恒压充电, 搁置). The state decides the step kind and the current's sign, even where the
 * current is written unsigned: Lithos' convention is charge positive, discharge (plating onto Cu) negative.
 */
class LandStatesTest {

	private static final String[] HEADER = { "Record", "Cycle-Index", "Step-Index", "TestTime/Sec", "Current/mA",
			"Capacity/mAh", "Voltage/V", "State" };

	/** English and Chinese state words: rest, constant-current discharge, charge, constant-voltage charge. */
	private static final String[][] STATES = { { "Rest", "CC_DChg", "CCCV_Chg", "CV_Chg" },
			{ "Rest", "CC_Dchg", "CC_Chg", "CCCV_Chg" },
			{ "\u6401\u7f6e", "\u6052\u6d41\u653e\u7535", "\u6052\u6d41\u6052\u538b\u5145\u7535", "\u6052\u538b\u5145\u7535" },
			{ "\u9759\u7f6e", "\u6052\u6d41\u653e\u7535", "\u6052\u6d41\u5145\u7535", "\u6052\u538b\u5145\u7535" } };

	@TestFactory
	Stream<DynamicTest> statesGiveStepKindsAndCurrentSigns() {
		return Stream.of(STATES).map(words -> DynamicTest.dynamicTest(String.join(" / ", words),
				() -> check(words[0], words[1], words[2], words[3])));
	}

	private static void check(String rest, String discharge, String charge, String cv) throws IOException {
		Path file = Files.createTempDirectory("land").resolve("states.xlsx");
		List<Object[]> rows = new ArrayList<>();
		int record = 1;
		double t = 0;
		// written as some exports do: every current unsigned (mA), capacity per step (mAh)
		for (int i = 0; i < 3; i++, t += 10) {
			rows.add(new Object[] { record++, 1, 1, t, 0.0, 0.0, 0.05, rest });
		}
		for (int i = 1; i <= 4; i++, t += 360) {
			rows.add(new Object[] { record++, 1, 2, t, 0.5, 0.05 * i, -0.02, discharge });
		}
		for (int i = 1; i <= 4; i++, t += 360) {
			rows.add(new Object[] { record++, 1, 3, t, 0.5, 0.05 * i, 0.05, charge });
		}
		for (int i = 1; i <= 3; i++, t += 60) {
			rows.add(new Object[] { record++, 1, 4, t, 0.1 / i, 0.2 + 0.001 * i, 1.0, cv });
		}
		writeXlsx(file, rows);

		MeasuredCurve curve = MeasuredData.read(file, CyclerFormat.LAND_XLSX);
		List<Direction> kinds = curve.steps().stream().map(MeasuredStep::direction).toList();
		assertEquals(List.of(Direction.REST, Direction.DISCHARGE, Direction.CHARGE, Direction.CHARGE), kinds);
		double[] current = curve.current();
		assertEquals(0, current[0], 1e-15, "rest");
		assertEquals(-0.5e-3, current[3], 1e-12, "constant-current discharge is negative, in A");
		assertEquals(0.5e-3, current[7], 1e-12, "charge stays positive");
		assertEquals(0.1e-3, current[11], 1e-12, "constant-voltage charge stays positive");
		assertEquals(1, curve.cycles().size(), "one plating and stripping cycle");
	}

	/** A workbook with one sheet "Record": the header, then the rows (numbers as numbers, words as shared strings). */
	private static void writeXlsx(Path file, List<Object[]> rows) throws IOException {
		List<String> strings = new ArrayList<>();
		StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
				+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		List<Object[]> all = new ArrayList<>();
		all.add(HEADER);
		all.addAll(rows);
		for (int r = 0; r < all.size(); r++) {
			sheet.append("<row r=\"").append(r + 1).append("\">");
			Object[] row = all.get(r);
			for (int c = 0; c < row.length; c++) {
				String ref = (char) ('A' + c) + Integer.toString(r + 1);
				if (row[c] instanceof String text) {
					strings.add(text);
					sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(strings.size() - 1).append("</v></c>");
				} else {
					sheet.append("<c r=\"").append(ref).append("\"><v>").append(row[c]).append("</v></c>");
				}
			}
			sheet.append("</row>");
		}
		sheet.append("</sheetData></worksheet>");
		StringBuilder shared = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
				+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + strings.size() + "\">");
		strings.forEach(s -> shared.append("<si><t>").append(s).append("</t></si>"));
		shared.append("</sst>");
		String main = "http://schemas.openxmlformats.org/";
		try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"" + main
					+ "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
					+ "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
					+ "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
					+ "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\""
					+ "/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
					+ "spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
					+ "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
			entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + main
					+ "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + main
					+ "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main
					+ "spreadsheetml/2006/main\" xmlns:r=\"" + main + "officeDocument/2006/relationships\"><sheets>"
					+ "<sheet name=\"Record\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
					+ main + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + main
					+ "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship"
					+ " Id=\"rId2\" Type=\"" + main + "officeDocument/2006/relationships/sharedStrings\" Target=\""
					+ "sharedStrings.xml\"/></Relationships>");
			entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
			entry(zip, "xl/sharedStrings.xml", shared.toString());
		}
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
