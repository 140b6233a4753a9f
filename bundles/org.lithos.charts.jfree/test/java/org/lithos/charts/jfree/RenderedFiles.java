package org.lithos.charts.jfree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/** Test helpers for rendered files: what a folder holds, and SVG parsed as XML (no external entities). */
final class RenderedFiles {

	private RenderedFiles() {
	}

	/** @return the names of the regular files below the folder, sorted: leftover temporary files show up here */
	static Set<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			Set<String> names = new TreeSet<>();
			files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
			return names;
		}
	}

	/** @return the SVG file parsed; fails when it is not well-formed XML */
	static Document parse(Path svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try (InputStream in = Files.newInputStream(svg)) {
			return factory.newDocumentBuilder().parse(in);
		}
	}
}
