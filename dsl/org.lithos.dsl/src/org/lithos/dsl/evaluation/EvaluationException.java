package org.lithos.dsl.evaluation;

import org.eclipse.emf.ecore.EObject;

/** An expression that cannot be evaluated, with the node to blame and an issue code for the validator. */
public class EvaluationException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient EObject node;
	private final String issueCode;

	/**
	 * @param node      the expression at fault
	 * @param message   what is wrong, in words a user understands
	 * @param issueCode one of {@code IssueCodes}
	 */
	public EvaluationException(EObject node, String message, String issueCode) {
		super(message);
		this.node = node;
		this.issueCode = issueCode;
	}

	/** @return the expression at fault */
	public EObject node() {
		return node;
	}

	/** @return the issue code */
	public String issueCode() {
		return issueCode;
	}
}
