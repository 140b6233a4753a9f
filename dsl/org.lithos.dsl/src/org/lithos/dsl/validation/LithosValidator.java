package org.lithos.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Entry point of the language's validation; the checks live in the composed validators, grouped by what they
 * look at.
 */
@ComposedChecks(validators = { StructureValidator.class, SettingValidator.class, ProtocolValidator.class,
		StudyValidator.class, ExpectationValidator.class })
public class LithosValidator extends AbstractLithosValidator {
}
