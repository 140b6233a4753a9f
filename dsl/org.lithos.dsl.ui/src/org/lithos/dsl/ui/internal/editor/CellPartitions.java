package org.lithos.dsl.ui.internal.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a cell file into comments, strings and code, so that a keystroke inside a block comment re-colours only
 * what it can change, and the lexical scanner never sees keywords inside comments or strings.
 */
public final class CellPartitions {

	/** The partitioning's name. */
	public static final String PARTITIONING = "__lithos_partitioning";
	/** Line and block comments. */
	public static final String COMMENT = "__lithos_comment";
	/** Quoted strings (descriptions, sources). */
	public static final String STRING = "__lithos_string";
	/** Every partition type, code first. */
	public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	private CellPartitions() {
	}

	/** Installs the partitioner on a document unless it has one already. */
	public static void setUp(IDocument document) {
		if (!(document instanceof IDocumentExtension3 extension) || extension.getDocumentPartitioner(PARTITIONING) != null) {
			return;
		}
		IToken comment = new Token(COMMENT);
		IToken string = new Token(STRING);
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		scanner.setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment),
				new MultiLineRule("/*", "*/", comment, (char) 0, true), new SingleLineRule("\"", "\"", string, '\\') });
		IDocumentPartitioner partitioner = new FastPartitioner(scanner, new String[] { COMMENT, STRING });
		extension.setDocumentPartitioner(PARTITIONING, partitioner);
		partitioner.connect(document);
	}
}
