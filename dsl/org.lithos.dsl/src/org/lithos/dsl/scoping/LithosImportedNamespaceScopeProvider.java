package org.lithos.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.lithos.dsl.lithos.Model;

/**
 * Like Java, every file sees the other files of its own package without an import: a file declaring
 * {@code package a.b} implicitly imports {@code a.b.*}.
 */
public class LithosImportedNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
		if (context instanceof Model model && model.getName() != null && !model.getName().isBlank()) {
			resolvers.add(new ImportNormalizer(QualifiedName.create(model.getName().split("\\.")), true, ignoreCase));
		}
		return resolvers;
	}
}
