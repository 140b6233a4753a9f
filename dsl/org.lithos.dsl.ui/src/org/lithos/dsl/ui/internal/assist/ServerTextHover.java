package org.lithos.dsl.ui.internal.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.Diagnostics;
import org.lithos.dsl.ui.internal.lsp.Positions;

/**
 * Hover: the problems at the mouse (the same messages as {@code lithos check}) above the server's hover (a material's
 * properties with sources and units, a quantity's SI value, what an observable means). JFace asks on a background
 * thread, so waiting for the server never blocks typing.
 */
public final class ServerTextHover implements ITextHover, ITextHoverExtension2 {

	private static final long TIMEOUT_MS = 2000;

	private final Supplier<DocumentSync> sync;

	/** @param sync the editor's current document connection */
	public ServerTextHover(Supplier<DocumentSync> sync) {
		this.sync = sync;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return Words.at(viewer.getDocument(), offset);
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		DocumentSync document = sync.get();
		if (document == null) {
			return null;
		}
		IDocument text = viewer.getDocument();
		List<String> parts = new ArrayList<>();
		for (Diagnostic diagnostic : document.diagnostics()) {
			IRegion problem = Positions.toRegion(text, diagnostic.getRange());
			if (problem.getOffset() <= region.getOffset() + region.getLength()
					&& region.getOffset() <= problem.getOffset() + problem.getLength()) {
				parts.add(Diagnostics.message(diagnostic));
			}
		}
		String hover = serverHover(document, text, region.getOffset());
		if (!hover.isEmpty()) {
			parts.add(hover);
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	/** @return the server's hover text at an offset, empty when it has none or does not answer in time */
	public static String serverHover(DocumentSync document, IDocument text, int offset) {
		HoverParams params = new HoverParams(new TextDocumentIdentifier(document.uri()), Positions.toPosition(text, offset));
		try {
			Hover hover = document.request(server -> server.hover(params)).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			if (hover == null || hover.getContents() == null) {
				return "";
			}
			if (hover.getContents().isRight()) {
				return PlainText.of(hover.getContents().getRight());
			}
			StringBuilder result = new StringBuilder();
			for (Either<String, MarkedString> part : hover.getContents().getLeft()) {
				result.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n');
			}
			return result.toString().strip();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "";
		} catch (Exception e) {
			return "";
		}
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Object info = getHoverInfo2(viewer, region);
		return info == null ? null : info.toString();
	}
}
