package org.lithos.dsl.compiler;

import org.eclipse.emf.ecore.EObject;

/** A study that cannot become simulation inputs, with the source node to blame. */
public class CompileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient EObject node;
	private final String issueCode;

	/**
	 * @param node      source element at fault
	 * @param message   what is wrong
	 * @param issueCode issue code for the validator
	 */
	public CompileException(EObject node, String message, String issueCode) {
		super(message);
		this.node = node;
		this.issueCode = issueCode;
	}

	/** @return source element at fault */
	public EObject node() {
		return node;
	}

	/** @return issue code */
	public String issueCode() {
		return issueCode;
	}
}
