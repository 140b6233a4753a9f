package org.lithos.data.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.lithos.data.DataFileException;

/**
 * The lines of a text export. Cyclers write UTF-8 or their Windows code page (Maccor's headers carry Latin-1 bytes,
 * Neware's units a degree sign): a file that is not valid UTF-8 is read as ISO-8859-1, which never fails.
 */
public final class TextFile {

	private TextFile() {
	}

	/**
	 * @param file a text file
	 * @return its lines, without a byte-order mark
	 * @throws DataFileException when it cannot be read or is empty
	 */
	public static List<String> lines(Path file) throws DataFileException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new DataFileException(file, "", "cannot be read (" + e.getClass().getSimpleName() + ": "
					+ e.getMessage() + ")");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			text = new String(bytes, StandardCharsets.ISO_8859_1);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new DataFileException(file, "", "is empty");
		}
		return text.lines().toList();
	}
}
