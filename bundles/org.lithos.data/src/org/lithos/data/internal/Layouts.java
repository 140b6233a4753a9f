package org.lithos.data.internal;

import static org.lithos.data.internal.Role.CHARGE_CAPACITY;
import static org.lithos.data.internal.Role.CLOCK;
import static org.lithos.data.internal.Role.CURRENT;
import static org.lithos.data.internal.Role.CYCLE;
import static org.lithos.data.internal.Role.DISCHARGE_CAPACITY;
import static org.lithos.data.internal.Role.MODE;
import static org.lithos.data.internal.Role.NET_CHARGE;
import static org.lithos.data.internal.Role.STEP;
import static org.lithos.data.internal.Role.STEP_CAPACITY;
import static org.lithos.data.internal.Role.TIME;
import static org.lithos.data.internal.Role.VOLTAGE;

import java.util.Map;

import org.lithos.data.CyclerFormat;

/**
 * The column layouts of the cycler exports, written from the formats' public descriptions and checked against real
 * exports (the test data's README names them). Units in a header always win over the defaults here.
 */
public final class Layouts {

	private static final Map<CyclerFormat, Layout> ALL = Map.of(
			CyclerFormat.BIOLOGIC_MPT, new Layout.Builder(CyclerFormat.BIOLOGIC_MPT)
					.column(TIME, "time").column(VOLTAGE, "Ewe", "<Ewe>", "Ecell", "<Ecell>")
					.column(CURRENT, "I", "<I>").column(NET_CHARGE, "(Q-Qo)").column(CYCLE, "cycle number")
					.column(STEP, "Ns").build(),
			CyclerFormat.LAND_XLSX, land(CyclerFormat.LAND_XLSX),
			CyclerFormat.ARBIN_CSV, arbin(CyclerFormat.ARBIN_CSV),
			CyclerFormat.ARBIN_XLSX, arbin(CyclerFormat.ARBIN_XLSX),
			CyclerFormat.MACCOR_TXT, new Layout.Builder(CyclerFormat.MACCOR_TXT)
					.column(TIME, "Test", "TestTime", "Test Time").column(VOLTAGE, "Voltage", "Volts")
					.column(CURRENT, "Current", "Amps").column(STEP_CAPACITY, "Cap.", "Amp-hr", "Capacity")
					.column(CYCLE, "Cycle C", "Cyc#", "Cycle").column(STEP, "Step").column(MODE, "Md", "State")
					.column(CLOCK, "DPT Time").unit(VOLTAGE, "V").unit(CURRENT, "A").unit(STEP_CAPACITY, "Ah")
					.anyOf("Rec", "Rec#").build(),
			CyclerFormat.NEWARE_CSV, neware(CyclerFormat.NEWARE_CSV),
			CyclerFormat.NEWARE_REGULAR_CSV, neware(CyclerFormat.NEWARE_REGULAR_CSV),
			CyclerFormat.NEWARE_XLSX, neware(CyclerFormat.NEWARE_XLSX),
			CyclerFormat.PEC_CSV, new Layout.Builder(CyclerFormat.PEC_CSV)
					.column(TIME, "Total Time").column(VOLTAGE, "Voltage").column(CURRENT, "Current")
					.column(CHARGE_CAPACITY, "Charge Capacity").column(DISCHARGE_CAPACITY, "Discharge Capacity")
					.column(CYCLE, "Cycle").column(STEP, "Step").anyOf("Instruction Name").build(),
			CyclerFormat.BDF_CSV, new Layout.Builder(CyclerFormat.BDF_CSV)
					.column(TIME, "Test Time").column(VOLTAGE, "Voltage").column(CURRENT, "Current")
					.column(STEP_CAPACITY, "Step Capacity")
					.column(CHARGE_CAPACITY, "Charging Capacity", "Charge Capacity")
					.column(DISCHARGE_CAPACITY, "Discharging Capacity", "Discharge Capacity")
					.column(CYCLE, "Cycle Count", "Cycle Index").column(STEP, "Step Count", "Step Index")
					.column(MODE, "Step Type").build());

	private Layouts() {
	}

	/**
	 * @param format a format read through a layout (not {@link CyclerFormat#GENERIC_CSV})
	 * @return its layout
	 */
	public static Layout of(CyclerFormat format) {
		Layout layout = ALL.get(format);
		if (layout == null) {
			throw new IllegalArgumentException(format + " has no fixed layout");
		}
		return layout;
	}

	private static Layout land(CyclerFormat format) {
		return new Layout.Builder(format).column(TIME, "TestTime", "Test Time", "Total Time")
				.column(VOLTAGE, "Voltage").column(CURRENT, "Current").column(STEP_CAPACITY, "Capacity")
				.column(CYCLE, "Cycle-Index", "Cycle Index", "Cycle").column(STEP, "Step-Index", "Step Index", "Step")
				.column(MODE, "State", "Step Type").anyOf("TestTime", "Record", "Record ID").build();
	}

	private static Layout arbin(CyclerFormat format) {
		return new Layout.Builder(format).column(TIME, "Test Time").column(VOLTAGE, "Voltage")
				.column(CURRENT, "Current").column(CHARGE_CAPACITY, "Charge Capacity")
				.column(DISCHARGE_CAPACITY, "Discharge Capacity").column(CYCLE, "Cycle Index")
				.column(STEP, "Step Index").unit(TIME, "s").unit(VOLTAGE, "V").unit(CURRENT, "A")
				.unit(CHARGE_CAPACITY, "Ah").unit(DISCHARGE_CAPACITY, "Ah").anyOf("Data Point").build();
	}

	private static Layout neware(CyclerFormat format) {
		return new Layout.Builder(format).column(TIME, "Total Time", "Cumulative Time", "Test Time")
				.column(VOLTAGE, "Voltage").column(CURRENT, "Current").column(STEP_CAPACITY, "Capacity")
				.column(CYCLE, "Cycle Index", "Cycle ID").column(STEP, "Step Index", "Step ID")
				.column(MODE, "Step Type").anyOf("DataPoint", "Record ID").build();
	}
}
