package org.lithos.dsl.compiler;

import org.eclipse.emf.ecore.EObject;
import org.lithos.dsl.SourceException;

/** A study that cannot become simulation inputs. */
public class CompileException extends SourceException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param node      source element at fault
	 * @param message   what is wrong
	 * @param issueCode issue code for the validator
	 */
	public CompileException(EObject node, String message, String issueCode) {
		super(node, message, issueCode);
	}
}
