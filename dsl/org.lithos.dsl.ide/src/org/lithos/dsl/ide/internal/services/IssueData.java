package org.lithos.dsl.ide.internal.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The issue data of a diagnostic. In-process the server keeps Xtext's {@code String[]}; a diagnostic that came back
 * from an editor over JSON-RPC carries the same values as a JSON array.
 */
final class IssueData {

	private IssueData() {
	}

	static List<String> all(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		List<String> values = new ArrayList<>();
		if (data instanceof String[] array) {
			values.addAll(List.of(array));
		} else if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				values.add(element.isJsonPrimitive() ? element.getAsString() : element.toString());
			}
		} else if (data instanceof List<?> list) {
			list.forEach(value -> values.add(String.valueOf(value)));
		} else if (data instanceof JsonElement element && element.isJsonPrimitive()) {
			values.add(element.getAsString());
		}
		return values;
	}

	static Optional<String> first(Diagnostic diagnostic) {
		List<String> values = all(diagnostic);
		return values.isEmpty() || values.get(0).isEmpty() ? Optional.empty() : Optional.of(values.get(0));
	}
}
