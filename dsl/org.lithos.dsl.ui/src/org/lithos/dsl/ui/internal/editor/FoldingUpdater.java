package org.lithos.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.lsp4j.FoldingRange;

/**
 * Folding from the server's folding ranges (multi-line elements and comments). Regions that did not move keep their
 * annotation, so what the user collapsed stays collapsed while they type elsewhere.
 */
final class FoldingUpdater {

	private FoldingUpdater() {
	}

	/** Applies ranges computed for the document's current text (call on the UI thread). */
	static void apply(ProjectionAnnotationModel model, IDocument document, List<FoldingRange> ranges) {
		if (model == null || ranges == null) {
			return;
		}
		List<Position> wanted = new ArrayList<>();
		for (FoldingRange range : ranges) {
			Position position = lines(document, range.getStartLine(), range.getEndLine());
			if (position != null) {
				wanted.add(position);
			}
		}
		List<Annotation> removed = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (!wanted.remove(position)) {
				removed.add(annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Position position : wanted) {
			added.put(new ProjectionAnnotation(), position);
		}
		model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
	}

	/** @return the whole lines from start to end (with the last line's delimiter), or null for a single line */
	private static Position lines(IDocument document, int startLine, int endLine) {
		if (endLine <= startLine || endLine >= document.getNumberOfLines()) {
			return null;
		}
		try {
			int start = document.getLineOffset(startLine);
			int end = document.getLineOffset(endLine) + document.getLineLength(endLine);
			return new Position(start, end - start);
		} catch (BadLocationException e) {
			return null;
		}
	}
}
