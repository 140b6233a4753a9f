package org.lithos.data.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.lithos.data.CyclerFormat;

/**
 * Where a format keeps its quantities: for each {@link Role} the column names it uses (first match wins), the unit
 * a column has when its header gives none, and how to recognise the format's header row.
 *
 * @param format       the format
 * @param names        column names per role, compared as {@link HeaderCell#key()}
 * @param defaultUnits units of columns whose header has none
 * @param signature    true for a header row of this format (its cells' keys)
 */
public record Layout(CyclerFormat format, Map<Role, List<String>> names, Map<Role, String> defaultUnits,
		Predicate<Set<String>> signature) {

	/** The roles without which no curve can be built. */
	public static final List<Role> REQUIRED = List.of(Role.TIME, Role.VOLTAGE, Role.CURRENT);

	/**
	 * @param keys the keys of a row's cells
	 * @return whether the row is this format's header: it names time, voltage and current and fits the signature
	 */
	public boolean isHeader(Set<String> keys) {
		return REQUIRED.stream().allMatch(role -> names.getOrDefault(role, List.of()).stream()
				.anyMatch(name -> keys.contains(HeaderCell.key(name)))) && signature.test(keys);
	}

	/** Builds a layout role by role. */
	public static final class Builder {
		private final CyclerFormat format;
		private final Map<Role, List<String>> names = new EnumMap<>(Role.class);
		private final Map<Role, String> units = new EnumMap<>(Role.class);
		private Predicate<Set<String>> signature = keys -> true;

		/** @param format the format the layout is for */
		public Builder(CyclerFormat format) {
			this.format = format;
		}

		/**
		 * @param role  a role
		 * @param names the column names it goes by, preferred first
		 * @return this
		 */
		public Builder column(Role role, String... names) {
			this.names.put(role, List.of(names));
			return this;
		}

		/**
		 * @param role a role
		 * @param unit the unit its column has when the header gives none
		 * @return this
		 */
		public Builder unit(Role role, String unit) {
			units.put(role, unit);
			return this;
		}

		/**
		 * @param keys header keys of which the header row must contain at least one
		 * @return this
		 */
		public Builder anyOf(String... keys) {
			List<String> wanted = List.of(keys).stream().map(HeaderCell::key).toList();
			signature = found -> wanted.stream().anyMatch(found::contains);
			return this;
		}

		/** @return the layout */
		public Layout build() {
			return new Layout(format, Map.copyOf(names), Map.copyOf(units), signature);
		}
	}
}
