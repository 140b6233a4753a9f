package org.lithos.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lithos.cli.ListedCommand;
import org.lithos.cli.Lithos;
import org.lithos.cli.api.Command;
import org.lithos.cli.internal.FrameworkServices;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * The command line makes only the command it runs: {@code lithos lsp} must not activate every command of every bundle
 * (and with them the solvers and renderers) before the language server can start. In OSGi the commands are listed
 * from their service properties and got when one runs.
 */
class CommandSelectionTest {

	private final List<ServiceRegistration<?>> registered = new ArrayList<>();

	@AfterEach
	void unregister() {
		registered.forEach(ServiceRegistration::unregister);
	}

	@Test
	void runningACommandMakesNoOther() {
		Map<String, AtomicInteger> made = new TreeMap<>();
		Lithos lithos = lithos(List.of(counted("alpha", made), counted("beta", made), counted("gamma", made)));
		assertEquals(0, lithos.run(new String[] { "beta", "x" }));
		assertEquals(Map.of("beta", 1), counts(made));
	}

	@Test
	void helpListsEveryCommandWithoutMakingOne() {
		Map<String, AtomicInteger> made = new TreeMap<>();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Lithos lithos = new Lithos(new PrintStream(out, true, StandardCharsets.UTF_8), quiet(),
				List.of(counted("alpha", made), counted("beta", made)));
		assertEquals(0, lithos.run(new String[] { "--help" }));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("  beta       does beta"), out.toString(StandardCharsets.UTF_8));
		assertEquals(2, lithos.run(new String[] { "bta" }), "an unknown command is a usage error");
		assertEquals(Map.of(), counts(made));
		assertEquals(0, lithos.run(new String[] { "help", "alpha" }));
		assertEquals(Map.of("alpha", 1), counts(made), "its usage needs the command itself");
	}

	@Test
	void aCommandThatIsNotWhatItsPropertiesSayIsAnInternalError() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Lithos lithos = new Lithos(quiet(), new PrintStream(err, true, StandardCharsets.UTF_8),
				List.of(ListedCommand.lazy("alpha", "does alpha", () -> new Named("omega"))));
		assertEquals(Command.INTERNAL, lithos.run(new String[] { "alpha" }));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("calls itself 'omega'"), err.toString(StandardCharsets.UTF_8));
	}

	/** The services as the product's framework has them: got only for the command that runs. */
	@Test
	void commandServicesAreGotOnlyWhenTheyRun() {
		Map<String, AtomicInteger> got = new TreeMap<>();
		register("lithos-test-one", true, got);
		register("lithos-test-two", true, got);
		register("lithos-test-old", false, got);
		List<ListedCommand> commands = FrameworkServices.commands();
		assertTrue(commands.stream().anyMatch(c -> c.name().equals("lithos-test-two")));
		assertEquals(Map.of("lithos-test-old", 1), counts(got),
				"a command without a name property is got to learn its name, the others are not");
		assertEquals(0, lithos(commands).run(new String[] { "lithos-test-one" }));
		assertEquals(Map.of("lithos-test-old", 1, "lithos-test-one", 1), counts(got));
	}

	/**
	 * Every command component of the bundles here (the command line's, the solvers' and the language server's) names
	 * itself in its service properties as {@code name()} and {@code summary()} do; one without would be activated at
	 * every start of {@code lithos}.
	 */
	@Test
	void everyCommandComponentCarriesItsNameAndSummary() throws ReflectiveOperationException {
		List<ComponentDescriptions.Component> components = ComponentDescriptions.providing(Command.class.getName());
		List<String> names = new ArrayList<>();
		for (ComponentDescriptions.Component component : components) {
			Command command = (Command) component.bundle().loadClass(component.implementation()).getConstructor()
					.newInstance();
			String name = component.properties().get(Command.NAME_PROPERTY);
			assertNotNull(name, component.implementation() + " has no " + Command.NAME_PROPERTY);
			assertEquals(command.name(), name, component.implementation());
			assertEquals(command.summary(), component.properties().get(Command.SUMMARY_PROPERTY), component.implementation());
			names.add(name);
		}
		assertTrue(names.containsAll(List.of("check", "run", "calibrate", "surrogate", "lsp")), names.toString());
		assertFalse(names.stream().distinct().count() < names.size(), "two commands with one name: " + names);
	}

	private static Lithos lithos(List<ListedCommand> commands) {
		return new Lithos(quiet(), quiet(), commands);
	}

	private static PrintStream quiet() {
		return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
	}

	private static ListedCommand counted(String name, Map<String, AtomicInteger> made) {
		return ListedCommand.lazy(name, "does " + name, () -> {
			made.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
			return new Named(name);
		});
	}

	private static Map<String, Integer> counts(Map<String, AtomicInteger> made) {
		Map<String, Integer> counts = new TreeMap<>();
		made.forEach((name, count) -> counts.put(name, count.get()));
		return counts;
	}

	private void register(String name, boolean withProperties, Map<String, AtomicInteger> got) {
		Bundle own = FrameworkUtil.getBundle(CommandSelectionTest.class);
		assertNotNull(own, "runs in OSGi");
		BundleContext context = own.getBundleContext();
		Dictionary<String, Object> properties = new Hashtable<>();
		if (withProperties) {
			properties.put(Command.NAME_PROPERTY, name);
			properties.put(Command.SUMMARY_PROPERTY, "a test command");
		}
		registered.add(context.registerService(Command.class, new ServiceFactory<Command>() {
			@Override
			public Command getService(Bundle bundle, ServiceRegistration<Command> registration) {
				got.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
				return new Named(name);
			}

			@Override
			public void ungetService(Bundle bundle, ServiceRegistration<Command> registration, Command service) {
				// nothing held
			}
		}, properties));
	}

	/** A command that only has a name. */
	private record Named(String name) implements Command {

		@Override
		public String summary() {
			return "does " + name;
		}

		@Override
		public String usage() {
			return "Usage: lithos " + name + "\n";
		}

		@Override
		public int run(List<String> args, PrintStream out, PrintStream err) {
			return OK;
		}
	}
}
