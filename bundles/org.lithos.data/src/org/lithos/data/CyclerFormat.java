package org.lithos.data;

/**
 * The file formats {@link MeasuredData} reads. Each normalises to the same {@link MeasuredCurve}; what differs is
 * where the table starts, what its columns are called, the units it writes and how it signs the current.
 */
public enum CyclerFormat {

	/** BioLogic EC-Lab text export (.mpt): tab-separated, "Nb header lines" preamble, current positive anodic. */
	BIOLOGIC_MPT("BioLogic EC-Lab text (.mpt)"),
	/** Land CT2001A XLSX export: a record sheet, current in mA signed (negative on discharge). */
	LAND_XLSX("Land CT2001A XLSX"),
	/** Arbin CSV export: Test_Time(s), Current(A) signed, cumulative charge and discharge capacity per cycle. */
	ARBIN_CSV("Arbin CSV"),
	/** Arbin XLSX export: the same columns in a channel sheet. */
	ARBIN_XLSX("Arbin XLSX"),
	/** Maccor text export: tab-separated after a header block, current unsigned with a C/D/R mode column. */
	MACCOR_TXT("Maccor text"),
	/** Neware BTS CSV export with one record table. */
	NEWARE_CSV("Neware BTS CSV"),
	/** Neware BTS "regular" CSV export: cycle, step and record tables nested by leading commas. */
	NEWARE_REGULAR_CSV("Neware BTS regular CSV"),
	/** Neware BTS XLSX export: the record sheet. */
	NEWARE_XLSX("Neware BTS XLSX"),
	/** PEC CSV export: a key-value header, then records with cumulative capacities in mAh. */
	PEC_CSV("PEC CSV"),
	/** Battery Data Format CSV (Battery Data Alliance): "Name / unit" column headers. */
	BDF_CSV("Battery Data Format CSV"),
	/** Any CSV whose columns a {@link ColumnMapping} names. */
	GENERIC_CSV("CSV with a column mapping");

	private final String label;

	CyclerFormat(String label) {
		this.label = label;
	}

	/** @return the format's name for messages, e.g. {@code Maccor text} */
	public String label() {
		return label;
	}
}
