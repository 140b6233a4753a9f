package org.lithos.sim.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.lithos.model.CellSpec;
import org.lithos.model.CollectorSpec;
import org.lithos.model.LayerSpec;
import org.lithos.model.LithosFactory;
import org.lithos.model.MaterialSpec;
import org.lithos.model.Morphology;
import org.lithos.model.SimulationInput;
import org.lithos.model.SimulationResult;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

/**
 * A morphology run's deposit snapshots in its folder ({@code morphology.json}, written atomically), so that the
 * deposit pictures of a study reopened from its folder are drawn again: every snapshot whole (SI units; the site
 * grids as Base64 of big-endian bytes, ints and doubles, exact), and the names of the collector and its coating
 * layers that the pictures are labelled with.
 */
public final class MorphologyFile {

	/** The file's name in a run's folder. */
	public static final String FILE = "morphology.json";
	/** Identifies the layout; bumped on incompatible changes. */
	static final String SCHEMA = "lithos-morphology/1";

	private static final String SNAPSHOTS = "snapshots";
	private static final String SECTION_TIME = "sectionTime";
	private static final String SECTION_X = "sectionX";
	private static final String SECTION_Y = "sectionY";
	private static final String TALLEST_SECTION = "tallestSection";
	private static final String TALLEST_SECTION_TIME = "tallestSectionTime";
	private static final String TALLEST_X = "tallestX";
	private static final String TALLEST_Y = "tallestY";
	private static final String LAYERS = "layers";
	private static final String COLLECTOR = "collector";
	private static final LithosFactory F = LithosFactory.eINSTANCE;

	private MorphologyFile() {
	}

	/**
	 * Writes the snapshots, when the result has any.
	 *
	 * @param input  the run's input (collector and coating names)
	 * @param result the run's result
	 * @param folder the run's folder
	 * @throws IOException when the file cannot be written (an earlier file stays whole)
	 */
	static void write(SimulationInput input, SimulationResult result, Path folder) throws IOException {
		if (result.getMorphologies().isEmpty()) {
			return;
		}
		StoreFiles.writeCompactJson(folder.resolve(FILE), json -> {
			json.beginObject();
			json.name("schema").value(SCHEMA);
			json.name("units").beginObject().name("time").value("s").name("charge").value("C/m2").name("siteSize")
					.value("m").endObject();
			CollectorSpec collector = input.getCell() == null ? null : input.getCell().getCollector();
			json.name(COLLECTOR).value(collector == null || collector.getMaterial() == null ? null
					: collector.getMaterial().getName());
			json.name(LAYERS).beginArray();
			for (LayerSpec layer : collector == null ? java.util.List.<LayerSpec>of() : collector.getLayers()) {
				json.value(layer.getMaterial().getName());
			}
			json.endArray();
			json.name(SNAPSHOTS).beginArray();
			for (Morphology m : result.getMorphologies()) {
				snapshot(m, json);
			}
			json.endArray();
			json.endObject();
		});
	}

	private static void snapshot(Morphology m, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("label").value(m.getLabel());
		json.name("time").value(m.getTime());
		json.name("charge").value(m.getCharge());
		json.name("siteSize").value(m.getSiteSize());
		json.name("width").value(m.getWidth());
		json.name("depth").value(m.getDepth());
		json.name("height").value(m.getHeight());
		json.name("section").value(base64(m.getSection()));
		json.name(SECTION_TIME).value(m.getSectionTime() == null ? null : base64(m.getSectionTime()));
		json.name("heights").value(base64(m.getHeights()));
		json.name("top").value(base64(m.getTop()));
		// where the sections cut (added in the same layout: a file without them reads as before, cut at depth / 2)
		json.name(SECTION_X).value(m.getSectionX());
		json.name(SECTION_Y).value(m.getSectionY());
		json.name(TALLEST_SECTION).value(base64(m.getTallestSection()));
		json.name(TALLEST_SECTION_TIME).value(m.getTallestSectionTime() == null ? null
				: base64(m.getTallestSectionTime()));
		json.name(TALLEST_X).value(m.getTallestX());
		json.name(TALLEST_Y).value(m.getTallestY());
		json.endObject();
	}

