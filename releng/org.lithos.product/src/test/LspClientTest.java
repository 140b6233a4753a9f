// The LSP client test: drives `lithos lsp` of the materialized product over stdio with LSP4J's client, as an
// editor would. Run by lsp-client-test.sh (a single-file Java program on the product's own LSP4J and Gson jars).
//   java -cp LSP4J:JSONRPC:GSON LspClientTest.java LAUNCHER EXAMPLES_DIR
// Prints the time to ready and the diagnostics latency; exits 1 on the first failed expectation.

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

public class LspClientTest {

	static final long TIMEOUT_S = 120;
	static final Map<String, CompletableFuture<List<Diagnostic>>> published = new ConcurrentHashMap<>();
	static int version = 1;

	public static void main(String[] args) throws Exception {
		Path launcher = Path.of(args[0]);
		Path examples = Path.of(args[1]);
		Path folder = Files.createTempDirectory("lithos-lsp-client");
		List<Path> files = new ArrayList<>();
		try (Stream<Path> list = Files.list(examples)) {
			for (Path example : list.filter(p -> p.toString().endsWith(".cell")).sorted().toList()) {
				files.add(Files.copy(example, folder.resolve(example.getFileName())));
			}
		}
		check(!files.isEmpty(), "examples found in " + examples);
		// an example with an injected error, on disk as in the editor, so that lithos check sees the same text
		Path tour = folder.resolve("tour.cell");
		String clean = Files.readString(tour);
		String text = clean.replace("collector Cu 9 um {", "collector Cuu 9 um {");
		check(!text.equals(clean), "the error was injected");
		Files.writeString(tour, text);
		// the first build publishes the diagnostics of every file: the server is ready when all have arrived
		List<CompletableFuture<List<Diagnostic>>> initialBuild = files.stream().map(LspClientTest::expect).toList();

		long start = System.nanoTime();
		Process process = new ProcessBuilder(launcher.toString(), "lsp")
				.redirectError(folder.resolve("server.log").toFile()).start();
		Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(new Client(), process.getInputStream(),
				process.getOutputStream());
		client.startListening();
		LanguageServer server = client.getRemoteProxy();

		InitializeParams initialize = new InitializeParams();
		initialize.setProcessId((int) ProcessHandle.current().pid());
		initialize.setCapabilities(new ClientCapabilities());
		initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "examples")));
		long sent = System.nanoTime();
		var result = server.initialize(initialize).get(TIMEOUT_S, TimeUnit.SECONDS);
		long answered = System.nanoTime();
		check(result.getCapabilities().getCompletionProvider() != null, "the server offers completion");
		server.initialized(new InitializedParams());
		CompletableFuture.allOf(initialBuild.toArray(CompletableFuture[]::new)).get(TIMEOUT_S, TimeUnit.SECONDS);
		long ready = System.nanoTime();

		// opening the broken example gives the diagnostics of `lithos check` on the same file
		List<Diagnostic> diagnostics = open(server, tour, text);
		List<String> expected = lithosCheck(launcher, tour);
		List<String> actual = diagnostics.stream().map(LspClientTest::asCheckLine).sorted().toList();
		check(expected.stream().anyMatch(l -> l.contains("unknown material 'Cuu'")), "lithos check reports the error: " + expected);
		check(expected.equals(actual), "the same diagnostics as lithos check:\n  check: " + expected + "\n  lsp:   " + actual);

		// completion at the material lists the library's materials
		Position material = position(text, "collector Cuu", "collector ".length());
		var completion = server.getTextDocumentService().completion(new CompletionParams(document(tour), material))
				.get(TIMEOUT_S, TimeUnit.SECONDS);
		List<String> labels = (completion.isLeft() ? completion.getLeft() : completion.getRight().getItems()).stream()
				.map(CompletionItem::getLabel).toList();
		check(labels.containsAll(List.of("Cu", "Li6PS5Cl", "NMC811", "Mg", "W")), "completion lists library materials: " + labels);

		// hover on a library material is its properties
		var hover = server.getTextDocumentService().hover(new HoverParams(document(tour),
				position(text, "layer W 30 nm", "layer ".length()))).get(TIMEOUT_S, TimeUnit.SECONDS);
		String hoverText = hover == null ? "" : hover.getContents().getRight().getValue();
		check(hoverText.contains("material W") && hoverText.contains("density"), "hover on W: " + hoverText);

		// a code action for the unknown material
		Diagnostic unknown = diagnostics.stream().filter(d -> d.getMessage().getLeft().contains("unknown material 'Cuu'")).findFirst()
				.orElseThrow();
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = server.getTextDocumentService()
				.codeAction(new CodeActionParams(document(tour), unknown.getRange(), new CodeActionContext(List.of(unknown))))
				.get(TIMEOUT_S, TimeUnit.SECONDS);
		check(actions.stream().filter(Either::isRight).flatMap(a -> a.getRight().getEdit().getChanges().values().stream())
				.flatMap(List::stream).anyMatch(edit -> edit.getNewText().equals("Cu")), "a quick fix changes Cuu to Cu: " + actions);

		// diagnostics latency: an edit that breaks and one that repairs, several times
		List<Long> latencies = new ArrayList<>();
		String repaired = clean;
		for (int i = 0; i < 6; i++) {
			long before = System.nanoTime();
			List<Diagnostic> after = change(server, tour, i % 2 == 0 ? repaired : text);
			latencies.add((System.nanoTime() - before) / 1_000_000);
			check(after.isEmpty() == (i % 2 == 0), "edit " + i + " gives " + after);
		}

		// formatting every example is idempotent (and the examples are formatted already)
		for (Path file : files) {
			String original = file.equals(tour) ? repaired : Files.readString(file);
			if (!file.equals(tour)) {
				open(server, file, original);
			}
			String once = format(server, file, original);
			check(once.equals(original), file.getFileName() + " is formatted already");
			String messy = original.replaceAll("(?m)^ +", "");
			change(server, file, messy);
			String fixed = format(server, file, messy);
			change(server, file, fixed);
			check(format(server, file, fixed).equals(fixed), file.getFileName() + ": formatting is idempotent");
			check(fixed.equals(original), file.getFileName() + ": formatting restores the canonical layout");
		}

		server.shutdown().get(TIMEOUT_S, TimeUnit.SECONDS);
		server.exit();
		check(process.waitFor(30, TimeUnit.SECONDS), "the server ends after exit");
		check(process.exitValue() == 0, "exit code 0 after shutdown and exit, got " + process.exitValue());

		latencies.sort(Comparator.naturalOrder());
		System.out.printf("lsp client test passed: process start to initialize answered %d ms; initialize to ready (the "
				+ "library and %d examples indexed and their diagnostics published) %d ms; diagnostics after an edit "
				+ "%d ms median (%d-%d ms)%n", (answered - start) / 1_000_000, files.size(), (ready - sent) / 1_000_000,
				latencies.get(latencies.size() / 2), latencies.get(0), latencies.get(latencies.size() - 1));
	}

	static List<Diagnostic> open(LanguageServer server, Path file, String text) throws Exception {
		CompletableFuture<List<Diagnostic>> future = expect(file);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "lithos", version++, text)));
		return future.get(TIMEOUT_S, TimeUnit.SECONDS);
	}

	static List<Diagnostic> change(LanguageServer server, Path file, String text) throws Exception {
		CompletableFuture<List<Diagnostic>> future = expect(file);
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(file), version++), List.of(new TextDocumentContentChangeEvent(text))));
		return future.get(TIMEOUT_S, TimeUnit.SECONDS);
	}

	static String format(LanguageServer server, Path file, String text) throws Exception {
		List<? extends TextEdit> edits = server.getTextDocumentService().formatting(
				new DocumentFormattingParams(document(file), new FormattingOptions(4, true))).get(TIMEOUT_S, TimeUnit.SECONDS);
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}

	static CompletableFuture<List<Diagnostic>> expect(Path file) {
		CompletableFuture<List<Diagnostic>> future = new CompletableFuture<>();
		published.put(uri(file), future);
		return future;
	}

	/** @return `lithos check FILE` as sorted "line:col: severity: message" lines */
	static List<String> lithosCheck(Path launcher, Path file) throws Exception {
		Process check = new ProcessBuilder(launcher.toString(), "check", file.toString())
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String out = new String(check.getInputStream().readAllBytes());
		check.waitFor();
		String prefix = file + ":";
		return out.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).sorted().toList();
	}

	static String asCheckLine(Diagnostic d) {
		String severity = d.getSeverity() == DiagnosticSeverity.Error ? "error" : "warning";
		return (d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1) + ": "
				+ severity + ": " + d.getMessage().getLeft();
	}

	static String uri(Path file) {
		return file.toAbsolutePath().normalize().toUri().toString();
	}

	static TextDocumentIdentifier document(Path file) {
		return new TextDocumentIdentifier(uri(file));
	}

	static Position position(String text, String at, int plus) {
		int offset = text.indexOf(at);
		check(offset >= 0, "'" + at + "' in the text");
		offset += plus;
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	static void check(boolean condition, String what) {
		if (!condition) {
			System.err.println("lsp client test FAILED: " + what);
			System.exit(1);
		}
	}

	static final class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			published.computeIfAbsent(params.getUri(), u -> new CompletableFuture<>()).complete(params.getDiagnostics());
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
			System.err.println("server: " + message.getMessage());
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
