package org.lithos.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of a Li deposit on a lattice of cubic sites, as a kinetic Monte Carlo solver sees it: a vertical
 * cross-section (x across, z up) and a map of the deposit top seen from above (x across, y in depth). Toolkit-free
 * and immutable: the arrays are copied in and out. Site codes are {@link #EMPTY}, {@link #COLLECTOR},
 * {@link #COATING} and {@link #LITHIUM}.
 *
 * @param title       what the picture shows, e.g. "Li2Te-Cu, 1 mA/cm2, 0.05 mAh/cm2"
 * @param siteSize    edge length of one lattice site in m, finite and positive
 * @param nx          width of the lattice in sites, at least 1
 * @param ny          depth of the lattice in sites, 1 for a two-dimensional lattice
 * @param nz          height of the lattice in sites, at least 1
 * @param section     the cross-section, {@code nx * nz} site codes, index {@code z * nx + x}, z = 0 at the bottom
 * @param sectionTime the time in s at which each Li site of {@code section} was deposited (same indices), NaN for
 *                    other sites; null when the solver does not record it
 * @param heights     the height of the deposit top of each column in sites, {@code nx * ny} values in 0..nz, index
 *                    {@code y * nx + x}, counted like the section's z: one more than the z of the topmost occupied
 *                    site (Li or substrate), so a bare column stands at the substrate surface
 * @param top         the code of the topmost occupied site of each column (same indices as {@code heights}), null
 *                    when unknown (then a column counts as bare where it is no higher than the substrate surface)
 * @param time        the time of the snapshot in s, finite and not negative
 * @param charge      the charge deposited until then in A s/m2 (36000 A s/m2 is 1 mAh/cm2), finite and not
 *                    negative
 * @param collector   the name of the current collector's material for the legend, e.g. "Cu"; not blank
 * @param coating     the name of the coating's material for the legend, e.g. "Li2Te", "" for none
 * @param cut         where {@code section} is cut (its row y within 0..ny-1, its column x within 0..nx-1), null when
 *                    unknown
 * @param otherCuts   the other sections taken of the same snapshot, which views from above mark beside
 *                    {@code cut}; empty for none
 */
public record DepositPicture(String title, double siteSize, int nx, int ny, int nz, byte[] section,
		float[] sectionTime, int[] heights, byte[] top, double time, double charge, String collector,
		String coating, SectionCut cut, List<SectionCut> otherCuts) {

	/** Code of an empty site (electrolyte). */
	public static final byte EMPTY = 0;
	/** Code of a current collector site. */
	public static final byte COLLECTOR = 1;
	/** Code of a coating (interlayer) site. */
	public static final byte COATING = 2;
	/** Code of a Li site. */
	public static final byte LITHIUM = 3;

	/** The charge in A s/m2 of 1 mAh/cm2. */
	private static final double AS_PER_M2_PER_MAH_PER_CM2 = 36_000;

	/** Checks and copies the arguments. */
	public DepositPicture {
		Objects.requireNonNull(title, "title");
		if (!(siteSize > 0) || !Double.isFinite(siteSize)) {
			throw new IllegalArgumentException("site size must be a positive length in m, not " + siteSize);
		}
		if (nx < 1 || ny < 1 || nz < 1) {
			throw new IllegalArgumentException("lattice needs at least one site in every direction, not nx = " + nx
					+ ", ny = " + ny + ", nz = " + nz);
		}
		int sectionSites = sites(nx, nz, "nx * nz");
		int columns = sites(nx, ny, "nx * ny");
		section = Objects.requireNonNull(section, "section").clone();
		length("section", section.length, sectionSites, "nx * nz = " + nx + " * " + nz);
		codes("section", section);
		if (sectionTime != null) {
			sectionTime = sectionTime.clone();
			length("sectionTime", sectionTime.length, sectionSites, "nx * nz = " + nx + " * " + nz);
			for (int i = 0; i < sectionTime.length; i++) {
				float t = sectionTime[i];
				if (t < 0 || Float.isInfinite(t)) {
					throw new IllegalArgumentException("sectionTime[" + i + "] must be a time >= 0 s or NaN, not " + t);
				}
			}
		}
		heights = Objects.requireNonNull(heights, "heights").clone();
		length("heights", heights.length, columns, "nx * ny = " + nx + " * " + ny);
		for (int i = 0; i < heights.length; i++) {
			if (heights[i] < 0 || heights[i] > nz) {
				throw new IllegalArgumentException("heights[" + i + "] must be 0.." + nz + " sites, not " + heights[i]);
			}
		}
		if (top != null) {
			top = top.clone();
			length("top", top.length, columns, "nx * ny = " + nx + " * " + ny);
			codes("top", top);
		}
		if (!(time >= 0) || !Double.isFinite(time)) {
			throw new IllegalArgumentException("time must be finite and >= 0 s, not " + time);
		}
		if (!(charge >= 0) || !Double.isFinite(charge)) {
			throw new IllegalArgumentException("deposited charge must be finite and >= 0 A s/m2, not " + charge);
		}
		Objects.requireNonNull(collector, "collector");
		if (collector.isBlank()) {
			throw new IllegalArgumentException("the collector needs a material name for the legend");
		}
		coating = coating == null ? "" : coating.strip();
		otherCuts = otherCuts == null ? List.of() : List.copyOf(otherCuts);
		for (SectionCut c : cutsOf(cut, otherCuts)) {
			if (c.x() >= nx || c.y() >= ny) {
				throw new IllegalArgumentException("the section through the " + c.reason() + " at x = " + c.x()
						+ ", y = " + c.y() + " lies outside the " + nx + " x " + ny + " columns");
			}
		}
	}

	/**
	 * A picture that does not say where its section is cut.
	 *
	 * @param title       what the picture shows
	 * @param siteSize    edge length of one site in m
	 * @param nx          width in sites
	 * @param ny          depth in sites
	 * @param nz          height in sites
	 * @param section     the cross-section's site codes
	 * @param sectionTime deposition times, or null
	 * @param heights     column heights in sites
	 * @param top         top codes, or null
	 * @param time        time in s
	 * @param charge      deposited charge in A s/m2
	 * @param collector   the collector's name
	 * @param coating     the coating's name, "" for none
	 */
	public DepositPicture(String title, double siteSize, int nx, int ny, int nz, byte[] section, float[] sectionTime,
			int[] heights, byte[] top, double time, double charge, String collector, String coating) {
		this(title, siteSize, nx, ny, nz, section, sectionTime, heights, top, time, charge, collector, coating, null,
				List.of());
	}

	private static List<SectionCut> cutsOf(SectionCut cut, List<SectionCut> others) {
		List<SectionCut> all = new ArrayList<>();
		if (cut != null) {
			all.add(cut);
		}
		all.addAll(others);
		return all;
	}

	/**
	 * Every cut of the snapshot, for views from above to mark.
	 *
	 * @return {@link #cut()} (when known) first, then {@link #otherCuts()}
	 */
	public List<SectionCut> cuts() {
		return List.copyOf(cutsOf(cut, otherCuts));
	}

	/**
	 * The same snapshot seen through another of its sections.
	 *
	 * @param other       where that section is cut; it becomes {@link #cut()}, and this picture's cut one of the
	 *                    other cuts
	 * @param codes       its site codes, {@code nx * nz}, index {@code z * nx + x}
	 * @param times       its deposition times (same index), or null
	 * @return the picture showing that section
	 */
	public DepositPicture withSection(SectionCut other, byte[] codes, float[] times) {
		Objects.requireNonNull(other, "other");
		List<SectionCut> rest = new ArrayList<>(cuts());
		rest.remove(other);
		return new DepositPicture(title, siteSize, nx, ny, nz, codes, times, heights, top, time, charge, collector,
				coating, other, rest);
	}

	private static int sites(int a, int b, String what) {
		try {
			return Math.multiplyExact(a, b);
		} catch (ArithmeticException e) {
			throw new IllegalArgumentException("lattice too large: " + what + " = " + a + " * " + b
					+ " exceeds an array", e);
		}
	}

	private static void length(String name, int actual, int expected, String why) {
		if (actual != expected) {
			throw new IllegalArgumentException(name + " must have " + why + " = " + expected + " values, not "
					+ actual);
		}
	}

	private static void codes(String name, byte[] codes) {
		for (int i = 0; i < codes.length; i++) {
			if (codes[i] < EMPTY || codes[i] > LITHIUM) {
				throw new IllegalArgumentException(name + "[" + i + "] must be a site code 0..3 (empty, collector, "
						+ "coating, Li), not " + codes[i]);
			}
		}
	}

	/**
	 * The cross-section.
	 *
	 * @return a copy: site codes, index {@code z * nx + x}
	 */
	@Override
	public byte[] section() {
		return section.clone();
	}

	/**
	 * The deposition times.
	 *
	 * @return a copy in s, index {@code z * nx + x}, NaN for sites that are not Li; null when not recorded
	 */
	@Override
	public float[] sectionTime() {
		return sectionTime == null ? null : sectionTime.clone();
	}

	/**
	 * The heights of the deposit top.
	 *
	 * @return a copy in sites, index {@code y * nx + x}
	 */
	@Override
	public int[] heights() {
		return heights.clone();
	}

	/**
	 * The codes of the topmost sites.
	 *
	 * @return a copy, index {@code y * nx + x}; null when unknown
	 */
	@Override
	public byte[] top() {
		return top == null ? null : top.clone();
	}

	/**
	 * One site of the cross-section, without copying.
	 *
	 * @param x 0..nx-1
	 * @param z 0..nz-1, 0 at the bottom
	 * @return its code
	 */
	public byte code(int x, int z) {
		return section[z * nx + x];
	}

	/**
	 * The deposition time of one site of the cross-section, without copying.
	 *
	 * @param x 0..nx-1
	 * @param z 0..nz-1
	 * @return the time in s, NaN when not Li or not recorded
	 */
	public double depositionTime(int x, int z) {
		return sectionTime == null ? Double.NaN : sectionTime[z * nx + x];
	}

	/**
	 * The height of one column, without copying.
	 *
	 * @param x 0..nx-1
	 * @param y 0..ny-1
	 * @return the height of its deposit top in sites
	 */
	public int height(int x, int y) {
		return heights[y * nx + x];
	}

	/**
	 * The code of the topmost site of one column, without copying.
	 *
	 * @param x 0..nx-1
	 * @param y 0..ny-1
	 * @return its code, or -1 when {@link #top()} is unknown
	 */
	public int topCode(int x, int y) {
		return top == null ? -1 : top[y * nx + x];
	}

	/**
	 * Whether the lattice is two-dimensional.
	 *
	 * @return true when {@code ny == 1}
	 */
	public boolean isTwoDimensional() {
		return ny == 1;
	}

	/**
	 * Whether deposition times were recorded.
	 *
	 * @return true when {@link #sectionTime()} is not null
	 */
	public boolean hasSectionTime() {
		return sectionTime != null;
	}

	/**
	 * The lattice's width.
	 *
	 * @return {@code nx * siteSize} in m
	 */
	public double width() {
		return nx * siteSize;
	}

	/**
	 * The substrate surface: the lowest z at which some column of the cross-section is no longer collector or
	 * coating, so a flat substrate of collector and coating ends there.
	 *
	 * @return a z in sites, 0..nz
	 */
	public int substrateTop() {
		int lowest = nz;
		for (int x = 0; x < nx; x++) {
			int z = 0;
			while (z < nz && (section[z * nx + x] == COLLECTOR || section[z * nx + x] == COATING)) {
				z++;
			}
			lowest = Math.min(lowest, z);
		}
		return lowest;
	}

	/**
	 * The top of everything in the cross-section.
	 *
	 * @return one more than the highest z with an occupied site, 0 when all are empty
	 */
	public int occupiedTop() {
		for (int z = nz - 1; z >= 0; z--) {
			for (int x = 0; x < nx; x++) {
				if (section[z * nx + x] != EMPTY) {
					return z + 1;
				}
			}
		}
		return 0;
	}

	/**
	 * The deposited charge in the unit papers use.
	 *
	 * @return {@link #charge()} in mAh/cm2
	 */
	public double chargeMilliampHoursPerSquareCentimetre() {
		return charge / AS_PER_M2_PER_MAH_PER_CM2;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof DepositPicture o && title.equals(o.title) && siteSize == o.siteSize && nx == o.nx
				&& ny == o.ny && nz == o.nz && Arrays.equals(section, o.section)
				&& Arrays.equals(sectionTime, o.sectionTime) && Arrays.equals(heights, o.heights)
				&& Arrays.equals(top, o.top) && Double.compare(time, o.time) == 0
				&& Double.compare(charge, o.charge) == 0 && collector.equals(o.collector)
				&& coating.equals(o.coating) && Objects.equals(cut, o.cut) && otherCuts.equals(o.otherCuts);
	}

	@Override
	public int hashCode() {
		return Objects.hash(title, siteSize, nx, ny, nz, Arrays.hashCode(section), Arrays.hashCode(sectionTime),
				Arrays.hashCode(heights), Arrays.hashCode(top), time, charge, collector, coating, cut, otherCuts);
	}

	@Override
	public String toString() {
		return "DepositPicture[" + title + ", " + nx + " x " + ny + " x " + nz + " sites of " + siteSize + " m, t = "
				+ time + " s, q = " + charge + " A s/m2" + (cut == null ? "" : ", cut through the " + cut.reason()
				+ " at x = " + cut.x() + ", y = " + cut.y()) + "]";
	}
}
