package org.lithos.dsl.ide.internal.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The server's builder never runs the generator: the cell language generates nothing on save (turning a file into
 * solver inputs is {@code lithos compile}). Xtext's default asks the validator a second time before it generates,
 * which doubled the cost of the first build and of every edit, for no result.
 */
public final class NothingToGenerate implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
