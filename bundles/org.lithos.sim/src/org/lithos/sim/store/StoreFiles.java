package org.lithos.sim.store;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.lithos.model.io.AtomicFiles;

import com.google.gson.stream.JsonWriter;

/**
 * How the files of a results folder are written: UTF-8 text through {@link AtomicFiles}, so a reader, a Ctrl-C or a
 * failure half-way leaves the previous file whole and never a half-written one. JSON files a person reads (result.json,
 * study.json, a shard's manifest) are indented by two spaces; large numeric ones (deposit snapshots) are compact.
 */
public final class StoreFiles {

	/** Writes text; may fail with an I/O error, which leaves the previous file in place. */
	@FunctionalInterface
	public interface TextBody {
		/**
		 * @param writer where to write; flushed by the caller
		 * @throws IOException when writing fails
		 */
		void writeTo(Writer writer) throws IOException;
	}

	/** Writes one JSON value (an object, mostly); may fail with an I/O error, which leaves the previous file whole. */
	@FunctionalInterface
	public interface JsonBody {
		/**
		 * @param json where to write; flushed by the caller; it writes nulls (a value not known stays in the file as
		 *             null, so readers see every key)
		 * @throws IOException when writing fails
		 */
		void writeTo(JsonWriter json) throws IOException;
	}

	private StoreFiles() {
	}

	/**
	 * @param file the file to (re)write atomically; its folder is created when missing
	 * @param body writes its text
	 * @throws IOException when it cannot be written; the previous file is then untouched
	 */
	public static void writeText(Path file, TextBody body) throws IOException {
		AtomicFiles.write(file, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			body.writeTo(writer);
			writer.flush();
		});
	}

	/**
	 * @param file the JSON file to (re)write atomically, indented for people to read
	 * @param body writes its value
	 * @throws IOException when it cannot be written; the previous file is then untouched
	 */
	public static void writeJson(Path file, JsonBody body) throws IOException {
		writeJson(file, "  ", body);
	}

	/**
	 * @param file the JSON file to (re)write atomically, without indentation (large arrays of numbers)
	 * @param body writes its value
	 * @throws IOException when it cannot be written; the previous file is then untouched
	 */
	public static void writeCompactJson(Path file, JsonBody body) throws IOException {
		writeJson(file, "", body);
	}

	/**
	 * Writes a number, or null where it has none (JSON has no NaN or infinity): the stored files say "not known" as
	 * null, and their readers give NaN back.
	 *
	 * @param json  where to write
	 * @param name  its key
	 * @param value the number, SI or the file's stated unit
	 * @throws IOException when writing fails
	 */
	public static void number(JsonWriter json, String name, double value) throws IOException {
		json.name(name);
		if (Double.isFinite(value)) {
			json.value(value);
		} else {
			json.nullValue();
		}
	}

	private static void writeJson(Path file, String indent, JsonBody body) throws IOException {
		writeText(file, writer -> {
			JsonWriter json = new JsonWriter(writer);
			json.setIndent(indent);
			json.setSerializeNulls(true);
			body.writeTo(json);
			json.flush();
		});
	}
}
