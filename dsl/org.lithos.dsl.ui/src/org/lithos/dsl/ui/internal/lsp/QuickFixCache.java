package org.lithos.dsl.ui.internal.lsp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.lsp4j.Diagnostic;

/**
 * The server's quick fixes for every problem of one open document, asked for in the background as soon as the
 * server publishes the document's diagnostics, so that Ctrl+1 reads them without waiting: JFace's quick-assist popup
 * computes its proposals on the UI thread and has no asynchronous mode. The fixes hold edits against the text the
 * server knew, so they are only handed out while the text is still that one.
 */
public final class QuickFixCache {

	/**
	 * At most this many problems get their fixes in advance (each is one code-action request); a file with more
	 * gets the others computed when Ctrl+1 asks for them.
	 */
	static final int MAX_PROBLEMS = 200;

	/** The fixes computed for one state of the text. */
	private record Ready(long stamp, Map<Diagnostic, List<QuickFixes.Fix>> fixes) {
	}

	private final DocumentSync document;
	private volatile Ready ready;
	private volatile CompletableFuture<Void> computing = CompletableFuture.completedFuture(null);
	private final AtomicInteger requests = new AtomicInteger();

	QuickFixCache(DocumentSync document) {
		this.document = document;
	}

	/**
	 * Asks the server for the fixes of every problem it just published, unless the text moved on since (the next
	 * diagnostics bring the next round). Called on a server thread.
	 */
	void diagnosticsPublished() {
		if (document.hasPendingEdits()) {
			return;
		}
		long stamp = document.modificationStamp();
		List<Diagnostic> problems = document.diagnostics();
		computing = compute(stamp, problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
	}

	private CompletableFuture<Void> compute(long stamp, List<Diagnostic> problems) {
		Map<Diagnostic, List<QuickFixes.Fix>> fixes = new HashMap<>();
		List<CompletableFuture<?>> answers = new ArrayList<>();
		for (Diagnostic problem : problems) {
			if (problem.getCode() == null) {
				fixes.put(problem, List.of()); // fixes are keyed by the validator's issue codes
				continue;
			}
			requests.incrementAndGet();
			answers.add(QuickFixes.request(document.server(), document.uri(), List.of(problem))
					.thenAccept(answer -> {
						synchronized (fixes) {
							fixes.put(problem, answer);
						}
					}));
		}
		return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).thenRun(() -> {
			if (stamp == document.modificationStamp()) {
				Ready previous = ready;
				Map<Diagnostic, List<QuickFixes.Fix>> all = new HashMap<>();
				if (previous != null && previous.stamp() == stamp) {
					all.putAll(previous.fixes()); // problems past MAX_PROBLEMS computed on demand
				}
				synchronized (fixes) {
					all.putAll(fixes);
				}
				ready = new Ready(stamp, Map.copyOf(all));
			}
		});
	}

	/**
	 * @param problems problems of the document as last published
	 * @return their fixes, in the problems' order, when all were computed for the text on screen; otherwise null
	 *         (and they are being computed: see {@link #whenComputed()})
	 */
	public List<QuickFixes.Fix> fixes(List<Diagnostic> problems) {
		Ready current = ready;
		if (current != null && current.stamp() == document.modificationStamp() && !document.hasPendingEdits()) {
			List<QuickFixes.Fix> result = new ArrayList<>();
			boolean complete = true;
			for (Diagnostic problem : problems) {
				List<QuickFixes.Fix> known = current.fixes().get(problem);
				if (known == null) {
					complete = false;
					break;
				}
				result.addAll(known);
			}
			if (complete) {
				return result;
			}
		}
		if (computing.isDone()) {
			document.flush();
			computing = compute(document.modificationStamp(), List.copyOf(problems));
		}
		return null;
	}

	/** @return whether the fixes of the last published problems are in for the text on screen */
	public boolean isCurrent() {
		Ready current = ready;
		return current != null && current.stamp() == document.modificationStamp() && !document.hasPendingEdits()
				&& current.fixes().keySet().containsAll(document.diagnostics().subList(0,
						Math.min(document.diagnostics().size(), MAX_PROBLEMS)));
	}

	/** @return completes when the fixes being computed are in (at once when none are) */
	public CompletableFuture<Void> whenComputed() {
		return computing;
	}

	/** @return how many code-action requests this cache has sent (tests tell a cached answer from a new one) */
	public int requestCount() {
		return requests.get();
	}
}
