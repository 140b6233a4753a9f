package org.lithos.dsl.ui.internal.problems;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.lithos.dsl.ui.CellEditorIds;
import org.lithos.dsl.ui.internal.CellEditorPlugin;
import org.lithos.dsl.ui.internal.lsp.CellLanguageServer;
import org.lithos.dsl.ui.internal.lsp.Diagnostics;
import org.lithos.dsl.ui.internal.lsp.DocumentUris;
import org.lithos.dsl.ui.internal.lsp.QuickFixes;
import org.lithos.dsl.ui.internal.lsp.TextEdits;

/**
 * Quick Fix in the Problems view (and wherever the workbench asks for marker resolutions): the server's code actions
 * for the diagnostic a marker stands for, the same fixes as Ctrl+1 in the editor. The file need not be open: the
 * fix edits its file buffer, which an open editor shares (the editor then shows the change, unsaved), and otherwise
 * is saved.
 */
public final class MarkerQuickFixes implements IMarkerResolutionGenerator2 {

	/**
	 * How long to wait for the server. The workbench asks for resolutions off the UI thread (the Problems view's
	 * Quick Fix runs them under a busy cursor), so this bounds a wait, not a freeze.
	 */
	private static final long TIMEOUT_MS = 10_000;

	private static final IMarkerResolution[] NONE = {};

	@Override
	public boolean hasResolutions(IMarker marker) {
		// only problems with an issue code have fixes (the server's code actions are keyed by IssueCodes)
		return marker.getAttribute(CellEditorIds.MARKER_CODE, null) != null && marker.getResource() instanceof IFile;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker) || marker.getResource().getLocationURI() == null) {
			return NONE;
		}
		IFile file = (IFile) marker.getResource();
		String uri = DocumentUris.of(file.getLocationURI());
		CellLanguageServer server = CellEditorPlugin.getDefault().server();
		Diagnostic diagnostic = server.diagnostics(uri).stream().filter(d -> standsFor(marker, d)).findFirst()
				.orElse(null);
		if (diagnostic == null) {
			return NONE;
		}
		try {
			return QuickFixes.request(server, uri, List.of(diagnostic)).get(TIMEOUT_MS, TimeUnit.MILLISECONDS).stream()
					.map(fix -> new Resolution(file, fix)).toArray(IMarkerResolution[]::new);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return NONE;
		} catch (Exception e) {
			CellEditorPlugin.log("no quick fixes for " + file.getFullPath() + ": the language server did not answer", e);
			return NONE;
		}
	}

	/** @return whether a marker was made from this diagnostic (same message, line and issue code) */
	static boolean standsFor(IMarker marker, Diagnostic diagnostic) {
		return Diagnostics.message(diagnostic).equals(marker.getAttribute(IMarker.MESSAGE, ""))
				&& diagnostic.getRange().getStart().getLine() + 1 == marker.getAttribute(IMarker.LINE_NUMBER, -1)
				&& Objects.equals(ProblemMarkers.code(diagnostic), marker.getAttribute(CellEditorIds.MARKER_CODE, null));
	}

	/** One code action of the server, applied to the marker's file. */
	private static final class Resolution implements IMarkerResolution2 {
		private final IFile file;
		private final QuickFixes.Fix fix;

		Resolution(IFile file, QuickFixes.Fix fix) {
			this.file = file;
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			StringBuilder description = new StringBuilder();
			for (TextEdit edit : fix.edits()) {
				description.append("line ").append(edit.getRange().getStart().getLine() + 1).append(": ")
						.append(edit.getNewText().isEmpty() ? "(remove)" : edit.getNewText()).append('\n');
			}
			return description.toString().strip();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
			IPath path = file.getFullPath();
			try {
				buffers.connect(path, LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
					TextEdits.apply(buffer.getDocument(), fix.edits());
					if (!buffer.isShared()) {
						// no editor has the file open: save the fix, as the user would expect of a closed file
						buffer.commit(null, true);
					}
				} finally {
					buffers.disconnect(path, LocationKind.IFILE, null);
				}
			} catch (CoreException | IllegalArgumentException e) {
				CellEditorPlugin.log("cannot apply '" + fix.title() + "' to " + path, e);
			}
		}
	}
}
