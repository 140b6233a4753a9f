package org.lithos.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.swt.custom.StyleRange;

/**
 * Draws the server's semantic tokens over the lexical colours. Tokens are kept as document positions, so they move
 * with the text while the next answer is on its way; each presentation the viewer computes (a damaged line while
 * typing, the whole file when tokens arrive) gets the tokens of its extent merged in.
 */
public final class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "org.lithos.dsl.ui.semanticTokens";
	private static final List<String> DECLARATION_MODIFIERS = List.of("declaration", "definition");

	private final ISourceViewer viewer;
	private IDocument document;
	private IPositionUpdater updater;
	/** The token data last drawn, in the server's relative encoding. */
	private List<Integer> applied = List.of();

	/** A token: where it is and how it looks. */
	private static final class StyledPosition extends Position {
		final TextAttribute style;

		StyledPosition(int offset, int length, TextAttribute style) {
			super(offset, length);
			this.style = style;
		}
	}

	/** @param viewer the viewer to draw into; its document is set up by {@link #install(IDocument)} */
	public SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
		if (viewer instanceof org.eclipse.jface.text.ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
	}

	/** Starts keeping token positions in this document (call on the UI thread). */
	public void install(IDocument newDocument) {
		uninstall();
		document = newDocument;
		applied = List.of();
		document.addPositionCategory(CATEGORY);
		updater = new DefaultPositionUpdater(CATEGORY);
		document.addPositionUpdater(updater);
	}

	/** Forgets the document's token positions. */
	public void uninstall() {
		if (document == null) {
			return;
		}
		try {
			document.removePositionUpdater(updater);
			document.removePositionCategory(CATEGORY);
		} catch (BadPositionCategoryException e) {
			// never added
		}
		document = null;
	}

	/**
	 * Replaces the tokens (call on the UI thread, with tokens computed for the document's current text).
	 *
	 * @param tokens the server's answer, relative encoding
	 * @param legend the server's legend
	 */
	public void apply(SemanticTokens tokens, SemanticTokensLegend legend) {
		if (document == null || tokens == null || legend == null) {
			return;
		}
		if (tokens.getData().equals(applied)) {
			return; // the same tokens, already drawn where the text moved them
		}
		applied = List.copyOf(tokens.getData());
		List<StyledPosition> positions = decode(document, tokens.getData(), legend);
		try {
			document.removePositionCategory(CATEGORY);
			document.addPositionCategory(CATEGORY);
			for (StyledPosition position : positions) {
				document.addPosition(CATEGORY, position);
			}
		} catch (BadPositionCategoryException | BadLocationException e) {
			throw new IllegalStateException("positions decoded against this document are inside it", e);
		}
		viewer.invalidateTextPresentation();
	}

	/** @return the number of tokens currently drawn (for tests) */
	public int tokenCount() {
		try {
			return document == null ? 0 : document.getPositions(CATEGORY).length;
		} catch (BadPositionCategoryException e) {
			return 0;
		}
	}

	private static List<StyledPosition> decode(IDocument document, List<Integer> data, SemanticTokensLegend legend) {
		List<StyledPosition> positions = new ArrayList<>(data.size() / 5);
		int line = 0;
		int character = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			int deltaLine = data.get(i);
			line += deltaLine;
			character = deltaLine == 0 ? character + data.get(i + 1) : data.get(i + 1);
			int length = data.get(i + 2);
			int type = data.get(i + 3);
			int modifiers = data.get(i + 4);
			if (type < 0 || type >= legend.getTokenTypes().size()) {
				continue;
			}
			TextAttribute style = TokenStyles.semantic(legend.getTokenTypes().get(type), declares(modifiers, legend));
			if (style == null) {
				continue;
			}
			try {
				if (line >= document.getNumberOfLines()) {
					break;
				}
				IRegion lineInfo = document.getLineInformation(line);
				int start = lineInfo.getOffset() + Math.min(character, lineInfo.getLength());
				int end = Math.min(start + length, document.getLength());
				if (end > start) {
					positions.add(new StyledPosition(start, end - start, style));
				}
			} catch (BadLocationException e) {
				break;
			}
		}
		return positions;
	}

	private static boolean declares(int modifiers, SemanticTokensLegend legend) {
		List<String> names = legend.getTokenModifiers();
		for (int bit = 0; bit < names.size() && bit < Integer.SIZE; bit++) {
			if ((modifiers & (1 << bit)) != 0 && DECLARATION_MODIFIERS.contains(names.get(bit))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (document == null) {
			return;
		}
		Position[] positions;
		try {
			positions = document.getPositions(CATEGORY);
		} catch (BadPositionCategoryException e) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = from + extent.getLength();
		for (int i = firstEndingAfter(positions, from); i < positions.length; i++) {
			Position position = positions[i];
			if (position.getOffset() >= to) {
				break;
			}
			if (position.isDeleted() || !(position instanceof StyledPosition styled)) {
				continue;
			}
			int start = Math.max(from, position.getOffset());
			int end = Math.min(to, position.getOffset() + position.getLength());
			if (end > start) {
				StyleRange range = new StyleRange(start, end - start, styled.style.getForeground(),
						styled.style.getBackground(), styled.style.getStyle());
				presentation.mergeStyleRange(range);
			}
		}
	}

	/** Binary search: positions are sorted by offset and do not overlap. */
	private static int firstEndingAfter(Position[] positions, int offset) {
		int low = 0;
		int high = positions.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (positions[mid].getOffset() + positions[mid].getLength() <= offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}
}
