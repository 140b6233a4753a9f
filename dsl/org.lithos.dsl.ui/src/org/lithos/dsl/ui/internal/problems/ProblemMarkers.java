package org.lithos.dsl.ui.internal.problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.ui.internal.CellEditorPlugin;
import org.lithos.dsl.ui.internal.lsp.Diagnostics;
import org.lithos.dsl.ui.internal.lsp.DiagnosticsListener;
import org.lithos.dsl.ui.internal.lsp.DocumentUris;
import org.lithos.dsl.ui.internal.lsp.Positions;

/**
 * Turns the server's diagnostics of workspace files into problem markers: the Problems view lists them and the
 * editor's ruler shows them (its annotation model follows the markers). Diagnostics arrive on server threads, often
 * several per second while typing; one job applies the latest set per file, in one workspace operation.
 */
public final class ProblemMarkers implements DiagnosticsListener {

	private final Map<IFile, List<Diagnostic>> latest = new ConcurrentHashMap<>();
	private final Job job = Job.create("Updating Lithos problem markers", this::apply);

	/** Creates the updater; its job is a system job (not shown in the Progress view). */
	public ProblemMarkers() {
		job.setSystem(true);
		// the user is waiting for these: ahead of builds and other long jobs
		job.setPriority(Job.INTERACTIVE);
	}

	@Override
	public void published(PublishDiagnosticsParams params) {
		Path path = DocumentUris.file(params.getUri());
		if (path == null) {
			return;
		}
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
		for (IFile file : files) {
			latest.put(file, List.copyOf(params.getDiagnostics()));
		}
		if (files.length > 0) {
			job.schedule();
		}
	}

	private IStatus apply(IProgressMonitor monitor) {
		try {
			ResourcesPlugin.getWorkspace().run(m -> {
				for (Iterator<Map.Entry<IFile, List<Diagnostic>>> it = latest.entrySet().iterator(); it.hasNext();) {
					Map.Entry<IFile, List<Diagnostic>> entry = it.next();
					it.remove();
					if (entry.getKey().exists()) {
						replace(entry.getKey(), entry.getValue());
					}
				}
			}, null, IWorkspace.AVOID_UPDATE, monitor);
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return new Status(IStatus.ERROR, CellEditorPlugin.PLUGIN_ID, "cannot update the problem markers", e);
		}
	}

	private static final String[] ATTRIBUTES = { IMarker.MESSAGE, IMarker.SEVERITY, IMarker.LINE_NUMBER,
			IMarker.CHAR_START, IMarker.CHAR_END, IMarker.LOCATION, IMarker.SOURCE_ID, CellEditorIds.MARKER_CODE };

	/**
	 * Replaces the file's markers, unless they already say the same: while the user types in a comment the
	 * diagnostics do not change, and recreating markers would redraw the editor's rulers for nothing.
	 */
	private static void replace(IFile file, List<Diagnostic> diagnostics) throws CoreException {
		IDocument document = diagnostics.isEmpty() ? null : text(file);
		List<List<Object>> wanted = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics) {
			Integer severity = severity(diagnostic.getSeverity());
			if (severity == null) {
				continue;
			}
			IRegion region = Positions.toRegion(document, diagnostic.getRange());
			int line = diagnostic.getRange().getStart().getLine() + 1;
			wanted.add(Arrays.asList(Diagnostics.message(diagnostic), severity, line, region.getOffset(),
					region.getOffset() + Math.max(1, region.getLength()), "line " + line, "Lithos", code(diagnostic)));
		}
		IMarker[] existing = file.findMarkers(CellEditorIds.MARKER_TYPE, false, IResource.DEPTH_ZERO);
		List<List<Object>> shown = new ArrayList<>();
		for (IMarker marker : existing) {
			shown.add(Arrays.asList(marker.getAttributes(ATTRIBUTES)));
		}
		if (shown.equals(wanted)) {
			return;
		}
		file.deleteMarkers(CellEditorIds.MARKER_TYPE, false, IResource.DEPTH_ZERO);
		for (List<Object> attributes : wanted) {
			file.createMarker(CellEditorIds.MARKER_TYPE).setAttributes(ATTRIBUTES, attributes.toArray());
		}
	}

	/**
	 * @return the marker severity, or null for information and hints, which {@code lithos check} does not report
	 *         either
	 */
	static Integer severity(DiagnosticSeverity severity) {
		if (severity == null || severity == DiagnosticSeverity.Error) {
			return IMarker.SEVERITY_ERROR;
		}
		return severity == DiagnosticSeverity.Warning ? IMarker.SEVERITY_WARNING : null;
	}

	/** @return the diagnostic's issue code as text, or null */
	static String code(Diagnostic diagnostic) {
		if (diagnostic.getCode() == null) {
			return null;
		}
		return diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
				: String.valueOf(diagnostic.getCode().getRight());
	}

	/** @return the text the diagnostics are about: the open editor's buffer if there is one, else the file */
	private static IDocument text(IFile file) throws CoreException {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		if (buffer != null) {
			return buffer.getDocument();
		}
		try {
			return new Document(Files.readString(Path.of(file.getLocationURI()), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, CellEditorPlugin.PLUGIN_ID,
					"cannot read " + file.getFullPath() + ": " + e.getMessage(), e));
		}
	}
}
