package org.lithos.dsl.ui.internal.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;
import org.lithos.dsl.ui.internal.assist.Words;
import org.lithos.dsl.ui.internal.lsp.DocumentSync;
import org.lithos.dsl.ui.internal.lsp.Positions;

/**
 * Mark occurrences: with the caret on a name, its declaration and uses in the file are marked (the server's
 * {@code documentHighlight}), as annotations the editor paints and shows in the overview ruler.
 *
 * <p>It follows the viewer's post-selection events, which come once the caret rests (not on every key while
 * typing). The UI thread only finds the word at the caret and, when the answer arrives, swaps the annotations; an
 * answer about an older text or another word is dropped. Keywords, numbers and blanks ask nothing and clear the
 * marks.
 */
public final class Occurrences implements ISelectionChangedListener {

	/** Annotation type of a use of the name (plugin.xml gives it its colour). */
	public static final String TYPE = "org.lithos.dsl.ui.occurrences";
	/** Annotation type of the name's declaration. */
	public static final String DECLARATION_TYPE = "org.lithos.dsl.ui.declarationOccurrence";

	private final ISourceViewer viewer;
	private final Supplier<DocumentSync> sync;
	private final Supplier<Set<String>> keywords;
	private final Display display;
	private Annotation[] shown = new Annotation[0];
	private Question asked;
	private boolean disposed;

	/** The word last asked about, in one state of one document, and the answer to come. */
	private record Question(DocumentSync document, long stamp, IRegion word, CompletableFuture<?> answer) {
		boolean isAbout(DocumentSync other, long otherStamp, IRegion otherWord) {
			return document == other && stamp == otherStamp && word.equals(otherWord);
		}
	}

	/**
	 * @param viewer   the editor's viewer
	 * @param sync     the editor's current document connection
	 * @param keywords the grammar's keywords (which have no occurrences)
	 */
	public Occurrences(ISourceViewer viewer, Supplier<DocumentSync> sync, Supplier<Set<String>> keywords) {
		this.viewer = viewer;
		this.sync = sync;
		this.keywords = keywords;
		this.display = viewer.getTextWidget().getDisplay();
	}

	/** Starts following the caret (UI thread). */
	public void install() {
		((IPostSelectionProvider) viewer.getSelectionProvider()).addPostSelectionChangedListener(this);
	}

	/** Stops following the caret and removes the marks (UI thread). */
	public void dispose() {
		disposed = true;
		if (viewer.getSelectionProvider() != null) {
			((IPostSelectionProvider) viewer.getSelectionProvider()).removePostSelectionChangedListener(this);
		}
		forget();
		replace(Map.of());
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		if (event.getSelection() instanceof ITextSelection selection) {
			update(selection.getOffset());
		}
	}

	/** Marks the occurrences of the name at an offset, once the server has answered (UI thread). */
	public void update(int offset) {
		DocumentSync document = sync.get();
		IDocument text = viewer.getDocument();
		if (disposed || document == null || text == null) {
			return;
		}
		IRegion word = Words.at(text, offset);
		long stamp = document.modificationStamp();
		if (asked != null && asked.isAbout(document, stamp, word)) {
			return;
		}
		forget();
		if (!isName(text, word)) {
			asked = new Question(document, stamp, word, CompletableFuture.completedFuture(null));
			replace(Map.of());
			return;
		}
		DocumentHighlightParams params = new DocumentHighlightParams(new TextDocumentIdentifier(document.uri()),
				Positions.toPosition(text, offset));
		CompletableFuture<List<? extends DocumentHighlight>> answer = document
				.request(server -> server.documentHighlight(params));
		Question question = new Question(document, stamp, word, answer);
		asked = question;
		answer.thenAccept(highlights -> {
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!disposed && asked == question && document.modificationStamp() == stamp) {
						show(text, highlights);
					}
				});
			}
		});
	}

	private void forget() {
		if (asked != null) {
			asked.answer().cancel(true);
			asked = null;
		}
	}

	private boolean isName(IDocument text, IRegion word) {
		if (word.getLength() == 0) {
			return false;
		}
		try {
			String name = text.get(word.getOffset(), word.getLength());
			return !Character.isDigit(name.charAt(0)) && !keywords.get().contains(name);
		} catch (BadLocationException e) {
			return false;
		}
	}

	private void show(IDocument text, List<? extends DocumentHighlight> highlights) {
		Map<Annotation, Position> marks = new HashMap<>();
		for (DocumentHighlight highlight : highlights == null ? List.<DocumentHighlight>of() : highlights) {
			IRegion region = Positions.toRegion(text, highlight.getRange());
			String type = highlight.getKind() == DocumentHighlightKind.Write ? DECLARATION_TYPE : TYPE;
			String name;
			try {
				name = text.get(region.getOffset(), region.getLength());
			} catch (BadLocationException e) {
				continue;
			}
			String label = (type == DECLARATION_TYPE ? "Declaration of '" : "Occurrence of '") + name + "'";
			marks.put(new Annotation(type, false, label), new Position(region.getOffset(), region.getLength()));
		}
		replace(marks);
	}

	private void replace(Map<Annotation, Position> marks) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown, marks);
		} else if (model != null) {
			for (Annotation annotation : shown) {
				model.removeAnnotation(annotation);
			}
			marks.forEach(model::addAnnotation);
		}
		shown = marks.keySet().toArray(Annotation[]::new);
	}

	/** @return the regions marked now, with their annotation types (tests read them) */
	public Map<IRegion, String> marked() {
		Map<IRegion, String> result = new HashMap<>();
		IAnnotationModel model = viewer.getAnnotationModel();
		for (Annotation annotation : shown) {
			Position position = model == null ? null : model.getPosition(annotation);
			if (position != null && !position.isDeleted()) {
				result.put(new Region(position.getOffset(), position.getLength()),
						annotation.getType());
			}
		}
		return result;
	}
}
