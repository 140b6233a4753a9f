package org.lithos.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.lithos.cli.api.Arguments;
import org.lithos.cli.api.Command;
import org.lithos.cli.api.UsageException;
import org.lithos.dsl.lithos.Interface;
import org.lithos.dsl.lithos.Material;
import org.lithos.dsl.lithos.Model;
import org.lithos.dsl.lithos.Setting;
import org.lithos.dsl.workspace.LithosWorkspace;
import org.lithos.model.text.Suggest;
import org.osgi.service.component.annotations.Component;

/**
 * {@code lithos materials [NAME...]}: the built-in material library as a reader wants it, every material with its
 * kind, description and properties (values with units, the conditions they were measured at, and sources), and
 * the interfaces between materials. Read from the library's own files, so it always matches what runs use.
 */
@Component(service = Command.class, property = { Command.NAME_PROPERTY + "=" + MaterialsCommand.NAME,
		Command.SUMMARY_PROPERTY + "=" + MaterialsCommand.SUMMARY })
public final class MaterialsCommand implements Command {

	/** The word that selects the command. */
	static final String NAME = "materials";
	/** The line {@code lithos --help} shows. */
	static final String SUMMARY = "list the built-in material library: names, properties, units and sources";

	/** The library's package. */
	static final String LIBRARY = "lithos.materials";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String summary() {
		return SUMMARY;
	}

	@Override
	public String usage() {
		return """
				Usage: lithos materials [--names] [NAME...]

				Lists the materials of the built-in library (package lithos.materials) with their kind, description
				and every property: value and unit, the conditions after 'at', and the source. With NAMEs, only those
				materials and the interfaces they take part in (names are case-insensitive).

				Options:
				  --names    one line per material: name, kind and description

				Exit codes: 0 listed, 1 a NAME is not in the library, 2 wrong command line.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments = new Arguments(args, Set.of(), Set.of("--names"));
		LithosWorkspace workspace = LithosWorkspace.create();
		List<Material> materials = new ArrayList<>();
		List<Interface> interfaces = new ArrayList<>();
		for (Resource resource : List.copyOf(workspace.resourceSet().getResources())) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Model model && LIBRARY.equals(model.getName())) {
					model.getElements().forEach(e -> {
						if (e instanceof Material m) {
							materials.add(m);
						} else if (e instanceof Interface i) {
							interfaces.add(i);
						}
					});
				}
			}
		}
		materials.sort((a, b) -> a.getName().compareToIgnoreCase(b.getName()));
		List<String> wanted = arguments.operands().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
		List<String> names = materials.stream().map(Material::getName).toList();
		for (String name : arguments.operands()) {
			if (names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
				err.println("lithos materials: no material '" + name + "' in the library" + Suggest.didYouMean(name, names));
				return INPUT_ERRORS;
			}
		}
		for (Material material : materials) {
			if (!wanted.isEmpty() && !wanted.contains(material.getName().toLowerCase(Locale.ROOT))) {
				continue;
			}
			out.println(material.getName() + (material.getKind() == null ? "" : "  " + material.getKind().getLiteral())
					+ (material.getParent() == null ? "" : "  extends " + material.getParent().getName())
					+ (material.getDescription() == null ? "" : "  \"" + material.getDescription() + "\""));
			if (!arguments.flag("--names")) {
				material.getSettings().forEach(setting -> out.println(setting(setting)));
			}
		}
		if (arguments.flag("--names")) {
			return OK;
		}
		for (Interface contact : interfaces) {
			String first = contact.getFirst() == null ? "?" : contact.getFirst().getName();
			String second = contact.getSecond() == null ? "?" : contact.getSecond().getName();
			if (!wanted.isEmpty() && !wanted.contains(first.toLowerCase(Locale.ROOT))
					&& !wanted.contains(second.toLowerCase(Locale.ROOT))) {
				continue;
			}
			out.println("interface " + first + " | " + second
					+ (contact.getDescription() == null ? "" : "  \"" + contact.getDescription() + "\""));
			contact.getSettings().forEach(setting -> out.println(setting(setting)));
		}
		if (materials.isEmpty()) {
			throw new UsageException("the material library is missing from this installation");
		}
		return OK;
	}

	/** @return "    density 0.534 g/cm3 at 25 C   [CRC Handbook ...]" */
	static String setting(Setting setting) {
		String value = setting.getValue() == null ? "" : text(setting.getValue());
		StringBuilder line = new StringBuilder("    ").append(setting.getName()).append(' ').append(value);
		if (!setting.getConditions().isEmpty()) {
			line.append(" at ").append(String.join(", ", setting.getConditions().stream().map(MaterialsCommand::text).toList()));
		}
		if (setting.getSource() != null) {
			line.append("   [").append(setting.getSource()).append(']');
		}
		return line.toString();
	}

	private static String text(EObject node) {
		var parsed = NodeModelUtils.findActualNodeFor(node);
		return parsed == null ? "" : NodeModelUtils.getTokenText(parsed);
	}
}
