package org.lithos.model.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.gson.stream.JsonWriter;

/**
 * Writes any Lithos model as plain JSON for inspection and for tools outside Java: one object per EObject with
 * its attributes by name, contained objects nested, references written as the referenced object's
 * {@code name}. Primitive arrays (double, int, byte) become JSON arrays of numbers. NaN (an unset quantity)
 * becomes {@code null}; unset features are left out.
 */
public final class ModelJson {

	private ModelJson() {
	}

	/**
	 * @param root model root
	 * @param file target JSON file, written atomically
	 * @throws IOException when the file cannot be written
	 */
	public static void save(EObject root, Path file) throws IOException {
		AtomicFiles.write(file, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			write(root, writer);
			writer.flush();
		});
	}

	/**
	 * @param root model root
	 * @return the JSON text
	 */
	public static String toJson(EObject root) {
		StringWriter text = new StringWriter();
		try {
			write(root, text);
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
		return text.toString();
	}

	private static void write(EObject root, Writer writer) throws IOException {
		JsonWriter json = new JsonWriter(writer);
		json.setIndent("  ");
		json.setSerializeNulls(true);
		writeObject(root, json);
		json.flush();
	}

	private static void writeObject(EObject object, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("type").value(object.eClass().getName());
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!shouldWrite(object, feature)) {
				continue;
			}
			json.name(feature.getName());
			if (feature.isMany()) {
				json.beginArray();
				for (Object value : (List<?>) object.eGet(feature)) {
					writeValue(feature, value, json);
				}
				json.endArray();
			} else {
				writeValue(feature, object.eGet(feature), json);
			}
		}
		json.endObject();
	}

	/** Empty lists and unset features are left out, except unset quantities, which show as null. */
	private static boolean shouldWrite(EObject object, EStructuralFeature feature) {
		if (feature.isMany()) {
			return !((List<?>) object.eGet(feature)).isEmpty();
		}
		return object.eIsSet(feature)
				|| feature instanceof EAttribute && feature.getDefaultValue() instanceof Double d && d.isNaN();
	}

	private static void writeValue(EStructuralFeature feature, Object value, JsonWriter json) throws IOException {
		if (feature instanceof EReference reference) {
			EObject target = (EObject) value;
			if (reference.isContainment()) {
				writeObject(target, json);
			} else {
				EStructuralFeature name = target.eClass().getEStructuralFeature("name");
				json.value(name == null ? String.valueOf(target) : String.valueOf(target.eGet(name)));
			}
		} else if (value instanceof double[] array) {
			json.beginArray();
			for (double element : array) {
				writeNumber(element, json);
			}
			json.endArray();
		} else if (value instanceof byte[] array) {
			json.beginArray();
			for (byte element : array) {
				json.value(element);
			}
			json.endArray();
		} else if (value instanceof int[] array) {
			json.beginArray();
			for (int element : array) {
				json.value(element);
			}
			json.endArray();
		} else if (value instanceof Double number) {
			writeNumber(number, json);
		} else if (value instanceof Number number) {
			json.value(number);
		} else if (value instanceof Boolean bool) {
			json.value(bool);
		} else {
			json.value(value == null ? null : value.toString());
		}
	}

	private static void writeNumber(double value, JsonWriter json) throws IOException {
		if (Double.isFinite(value)) {
			json.value(value);
		} else {
			json.nullValue();
		}
	}
}
