package org.lithos.sim.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.lithos.sim.OutputFolderException;

/**
 * An exclusive lock on an output folder, held by one Lithos run at a time (across processes, through the
 * operating system's file lock, which a killed process releases at once). The lock file is a hidden file beside
 * what it protects and says who holds it; it stays after the run, empty of meaning once unlocked.
 */
public final class OutputLock implements AutoCloseable {

	private final FileChannel channel;
	private final FileLock lock;

	private OutputLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @param lockFile the lock file (its folder is created when missing)
	 * @param guarded  the folder the lock protects, named in messages
	 * @return the held lock; close it to release
	 * @throws OutputFolderException when the folder cannot be created or another run holds the lock
	 */
	public static OutputLock acquire(Path lockFile, Path guarded) {
		Path parent = lockFile.toAbsolutePath().getParent();
		StudyFolder.refuseFiles(guarded);
		try {
			Files.createDirectories(parent);
		} catch (IOException e) {
			throw new OutputFolderException(guarded, "cannot create the output folder " + parent + ": "
					+ StudyFolder.reason(e), e);
		}
		FileChannel channel;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
		} catch (IOException e) {
			throw new OutputFolderException(guarded, "cannot write to the output folder " + parent + ": "
					+ StudyFolder.reason(e), e);
		}
		try {
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null; // held by this very process (e.g. the studio runs it already)
			}
			if (lock == null) {
				String holder = holder(lockFile);
				channel.close();
				throw new OutputFolderException(guarded, "another Lithos run is writing to " + guarded
						+ (holder.isEmpty() ? "" : " (" + holder + ")")
						+ "; wait for it to finish or choose another output folder (--out)", null);
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(("process " + ManagementFactory.getRuntimeMXBean().getPid() + ", since "
					+ Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)));
			channel.force(false);
			return new OutputLock(channel, lock);
		} catch (IOException e) {
			try {
				channel.close();
			} catch (IOException ignored) {
				// the lock is released with the channel either way
			}
			throw new OutputFolderException(guarded, "cannot lock the output folder " + guarded + ": "
					+ StudyFolder.reason(e), e);
		}
	}

	private static String holder(Path lockFile) {
		try {
			return Files.readString(lockFile, StandardCharsets.UTF_8).strip();
		} catch (IOException e) {
			return "";
		}
	}

	/** Releases the lock. */
	@Override
	public void close() {
		try {
			lock.release();
		} catch (IOException e) {
			// closing the channel below releases it too
		}
		try {
			channel.close();
		} catch (IOException e) {
			// nothing left to release
		}
	}
}
