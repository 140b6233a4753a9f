package org.lithos.dsl.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.lithos.data.ColumnMapping;
import org.lithos.data.DataFileException;
import org.lithos.data.MeasuredCurve;
import org.lithos.dsl.lithos.MeasuredData;

/**
 * The files a study's {@code data} clauses name: resolved relative to the {@code .cell} file, read once and kept
 * while the file is unchanged (the validator asks on every edit, the compiler again on every run).
 */
public final class MeasuredFiles {

	/** Enough for the data files of a workspace; the cache is cleared when it grows past this. */
	private static final int CACHED = 32;
	private static final Map<String, Entry> CACHE = new ConcurrentHashMap<>();

	private record Entry(long modified, long size, MeasuredCurve curve, DataFileException error) {
	}

	private MeasuredFiles() {
	}

	/**
	 * @param clause a data clause
	 * @return its file: relative to the clause's {@code .cell} file, or to the working directory for a model not read
	 *         from disk
	 */
	public static Path resolve(MeasuredData clause) {
		return resolve(clause, clause.getFile());
	}

	/**
	 * @param node a node of a model
	 * @param file a path as written in it
	 * @return the path relative to the node's file
	 */
	public static Path resolve(EObject node, String file) {
		URI uri = node.eResource() == null ? null : node.eResource().getURI();
		Path base = uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().getParent()
				: Path.of("").toAbsolutePath();
		return base.resolve(file).normalize();
	}

	/**
	 * @param clause a data clause
	 * @return the measured curve of its file
	 * @throws DataFileException when the file is missing, unreadable or malformed
	 */
	public static MeasuredCurve read(MeasuredData clause) throws DataFileException {
		Path file = resolve(clause);
		String columns = clause.getColumns();
		long modified;
		long size;
		try {
			modified = Files.getLastModifiedTime(file).toMillis();
			size = Files.size(file);
		} catch (IOException e) {
			throw new DataFileException(file, "", "no such file");
		}
		String key = file + "\n" + columns;
		Entry entry = CACHE.get(key);
		if (entry == null || entry.modified != modified || entry.size != size) {
			entry = load(file, columns, modified, size);
			if (CACHE.size() >= CACHED) {
				CACHE.clear();
			}
			CACHE.put(key, entry);
		}
		if (entry.error != null) {
			throw entry.error;
		}
		return entry.curve;
	}

	private static Entry load(Path file, String columns, long modified, long size) {
		try {
			MeasuredCurve curve = columns == null ? org.lithos.data.MeasuredData.read(file)
					: org.lithos.data.MeasuredData.read(file, ColumnMapping.parse(columns));
			return new Entry(modified, size, curve, null);
		} catch (DataFileException e) {
			return new Entry(modified, size, null, e);
		} catch (IllegalArgumentException e) {
			return new Entry(modified, size, null, new DataFileException(file, "", "columns: " + e.getMessage()));
		}
	}
}
