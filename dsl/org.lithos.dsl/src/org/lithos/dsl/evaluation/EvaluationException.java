package org.lithos.dsl.evaluation;

import org.eclipse.emf.ecore.EObject;
import org.lithos.dsl.SourceException;

/** An expression that cannot be evaluated. */
public class EvaluationException extends SourceException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param node      the expression at fault
	 * @param message   what is wrong
	 * @param issueCode one of {@code IssueCodes}
	 */
	public EvaluationException(EObject node, String message, String issueCode) {
		super(node, message, issueCode);
	}
}
