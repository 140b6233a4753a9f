package org.lithos.sim.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.lithos.sim.OutputFolderException;

/**
 * A study's output folder, written under one contract whoever runs the study (the command line or the studio):
 * <ul>
 * <li>one run at a time: the folder is locked ({@code .NAME.lock} beside it); a second run is refused before it
 * simulates anything;</li>
 * <li>results are staged in a hidden sibling ({@code .NAME.staging-PID}) and replace the folder whole when the study
 * ends, with {@code study.json} saying how it ended: a rerun leaves exactly the new results, never an old chart or
 * run folder beside new ones;</li>
 * <li>a run that did not finish leaves no folder, so every run folder present is complete;</li>
 * <li>a process killed mid-way leaves the previous folder untouched and a stale staging folder, which the next run
 * removes.</li>
 * </ul>
 */
public final class StudyFolder implements AutoCloseable {

	/** Free space below which a study is refused before it starts (a run's files take a few MB). */
	static final long MIN_FREE_BYTES = 4L << 20;

	private final Path target;
	private final Path staging;
	private final OutputLock lock;

	private StudyFolder(Path target, Path staging, OutputLock lock) {
		this.target = target;
		this.staging = staging;
		this.lock = lock;
	}

	/**
	 * Checks the folder can take results, locks it, removes what killed runs left, and opens a staging folder.
	 *
	 * @param target the study's folder (need not exist)
	 * @return the opened folder; close it (after {@link #publish()} or not) to release the lock
	 * @throws OutputFolderException when the folder is a file, cannot be created or written, the disk is full, or
	 *                               another run holds it
	 */
	public static StudyFolder open(Path target) {
		Path absolute = target.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		String name = absolute.getFileName().toString();
		OutputLock lock = OutputLock.acquire(parent.resolve("." + name + ".lock"), target);
		try {
			removeLeftovers(parent, name);
			long free = Files.getFileStore(parent).getUsableSpace();
			if (free < MIN_FREE_BYTES) {
				throw new OutputFolderException(target, "the disk holding " + parent + " is full (" + free / 1024
						+ " kB free): free some space or choose another output folder", null);
			}
			Path staging = parent.resolve("." + name + ".staging-" + ManagementFactory.getRuntimeMXBean().getPid());
			Files.createDirectory(staging);
			return new StudyFolder(absolute, staging, lock);
		} catch (IOException e) {
			lock.close();
			throw new OutputFolderException(target, "cannot write to the output folder " + parent + ": " + reason(e), e);
		} catch (RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	/** @return where this study's files go until {@link #publish()} */
	public Path staging() {
		return staging;
	}

	/** @return the study's folder, which holds the results once published */
	public Path target() {
		return target;
	}

	/**
	 * Replaces the study's folder with the staged one: the old folder is renamed aside, the new one renamed into
	 * place, then the old one deleted. Renames within one folder are atomic, so a reader sees the old or the new
	 * results, never a mixture.
	 *
	 * @throws IOException when the swap fails; the previous folder is then back in place
	 */
	public void publish() throws IOException {
		Path aside = target.resolveSibling("." + target.getFileName() + ".old-" + ManagementFactory.getRuntimeMXBean().getPid());
		boolean hadOld = Files.exists(target);
		if (hadOld) {
			move(target, aside);
		}
		try {
			move(staging, target);
		} catch (IOException e) {
			if (hadOld) {
				move(aside, target);
			}
			throw e;
		}
		if (hadOld) {
			deleteTree(aside);
		}
	}

	/** Releases the lock; a staging folder that was not published is deleted. */
	@Override
	public void close() {
		try {
			deleteTree(staging);
		} catch (IOException e) {
			// removed by the next run on this folder
		} finally {
			lock.close();
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	/** Staging and set-aside folders of runs that were killed; only called with the lock held. */
	private static void removeLeftovers(Path parent, String name) throws IOException {
		if (!Files.isDirectory(parent)) {
			return;
		}
		List<Path> stale;
		try (Stream<Path> siblings = Files.list(parent)) {
			stale = siblings.filter(p -> {
				String file = p.getFileName().toString();
				return file.startsWith("." + name + ".staging-") || file.startsWith("." + name + ".old-");
			}).toList();
		}
		for (Path path : stale) {
			deleteTree(path);
		}
	}

	/** Deletes a folder and everything below it; a missing folder is fine. */
	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				try {
					Files.delete(path);
				} catch (NoSuchFileException e) {
					// gone already
				}
			}
		}
	}

	/** Refuses a folder that is, or lies below, a file. */
	static void refuseFiles(Path folder) {
		for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
			if (Files.exists(p) && !Files.isDirectory(p)) {
				throw new OutputFolderException(folder, p + " is a file, not a folder: choose another output folder", null);
			}
		}
	}

	/** @return a file-system error in words ("permission denied", "no space left on device") */
	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof java.nio.file.FileAlreadyExistsException) {
			return "a file of that name is in the way";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason().toLowerCase(java.util.Locale.ROOT);
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
