package org.lithos.charts.internal;

/** The ids of the charts {@link org.lithos.charts.ChartModels} builds; also file-name stems. */
public final class ChartIds {

	/** Voltage against time. */
	public static final String VOLTAGE_VS_TIME = "voltage-vs-time";
	/** Voltage against the charge of each step, for chosen cycles. */
	public static final String VOLTAGE_VS_CAPACITY = "voltage-vs-capacity";
	/** Coulombic efficiency against cycle. */
	public static final String EFFICIENCY_VS_CYCLE = "coulombic-efficiency-vs-cycle";
	/** Capacity retention against cycle. */
	public static final String RETENTION_VS_CYCLE = "retention-vs-cycle";
	/** Overpotentials against cycle. */
	public static final String OVERPOTENTIAL_VS_CYCLE = "overpotential-vs-cycle";
	/** Charge and discharge capacity against cycle. */
	public static final String CAPACITY_VS_CYCLE = "capacity-vs-cycle";
	/** Li inventory against cycle. */
	public static final String INVENTORY_VS_CYCLE = "li-inventory-vs-cycle";
	/** Substrate coverage against deposited charge. */
	public static final String COVERAGE_VS_CHARGE = "coverage-vs-charge";
	/** Porosity of the deposit against deposited charge. */
	public static final String POROSITY_VS_CHARGE = "porosity-vs-charge";
	/** Mean and tip height of the deposit against deposited charge. */
	public static final String HEIGHT_VS_CHARGE = "height-vs-charge";
	/** Roughness of the deposit against deposited charge. */
	public static final String ROUGHNESS_VS_CHARGE = "roughness-vs-charge";

	private ChartIds() {
	}

	/**
	 * A file-system friendly id from words.
	 *
	 * @param words e.g. "first cycle efficiency", "j"
	 * @return e.g. "first-cycle-efficiency"
	 */
	public static String slug(String words) {
		String slug = words.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		return slug.replaceAll("^-+|-+$", "");
	}
}
