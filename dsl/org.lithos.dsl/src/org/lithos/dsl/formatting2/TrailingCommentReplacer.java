package org.lithos.dsl.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegionPart;

/**
 * Keeps the author's layout around comments, which Xtext's own comment replacers normalise away: a comment after
 * code keeps the spaces in front of it (authors align such comments in a column, see the examples); a comment on
 * its own line keeps one blank line in front of it when the author left one (it separates groups); a line comment
 * that ends the file gets its final newline; every comment on its own line is indented like the code around it.
 * Everything else is left to Xtext's replacer.
 */
final class TrailingCommentReplacer extends CommentReplacer {

	private final CommentReplacer delegate;

	TrailingCommentReplacer(IComment comment, CommentReplacer delegate) {
		super(comment);
		this.delegate = delegate;
	}

	/** @return whether code precedes the comment on its line */
	private boolean trailsCode() {
		IComment comment = getComment();
		if (comment.getHiddenRegion().getPreviousSemanticRegion() == null) {
			return false;
		}
		for (IHiddenRegionPart part = comment.getPreviousHiddenPart(); part != null; part = part.getPreviousHiddenPart()) {
			if (part.getText().contains("\n") || part instanceof IComment) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
		delegate.configureWhitespace(leading, trailing);
		IComment comment = getComment();
		if (leading != null) {
			String before = leading.getRegion().getText();
			if (trailsCode()) {
				if (!before.isEmpty() && before.isBlank()) {
					leading.getFormatting().setSpace(before);
				}
			} else if (comment.getHiddenRegion().getPreviousSemanticRegion() != null || comment.getPreviousHiddenPart() != null) {
				int newLines = (int) Math.max(1, Math.min(2, before.chars().filter(c -> c == '\n').count()
						+ (followsLineComment(comment) ? 1 : 0)));
				leading.getFormatting().setNewLinesMin(newLines);
				leading.getFormatting().setNewLinesDefault(newLines);
				leading.getFormatting().setNewLinesMax(newLines);
				// Xtext keeps a line comment found in column 0 there (commented-out code); here it follows the block
				leading.getFormatting().setNoIndentation(false);
			}
		}
		if (trailing != null && comment.getHiddenRegion().getNextSemanticRegion() != null) {
			// a blank line the author left after a comment (a section heading) survives
			long newLines = trailing.getRegion().getText().chars().filter(c -> c == '\n').count()
					+ (comment.getText().endsWith("\n") ? 1 : 0);
			if (newLines >= 1) {
				int kept = (int) Math.min(2, newLines);
				trailing.getFormatting().setNewLinesMin(kept);
				trailing.getFormatting().setNewLinesDefault(kept);
				trailing.getFormatting().setNewLinesMax(kept);
			}
		}
		boolean endsTheFile = comment.getNextHiddenPart() == null && comment.getHiddenRegion().getNextSemanticRegion() == null;
		if (trailing != null && endsTheFile && !comment.getText().endsWith("\n")) {
			trailing.getFormatting().setNewLinesMin(1);
			trailing.getFormatting().setNewLinesDefault(1);
			trailing.getFormatting().setNewLinesMax(1);
		}
	}

	/** A line comment owns the newline that ends it: a blank line after it shows as one newline less. */
	private static boolean followsLineComment(IComment comment) {
		IHiddenRegionPart previous = comment.getPreviousHiddenPart();
		if (previous != null && !(previous instanceof IComment)) {
			previous = previous.getPreviousHiddenPart();
		}
		return previous instanceof IComment && previous.getText().endsWith("\n");
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		return delegate.createReplacements(context);
	}
}
