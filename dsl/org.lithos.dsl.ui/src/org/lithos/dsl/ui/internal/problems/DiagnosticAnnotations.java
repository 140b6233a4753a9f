package org.lithos.dsl.ui.internal.problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.lithos.dsl.ui.internal.lsp.Diagnostics;
import org.lithos.dsl.ui.internal.lsp.Positions;

/**
 * Shows diagnostics as ruler and squiggle annotations on a document that has no workspace file to carry markers (a
 * file opened from disk, a library file). Workspace files get markers instead (see {@link ProblemMarkers}), whose
 * annotations the editor already shows.
 */
public final class DiagnosticAnnotations {

	/** Annotation type of errors, declared by {@code org.eclipse.ui.editors}. */
	public static final String ERROR_TYPE = "org.eclipse.ui.workbench.texteditor.error";
	/** Annotation type of warnings, declared by {@code org.eclipse.ui.editors}. */
	public static final String WARNING_TYPE = "org.eclipse.ui.workbench.texteditor.warning";

	private final IAnnotationModel model;
	private List<Annotation> shown = List.of();

	/** @param model the editor's annotation model */
	public DiagnosticAnnotations(IAnnotationModel model) {
		this.model = model;
	}

	/** Replaces the annotations shown with these diagnostics, located in the given text. */
	public synchronized void show(IDocument document, List<Diagnostic> diagnostics) {
		Map<Annotation, Position> added = new HashMap<>();
		for (Diagnostic diagnostic : diagnostics) {
			DiagnosticSeverity severity = diagnostic.getSeverity();
			if (severity == DiagnosticSeverity.Information || severity == DiagnosticSeverity.Hint) {
				continue;
			}
			String type = severity == DiagnosticSeverity.Warning ? WARNING_TYPE : ERROR_TYPE;
			IRegion region = Positions.toRegion(document, diagnostic.getRange());
			added.put(new Annotation(type, false, Diagnostics.message(diagnostic)),
					new Position(region.getOffset(), Math.max(1, region.getLength())));
		}
		Annotation[] removed = shown.toArray(Annotation[]::new);
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed, added);
		} else {
			for (Annotation annotation : removed) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
		shown = new ArrayList<>(added.keySet());
	}
}