	/**
	 * Reads a run's snapshots into its result, and the collector's names into its cell, when the folder has them.
	 *
	 * @param folder the run's folder
	 * @param result the result read from result.json
	 * @param cell   the cell read from result.json
	 * @throws IOException when the file is unreadable or of another layout (the message names it)
	 */
	static void read(Path folder, SimulationResult result, CellSpec cell) throws IOException {
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return;
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			JsonObject json = JsonParser.parseReader(reader).getAsJsonObject();
			if (!SCHEMA.equals(text(json, "schema"))) {
				throw new IOException(file + ": schema '" + text(json, "schema") + "', this version reads '" + SCHEMA
						+ "'");
			}
			cell.setCollector(collector(json));
			for (JsonElement element : json.getAsJsonArray(SNAPSHOTS)) {
				result.getMorphologies().add(snapshot(element.getAsJsonObject()));
			}
		} catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
				| UnsupportedOperationException e) {
			throw new IOException(file + ": not a morphology file of this version (" + e.getMessage() + ")", e);
		}
	}

	private static CollectorSpec collector(JsonObject json) {
		if (text(json, COLLECTOR) == null) {
			return null;
		}
		CollectorSpec collector = F.createCollectorSpec();
		collector.setMaterial(material(text(json, COLLECTOR)));
		for (JsonElement name : json.getAsJsonArray(LAYERS)) {
			LayerSpec layer = F.createLayerSpec();
			layer.setMaterial(material(name.getAsString()));
			collector.getLayers().add(layer);
		}
		return collector;
	}

	private static MaterialSpec material(String name) {
		MaterialSpec material = F.createMaterialSpec();
		material.setName(name);
		return material;
	}

	private static Morphology snapshot(JsonObject json) {
		Morphology m = F.createMorphology();
		m.setLabel(text(json, "label"));
		m.setTime(json.get("time").getAsDouble());
		m.setCharge(json.get("charge").getAsDouble());
		m.setSiteSize(json.get("siteSize").getAsDouble());
		m.setWidth(json.get("width").getAsInt());
		m.setDepth(json.get("depth").getAsInt());
		m.setHeight(json.get("height").getAsInt());
		m.setSection(bytes(text(json, "section")));
		m.setSectionTime(doubles(text(json, SECTION_TIME)));
		m.setHeights(ints(text(json, "heights")));
		m.setTop(bytes(text(json, "top")));
		m.setSectionX(integer(json, SECTION_X));
		m.setSectionY(integer(json, SECTION_Y));
		m.setTallestSection(bytes(text(json, TALLEST_SECTION)));
		m.setTallestSectionTime(doubles(text(json, TALLEST_SECTION_TIME)));
		m.setTallestX(integer(json, TALLEST_X));
		m.setTallestY(integer(json, TALLEST_Y));
		return m;
	}

	/** An optional column index: -1 (not recorded) when absent. */
	private static int integer(JsonObject json, String name) {
		return json.has(name) && !json.get(name).isJsonNull() ? json.get(name).getAsInt() : -1;
	}

	private static String text(JsonObject json, String name) {
		return json.has(name) && !json.get(name).isJsonNull() ? json.get(name).getAsString() : null;
	}

	private static String base64(byte[] values) {
		return values == null ? null : Base64.getEncoder().encodeToString(values);
	}

	private static String base64(int[] values) {
		ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
		buffer.asIntBuffer().put(values);
		return Base64.getEncoder().encodeToString(buffer.array());
	}

	private static String base64(double[] values) {
		ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES);
		buffer.asDoubleBuffer().put(values);
		return Base64.getEncoder().encodeToString(buffer.array());
	}

	private static byte[] bytes(String base64) {
		return base64 == null ? null : Base64.getDecoder().decode(base64);
	}

	private static double[] doubles(String base64) {
		byte[] bytes = bytes(base64);
		if (bytes == null) {
			return null;
		}
		double[] values = new double[bytes.length / Double.BYTES];
		ByteBuffer.wrap(bytes).asDoubleBuffer().get(values);
		return values;
	}

	private static int[] ints(String base64) {
		byte[] bytes = bytes(base64);
		if (bytes == null) {
			return null;
		}
		int[] values = new int[bytes.length / Integer.BYTES];
		ByteBuffer.wrap(bytes).asIntBuffer().get(values);
		return values;
	}
}
