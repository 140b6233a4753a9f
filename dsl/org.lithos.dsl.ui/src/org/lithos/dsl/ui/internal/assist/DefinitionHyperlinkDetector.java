package org.lithos.dsl.ui.internal.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.eclipse.jface.text.BadLocationException;
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
import org.eclipse.swt.widgets.Display;
import org.lithos.dsl.ui.internal.library.LocationOpener;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.Positions;

/**
 * Go to definition: Ctrl+click and F3 (the platform's "open hyperlink" command) ask the server where the name under
 * the caret is defined, in this file, another workspace file or the built-in library.
 *
 * <p>JFace asks for links on the UI thread, on every mouse move while Ctrl is held. The detector waits for the
 * server only {@value #WAIT_MS} ms; a slower answer gives a link that opens the definition when the answer arrives
 * (and nothing when there is none), so the UI never freezes. The last question is remembered, so
 * moving the mouse over one name asks the server once.
 */
public final class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

	/** The longest the UI thread waits for the server's answer, in milliseconds. */
	static final long WAIT_MS = 30;

	private final Supplier<DocumentSync> sync;
	private Question last;

	/** The last question asked: the name's place in one state of the text, and the server's answer to come. */
	private record Question(DocumentSync document, long stamp, IRegion word, CompletableFuture<List<Location>> answer) {
		boolean isAbout(DocumentSync other, long otherStamp, IRegion otherWord) {
			return document == other && stamp == otherStamp && word.equals(otherWord);
		}
	}

	/** @param sync the editor's current document connection */
	public DefinitionHyperlinkDetector(Supplier<DocumentSync> sync) {
		this.sync = sync;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		DocumentSync document = sync.get();
		IDocument text = viewer.getDocument();
		IRegion word = Words.at(text, region.getOffset());
		if (document == null || word.getLength() == 0 || startsWithDigit(text, word)) {
			return null;
		}
		long stamp = document.modificationStamp();
		if (last == null || !last.isAbout(document, stamp, word)) {
			if (last != null) {
				last.answer().cancel(true);
			}
			last = new Question(document, stamp, word, definitions(document, text, region.getOffset()));
		}
		CompletableFuture<List<Location>> answer = last.answer();
		List<Location> targets;
		try {
			targets = answer.get(WAIT_MS, TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			return new IHyperlink[] { new PendingDefinitionHyperlink(word, answer, viewer.getTextWidget().getDisplay()) };
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (Exception e) {
			// no link: the user sees plain text rather than an error while moving the mouse
			return null;
		}
		if (targets.isEmpty()) {
			return null;
		}
		List<IHyperlink> links = new ArrayList<>();
		for (Location target : canShowMultipleHyperlinks ? targets : targets.subList(0, 1)) {
			links.add(new DefinitionHyperlink(word, target));
		}
		return links.toArray(IHyperlink[]::new);
	}

	/** @return whether the word is a number (numbers have no definition) */
	private static boolean startsWithDigit(IDocument text, IRegion word) {
		try {
			return Character.isDigit(text.getChar(word.getOffset()));
		} catch (BadLocationException e) {
			return true;
		}
	}

	/** @return where the name at an offset is defined, to come; empty when nowhere */
	public static CompletableFuture<List<Location>> definitions(DocumentSync document, IDocument text, int offset) {
		DefinitionParams params = new DefinitionParams(new TextDocumentIdentifier(document.uri()),
				Positions.toPosition(text, offset));
		return document.request(server -> server.definition(params)).thenApply(DefinitionHyperlinkDetector::locations);
	}

	private static List<Location> locations(Either<List<? extends Location>, List<? extends LocationLink>> answer) {
		List<Location> result = new ArrayList<>();
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
		return result;
	}

	/** What both kinds of link share: the linked name's region and the label of what opening does. */
	private abstract static class OpenDefinitionHyperlink implements IHyperlink {
		/** The label of the action, also the text of a link whose target is not known yet. */
		static final String LABEL = "Open Definition";
		private final IRegion region;

		OpenDefinitionHyperlink(IRegion region) {
			this.region = region;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return LABEL;
		}
	}

	/** A link to one definition. */
	private static final class DefinitionHyperlink extends OpenDefinitionHyperlink {
		private final Location target;

		DefinitionHyperlink(IRegion region, Location target) {
			super(region);
			this.target = target;
		}

		@Override
		public String getHyperlinkText() {
			return LABEL + " in " + LocationOpener.displayName(target.getUri());
		}

		@Override
		public void open() {
			LocationOpener.open(target);
		}
	}

	/** A link whose target the server has not named yet: opening it opens the first definition once it has. */
	private static final class PendingDefinitionHyperlink extends OpenDefinitionHyperlink {
		private final CompletableFuture<List<Location>> answer;
		private final Display display;

		PendingDefinitionHyperlink(IRegion region, CompletableFuture<List<Location>> answer, Display display) {
			super(region);
			this.answer = answer;
			this.display = display;
		}

		@Override
		public String getHyperlinkText() {
			return LABEL;
		}

		@Override
		public void open() {
			answer.thenAccept(targets -> {
				if (!targets.isEmpty() && !display.isDisposed()) {
					display.asyncExec(() -> LocationOpener.open(targets.get(0)));
				}
			});
		}
	}
}
