package org.lithos.ui.internal.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.lithos.model.io.AtomicFiles;
import org.osgi.framework.FrameworkUtil;

/**
 * The studies run from the studio, newest first: those of this session (with their results in memory), those of
 * earlier sessions (kept as one tab-separated line each in the bundle's state folder of the workspace, so the Runs
 * view lists them after a restart), and those found in the workspace's output folders ({@link EarlierRuns}); the
 * results of earlier ones are read from their folders when charted. Listeners hear of every change, on whatever
 * thread made it.
 */
public final class RunHistory {

	/** Hears of a change in the history. */
	@FunctionalInterface
	public interface Listener {
		/** @param run the study run that was added or changed */
		void changed(StudyRun run);
	}

	private static final String FILE = "runs.tsv";
	private static final int KEPT = 200;
	private static RunHistory instance;

	private final List<StudyRun> runs = new CopyOnWriteArrayList<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Path store;

	private RunHistory(Path store) {
		this.store = store;
		if (store != null) {
			runs.addAll(load(store));
		}
	}

	/** @return the workspace's history */
	public static synchronized RunHistory get() {
		if (instance == null) {
			Path folder = null;
			try {
				folder = Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(RunHistory.class)).toOSString());
			} catch (IllegalStateException e) {
				ILog.of(RunHistory.class).warn("no workspace: the run history is not kept", e);
			}
			instance = new RunHistory(folder == null ? null : folder.resolve(FILE));
			instance.findEarlierRuns();
		}
		return instance;
	}

	/**
	 * Lists, in the background, the studies found in the output folders of the workspace's open projects and of the
	 * folder the studio was started from that the history does not know yet (run by the command line, or before the
	 * history was kept).
	 *
	 * @return the scheduled job
	 */
	public Job findEarlierRuns() {
		Job job = Job.create("Finding earlier study runs", monitor -> {
			List<Path> bases = new ArrayList<>();
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				if (project.isOpen() && project.getLocation() != null) {
					bases.add(project.getLocation().toFile().toPath());
				}
			}
			bases.add(Path.of(System.getProperty("user.dir")).toAbsolutePath());
			addEarlier(EarlierRuns.find(bases));
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	private void addEarlier(List<StudyRun> found) {
		Set<Path> known = new HashSet<>();
		runs.forEach(run -> known.add(run.output().toAbsolutePath().normalize()));
		List<StudyRun> added = found.stream().filter(run -> known.add(run.output().toAbsolutePath().normalize()))
				.toList();
		if (added.isEmpty()) {
			return;
		}
		synchronized (this) {
			List<StudyRun> all = new ArrayList<>(runs);
			all.addAll(added);
			all.sort(Comparator.comparing(StudyRun::started).reversed());
			runs.clear();
			runs.addAll(all);
		}
		added.forEach(this::changed);
	}

	/** @return the study runs, newest first */
	public List<StudyRun> runs() {
		return List.copyOf(runs);
	}

	/** @param listener hears of every change from now on */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** @param listener no longer hears of changes */
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	void added(StudyRun run) {
		synchronized (this) {
			runs.add(0, run);
		}
		changed(run);
	}

	void changed(StudyRun run) {
		for (Listener listener : listeners) {
			listener.changed(run);
		}
		if (run.state() != StudyRun.State.RUNNING) {
			save();
		}
	}

	private synchronized void save() {
		if (store == null) {
			return;
		}
		StringBuilder text = new StringBuilder();
		runs.stream().filter(r -> r.state() != StudyRun.State.RUNNING).limit(KEPT)
				.forEach(r -> text.append(String.join("\t", r.file().toString(), r.study(), r.output().toString(),
						r.started().toString(), r.state().name(), Integer.toString(r.total()),
						Long.toString(r.duration().toMillis()), Integer.toString(r.finished()))).append('\n'));
		try {
			AtomicFiles.write(store, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
		} catch (IOException e) {
			ILog.of(RunHistory.class).warn("cannot keep the run history in " + store + ": " + e.getMessage(), e);
		}
	}

	private static List<StudyRun> load(Path store) {
		List<StudyRun> loaded = new ArrayList<>();
		if (!Files.isRegularFile(store)) {
			return loaded;
		}
		try {
			for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
				String[] f = line.split("\t");
				if (f.length != 7 && f.length != 8) {
					continue; // written by another version: skip rather than guess
				}
				try {
					StudyRun.State state = StudyRun.State.valueOf(f[4]);
					int total = Integer.parseInt(f[5]);
					// the finished runs, last; lines of versions before it did not record them: every run of a finished
					// study, unknown (-1) for the others
					int finished = f.length == 8 ? Integer.parseInt(f[7])
							: state == StudyRun.State.FINISHED ? total : StudyRun.UNKNOWN;
					loaded.add(StudyRun.restored(Path.of(f[0]), f[1], Path.of(f[2]), Instant.parse(f[3]), state, total,
							finished, Duration.ofMillis(Long.parseLong(f[6]))));
				} catch (RuntimeException e) {
					ILog.of(RunHistory.class).warn(store + ": unreadable line skipped: " + line);
				}
			}
		} catch (IOException e) {
			ILog.of(RunHistory.class).warn("cannot read the run history " + store + ": " + e.getMessage(), e);
		}
		return loaded;
	}
}
