package org.lithos.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.lithos.model.LithosPackage;

/** Saves and loads Lithos models as XMI, independent of the Eclipse extension registry. */
public final class ModelXmi {

	private ModelXmi() {
	}

	/**
	 * Saves a copy of {@code root} (and everything it contains) to {@code file}, atomically.
	 *
	 * @param root model root, e.g. a {@code CompiledModel}
	 * @param file target file, usually ending in {@code .xmi}
	 * @throws IOException when the file cannot be written
	 */
	public static void save(EObject root, Path file) throws IOException {
		ResourceSet resourceSet = newResourceSet();
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(EcoreUtil.copy(root));
		Map<String, Object> options = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
				XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		AtomicFiles.write(file, out -> resource.save(out, options));
	}

	/**
	 * Loads the root object of an XMI file written by {@link #save(EObject, Path)}.
	 *
	 * @param file the XMI file
	 * @return its root object
	 * @throws IOException when the file is missing or not a Lithos model
	 */
	public static EObject load(Path file) throws IOException {
		ResourceSet resourceSet = newResourceSet();
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			throw new IOException(file + ": not a Lithos model: " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty()) {
			throw new IOException(file + ": empty model file");
		}
		return resource.getContents().get(0);
	}

	private static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(LithosPackage.eNS_URI, LithosPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
		return resourceSet;
	}
}
