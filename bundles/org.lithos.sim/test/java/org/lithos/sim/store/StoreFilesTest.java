package org.lithos.sim.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one way the results store writes its files: a write that fails half-way (an I/O error, or a bug in the code that
 * writes) leaves the file as it was and no temporary file beside it.
 */
class StoreFilesTest {

	@TempDir
	Path folder;

	@Test
	void jsonIsIndentedKeepsNullsAndIsUtf8() throws IOException {
		Path file = folder.resolve("new/status.json");
		StoreFiles.writeJson(file, json -> json.beginObject().name("run").value("Cu_half@j=1µA").name("ended")
				.nullValue().endObject());
		assertEquals("{\n  \"run\": \"Cu_half@j=1µA\",\n  \"ended\": null\n}", Files.readString(file),
				"the folder is created, the text is UTF-8");
		StoreFiles.writeCompactJson(file, json -> json.beginArray().value(1).value(2).endArray());
		assertEquals("[1,2]", Files.readString(file));
	}

	@Test
	void anInterruptedWriteLeavesTheOldFileIntact() throws IOException {
		Path file = folder.resolve("result.json");
		StoreFiles.writeJson(file, json -> json.beginObject().name("cycles").value(300).endObject());
		String before = Files.readString(file);
		IOException disk = new IOException("No space left on device");
		IOException thrown = assertThrows(IOException.class, () -> StoreFiles.writeJson(file, json -> {
			json.beginObject().name("cycles").value(12);
			json.flush(); // part of the new content has reached the temporary file
			throw disk;
		}));
		assertSame(disk, thrown);
		assertEquals(before, Files.readString(file));
		IllegalStateException bug = assertThrows(IllegalStateException.class,
				() -> StoreFiles.writeText(file, writer -> {
					writer.write("cycle,charge");
					throw new IllegalStateException("a bug in the code that writes");
				}));
		assertEquals("a bug in the code that writes", bug.getMessage());
		assertEquals(before, Files.readString(file));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
		}
	}
}
