package org.lithos.sim.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;


import com.google.gson.stream.JsonReader;

/**
 * Writes {@code index.html} in an output folder that holds several studies: one line per study folder found there
 * (each with a {@code study.json}), its title, how it ended and its run counts, linking to its report. It is read
 * from the folders themselves, so it lists what is on disk, whichever run wrote it.
 */
public final class StudyIndex {

	/** The index's file name. */
	public static final String FILE = "index.html";

	private StudyIndex() {
	}

	/**
	 * @param output the output folder (one sub-folder per study)
	 * @throws IOException when the index cannot be written
	 */
	public static void write(Path output) throws IOException {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<title>Lithos results</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}"
				+ "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
				+ "th{background:#f4f4f4}</style></head><body>\n<h1>Studies in this folder</h1>\n<table><tr><th>study</th>"
				+ "<th>title</th><th>status</th><th>runs</th><th>ended</th></tr>\n");
		List<Path> studies;
		try (Stream<Path> folders = Files.list(output)) {
			studies = folders.filter(p -> Files.isRegularFile(p.resolve(StudyStatus.FILE))).sorted().toList();
		}
		for (Path study : studies) {
			Map<String, String> status = read(study.resolve(StudyStatus.FILE));
			String name = study.getFileName().toString();
			html.append("<tr><td><a href=\"").append(StudyReport.escape(name)).append("/report.html\">")
					.append(StudyReport.escape(name)).append("</a></td><td>")
					.append(StudyReport.escape(status.getOrDefault("title", ""))).append("</td><td>")
					.append(StudyReport.escape(status.getOrDefault("status", "?"))).append("</td><td>")
					.append(StudyReport.escape(status.getOrDefault("counts", ""))).append("</td><td>")
					.append(StudyReport.escape(status.getOrDefault("ended", ""))).append("</td></tr>\n");
		}
		html.append("</table>\n</body></html>\n");
		StoreFiles.writeText(output.resolve(FILE), writer -> writer.write(html.toString()));
	}

	/** The top-level strings of study.json, and its counts as "3 finished, 1 failed". */
	private static Map<String, String> read(Path file) throws IOException {
		Map<String, String> values = new LinkedHashMap<>();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader json = new JsonReader(in)) {
			json.beginObject();
			while (json.hasNext()) {
				String name = json.nextName();
				switch (json.peek()) {
					case STRING -> values.put(name, json.nextString());
					case BEGIN_OBJECT -> {
						if ("counts".equals(name)) {
							StringBuilder counts = new StringBuilder();
							json.beginObject();
							while (json.hasNext()) {
								String state = json.nextName();
								long n = json.nextLong();
								if (n > 0) {
									counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(state);
								}
							}
							json.endObject();
							values.put(name, counts.toString());
						} else {
							json.skipValue();
						}
					}
					default -> json.skipValue();
				}
			}
			json.endObject();
		}
		return values;
	}
}
