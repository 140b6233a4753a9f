package org.lithos.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lithos.model.LithosPackage;
import org.lithos.model.SimulationResult;
import org.lithos.model.io.AtomicFiles;

/**
 * A shard's finished results, kept exactly (EMF's binary form stores every double bit for bit) so that
 * {@code lithos merge} draws the study's report and charts from the very numbers a single-machine run has in memory;
 * result.json and series.csv hold rounded units. One file per finished run, below the shard's folder.
 */
final class ShardResults {

	/** The folder, inside a shard's output folder, that holds the results. */
	static final String FOLDER = "shard-results";
	private static final String EXTENSION = ".emfb";

	private ShardResults() {
	}

	/**
	 * @param shardFolder the shard's output folder
	 * @param study       the study's folder name
	 * @param runFolder   the run's folder name
	 * @return where the run's exact result is kept
	 */
	static Path file(Path shardFolder, String study, String runFolder) {
		return shardFolder.resolve(FOLDER).resolve(study).resolve(runFolder + EXTENSION);
	}

	/**
	 * @param file   where to write (atomically)
	 * @param result a finished run's result (not modified)
	 * @throws IOException when it cannot be written
	 */
	static void write(Path file, SimulationResult result) throws IOException {
		Resource resource = new BinaryResourceImpl(URI.createFileURI(file.toString()));
		resource.getContents().add(EcoreUtil.copy(result));
		AtomicFiles.write(file, out -> resource.save(out, Map.of()));
	}

	/**
	 * @param file a file {@link #write} wrote
	 * @return the result
	 * @throws IOException when the file is missing, unreadable or holds no result (the message names it)
	 */
	static SimulationResult read(Path file) throws IOException {
		LithosPackage.eINSTANCE.eClass(); // registers the package for the binary reader
		ResourceSetImpl set = new ResourceSetImpl();
		set.getPackageRegistry().put(LithosPackage.eNS_URI, LithosPackage.eINSTANCE);
		Resource resource = new BinaryResourceImpl(URI.createFileURI(file.toString()));
		set.getResources().add(resource);
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, Map.of());
		} catch (NoSuchFileException e) {
			throw new IOException(file + ": missing (the shard's folder is incomplete)", e);
		} catch (IOException | RuntimeException e) {
			throw new IOException(file + ": unreadable (" + e.getMessage() + ")", e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof SimulationResult result)) {
			throw new IOException(file + ": holds no run result");
		}
		return result;
	}
}
