package org.lithos.cli.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lithos.model.text.Suggest;

/** Splits a command's arguments into options ({@code --name value} or {@code --name=value}) and operands. */
public final class Arguments {

	private final Map<String, String> options = new LinkedHashMap<>();
	private final List<String> operands = new ArrayList<>();

	/**
	 * @param args        the arguments
	 * @param withValue   options that take a value
	 * @param flags       options without a value
	 * @throws UsageException on an unknown option or a missing value
	 */
	public Arguments(List<String> args, Set<String> withValue, Set<String> flags) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--")) {
				operands.addAll(args.subList(i + 1, args.size()));
				break;
			}
			if (!arg.startsWith("--") || arg.length() == 2) {
				operands.add(arg);
				continue;
			}
			String name = arg;
			String value = null;
			int equals = arg.indexOf('=');
			if (equals > 0) {
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			if (flags.contains(name) && value == null) {
				options.put(name, "true");
			} else if (withValue.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("option " + name + " needs a value");
					}
					value = args.get(++i);
				}
				options.put(name, value);
			} else {
				List<String> known = new ArrayList<>(withValue);
				known.addAll(flags);
				throw new UsageException("unknown option '" + name + "'" + Suggest.didYouMean(name, known));
			}
		}
	}

	/** @return operands in order */
	public List<String> operands() {
		return operands;
	}

	/** @return the option's value, or the fallback */
	public String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	/** @return whether a flag was given */
	public boolean flag(String name) {
		return options.containsKey(name);
	}

	/** @return a positive whole-number option */
	public int intOption(String name, int fallback) {
		String value = options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value);
			if (number < 1) {
				throw new UsageException(name + " must be at least 1, not " + value);
			}
			return number;
		} catch (NumberFormatException e) {
			throw new UsageException(name + " takes a whole number, not '" + value + "'");
		}
	}
}
