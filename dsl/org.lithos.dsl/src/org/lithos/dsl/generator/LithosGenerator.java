package org.lithos.dsl.generator;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;

/**
 * Deliberately generates nothing: turning a file into solver inputs is {@code lithos compile} (and, later,
 * {@code lithos run}), not a side effect of saving. Xtext's generator fragment requires the class.
 */
public class LithosGenerator extends AbstractGenerator {

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		// nothing on save; see the class comment
	}
}
