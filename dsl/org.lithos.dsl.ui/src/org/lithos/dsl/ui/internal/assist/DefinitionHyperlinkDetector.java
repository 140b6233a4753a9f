package org.lithos.dsl.ui.internal.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.lithos.dsl.ui.internal.library.LocationOpener;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.Positions;

/**
 * Go to definition: Ctrl+click and F3 (the platform's "open hyperlink" command) ask the server where the name under
 * the caret is defined, in this file, another workspace file or the built-in library.
 */
public final class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

	private static final long TIMEOUT_MS = 2000;

	private final Supplier<DocumentSync> sync;

	/** @param sync the editor's current document connection */
	public DefinitionHyperlinkDetector(Supplier<DocumentSync> sync) {
		this.sync = sync;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		DocumentSync document = sync.get();
		IDocument text = viewer.getDocument();
		IRegion word = Words.at(text, region.getOffset());
		if (document == null || word.getLength() == 0) {
			return null;
		}
		List<Location> targets = definitions(document, text, region.getOffset());
		if (targets.isEmpty()) {
			return null;
		}
		List<IHyperlink> links = new ArrayList<>();
		for (Location target : canShowMultipleHyperlinks ? targets : targets.subList(0, 1)) {
			links.add(new DefinitionHyperlink(word, target));
		}
		return links.toArray(IHyperlink[]::new);
	}

	/** @return where the name at an offset is defined; empty when nowhere or when the server does not answer */
	public static List<Location> definitions(DocumentSync document, IDocument text, int offset) {
		DefinitionParams params = new DefinitionParams(new TextDocumentIdentifier(document.uri()),
				Positions.toPosition(text, offset));
		List<Location> result = new ArrayList<>();
		try {
			Either<List<? extends Location>, List<? extends LocationLink>> answer = document
					.request(server -> server.definition(params)).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			if (answer == null) {
				return result;
			}
			if (answer.isLeft()) {
				result.addAll(answer.getLeft());
			} else {
				for (LocationLink link : answer.getRight()) {
					result.add(new Location(link.getTargetUri(), link.getTargetSelectionRange()));
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (Exception e) {
			// no link: the user sees plain text rather than an error while moving the mouse
		}
		return result;
	}

	/** A link to one definition. */
	private static final class DefinitionHyperlink implements IHyperlink {
		private final IRegion region;
		private final Location target;

		DefinitionHyperlink(IRegion region, Location target) {
			this.region = region;
			this.target = target;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return "Open Definition";
		}

		@Override
		public String getHyperlinkText() {
			return "Open Definition in " + LocationOpener.displayName(target.getUri());
		}

		@Override
		public void open() {
			LocationOpener.open(target);
		}
	}
}
