package org.lithos.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file through a temporary sibling that is moved over the target only when writing succeeded, so
 * readers (and a user looking at a results folder after Ctrl-C) never see a half-written file.
 */
public final class AtomicFiles {

	/** Writes content to a stream; may fail with an I/O error. */
	@FunctionalInterface
	public interface StreamWriter {
		/**
		 * @param out stream to write to; closed by the caller
		 * @throws IOException when writing fails
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/** Temporary files are private (0600); a result file gets the permissions of the file it replaces, or 0644. */
	private static void readableByOthers(Path temporary, Path target) throws IOException {
		if (!Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
				: PosixFilePermissions.fromString("rw-r--r--");
		Files.setPosixFilePermissions(temporary, permissions);
	}

	/**
	 * Writes {@code target} atomically: on any failure the previous content (if any) is left untouched and the
	 * temporary file is removed.
	 *
	 * @param target file to (re)write; its parent folder is created when missing
	 * @param writer produces the content
	 * @throws IOException when the content cannot be written or moved into place
	 */
	public static void write(Path target, StreamWriter writer) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path parent = absolute.getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, "." + absolute.getFileName(), ".part");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				writer.writeTo(out);
			}
			readableByOthers(temporary, absolute);
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
