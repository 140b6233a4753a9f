package org.lithos.dsl;

import org.eclipse.emf.ecore.EObject;

/**
 * A problem with a piece of source that stops evaluation or compilation: the node to blame and the issue code
 * the validator reports it under.
 */
public abstract class SourceException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient EObject node;
	private final String issueCode;

	/**
	 * @param node      the source element at fault
	 * @param message   what is wrong, in words a user understands
	 * @param issueCode one of {@code IssueCodes}
	 */
	protected SourceException(EObject node, String message, String issueCode) {
		super(message);
		this.node = node;
		this.issueCode = issueCode;
	}

	/** @return the source element at fault */
	public EObject node() {
		return node;
	}

	/** @return the issue code */
	public String issueCode() {
		return issueCode;
	}
}
