package org.lithos.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.lithos.sim.ChartLevel;
import org.lithos.sim.store.StoreFiles;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@code shard.json}: what a shard's folder holds, written last, when every run of the shard has been recorded (a
 * folder without it is a shard that did not end). {@code lithos merge} checks the shards against each other with it.
 *
 * @param file    the .cell file the shard ran (absolute)
 * @param sha256  the file's SHA-256 when the shard ran, so a merge notices an edit in between
 * @param shard   which share of the runs
 * @param seed    the study seed given with --seed, or null
 * @param started when the shard started
 * @param studies the studies it ran
 */
record ShardManifest(Path file, String sha256, Shard shard, Long seed, Instant started, List<StudyPart> studies) {

	/** The manifest's file name in a shard's folder. */
	static final String FILE = "shard.json";
	/** Identifies the layout; bumped on incompatible changes. */
	static final String SCHEMA = "lithos-shard/1";

	/**
	 * One study's part in a shard.
	 *
	 * @param name   the study's qualified name
	 * @param folder its folder's name in the output folder
	 * @param runs   how many runs the whole study has
	 * @param held   the indices of the runs this shard ran
	 * @param charts the chart level of the whole study
	 */
	record StudyPart(String name, String folder, int runs, List<Integer> held, ChartLevel charts) {
	}

	/**
	 * @param folder the shard's output folder
	 * @throws IOException when the manifest cannot be written
	 */
	void write(Path folder) throws IOException {
		StoreFiles.writeJson(folder.resolve(FILE), json -> {
			json.beginObject();
			json.name("schema").value(SCHEMA);
			json.name("file").value(file.toString());
			json.name("sha256").value(sha256);
			json.name("shard").value(shard.index());
			json.name("of").value(shard.count());
			json.name("seed").value(seed);
			json.name("started").value(started.toString());
			json.name("studies").beginArray();
			for (StudyPart part : studies) {
				json.beginObject();
				json.name("study").value(part.name());
				json.name("folder").value(part.folder());
				json.name("runs").value(part.runs());
				json.name("charts").value(part.charts().name());
				json.name("held").beginArray();
				for (int index : part.held()) {
					json.value(index);
				}
				json.endArray();
				json.endObject();
			}
			json.endArray();
			json.endObject();
		});
	}

	/**
	 * @param folder a shard's output folder
	 * @return its manifest
	 * @throws IOException when there is none (the shard did not end) or it is not of this layout; the message names
	 *                     the file and the problem
	 */
	static ShardManifest read(Path folder) throws IOException {
		Path path = folder.resolve(FILE);
		JsonObject json;
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			json = JsonParser.parseReader(reader).getAsJsonObject();
		} catch (NoSuchFileException e) {
			throw new IOException(folder + " is not a finished shard: it has no " + FILE
					+ " (the shard did not end, or this is not the --out folder of a `lithos run --shard`)", e);
		} catch (JsonParseException | IllegalStateException e) {
			throw new IOException(path + ": not valid JSON (" + e.getMessage() + ")", e);
		}
		try {
			if (!SCHEMA.equals(json.get("schema").getAsString())) {
				throw new IOException(path + ": schema '" + json.get("schema").getAsString() + "', this version reads '"
						+ SCHEMA + "'");
			}
			List<StudyPart> parts = new ArrayList<>();
			for (JsonElement element : json.getAsJsonArray("studies")) {
				JsonObject part = element.getAsJsonObject();
				List<Integer> held = new ArrayList<>();
				for (JsonElement index : part.getAsJsonArray("held")) {
					held.add(index.getAsInt());
				}
				parts.add(new StudyPart(part.get("study").getAsString(), part.get("folder").getAsString(),
						part.get("runs").getAsInt(), List.copyOf(held), ChartLevel.valueOf(part.get("charts").getAsString())));
			}
			Long seed = json.get("seed").isJsonNull() ? null : json.get("seed").getAsLong();
			return new ShardManifest(Path.of(json.get("file").getAsString()), json.get("sha256").getAsString(),
					new Shard(json.get("shard").getAsInt(), json.get("of").getAsInt()), seed,
					Instant.parse(json.get("started").getAsString()), List.copyOf(parts));
		} catch (RuntimeException e) {
			throw new IOException(path + ": not a shard manifest of this version (" + e + ")", e);
		}
	}

	/**
	 * @param file a file
	 * @return its SHA-256 in hex
	 * @throws IOException when it cannot be read
	 */
	static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
