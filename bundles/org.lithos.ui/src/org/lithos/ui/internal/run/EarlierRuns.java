package org.lithos.ui.internal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.lithos.sim.store.StoredStudy;

/**
 * Finds the studies earlier sessions (or {@code lithos run}) left in output folders laid out as {@code lithos run}
 * lays them out, {@code BASE/lithos-out/FILE-NAME/STUDY/study.json}, reading only each study.json. Toolkit-free.
 */
public final class EarlierRuns {

	/** The output folder's name in a project (or the folder the studio was started from). */
	public static final String OUTPUT = "lithos-out";

	private EarlierRuns() {
	}

	/**
	 * @param bases folders holding a {@value #OUTPUT} folder (a project's, the working directory)
	 * @return one study run per study folder found, with its state and duration from study.json and, as its file,
	 *         {@code BASE/FILE-NAME.cell}; unreadable folders are logged and skipped
	 */
	public static List<StudyRun> find(Collection<Path> bases) {
		List<StudyRun> found = new ArrayList<>();
		for (Path base : bases) {
			for (Path fileFolder : children(base.resolve(OUTPUT))) {
				for (Path studyFolder : children(fileFolder)) {
					if (!StoredStudy.isStudyFolder(studyFolder)) {
						continue;
					}
					try {
						found.add(StudyRun.stored(base.resolve(fileFolder.getFileName() + ".cell"),
								StoredStudy.readStatus(studyFolder)));
					} catch (IOException | RuntimeException e) {
						ILog.of(EarlierRuns.class).warn("earlier study run not listed: " + e.getMessage());
					}
				}
			}
		}
		return found;
	}

	private static List<Path> children(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			// hidden entries are locks and the staging folders of runs in flight
			return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
					.sorted().toList();
		} catch (IOException e) {
			ILog.of(EarlierRuns.class).warn("cannot list " + folder + ": " + e.getMessage());
			return List.of();
		}
	}
}
