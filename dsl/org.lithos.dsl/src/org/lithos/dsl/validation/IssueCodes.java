package org.lithos.dsl.validation;

/**
 * Every diagnostic the cell language reports, by code. Quick fixes and tests refer to these; each one is
 * exercised by a test in {@code org.lithos.dsl.tests}.
 */
public final class IssueCodes {

	private static final String PREFIX = "org.lithos.dsl.";

	/** A value of the wrong kind of quantity, e.g. a voltage where a current density belongs (error). */
	public static final String WRONG_DIMENSION = PREFIX + "wrongDimension";
	/** A number without a unit where a physical quantity belongs (error). */
	public static final String MISSING_UNIT = PREFIX + "missingUnit";
	/** A unit symbol nobody knows, with a suggestion when one is close (error). */
	public static final String UNKNOWN_UNIT = PREFIX + "unknownUnit";
	/** A physically impossible value, e.g. a negative thickness or a porosity above 100 % (error). */
	public static final String IMPOSSIBLE_VALUE = PREFIX + "impossibleValue";
	/** A possible but implausible value; the message names the plausible range (warning). */
	public static final String IMPLAUSIBLE_VALUE = PREFIX + "implausibleValue";
	/** A name that refers to nothing, with a did-you-mean suggestion (error). */
	public static final String UNKNOWN_REFERENCE = PREFIX + "unknownReference";
	/** An import of a package or element that does not exist (error). */
	public static final String UNKNOWN_IMPORT = PREFIX + "unknownImport";
	/** Two elements, parameters or variables with the same name (error). */
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
	/** A material or cell that extends itself, directly or through others (error). */
	public static final String INHERITANCE_CYCLE = PREFIX + "inheritanceCycle";
	/** A full cell without a cathode (error). */
	public static final String FULL_CELL_WITHOUT_CATHODE = PREFIX + "fullCellWithoutCathode";
	/** A half or symmetric cell without a counter electrode (error). */
	public static final String HALF_CELL_WITHOUT_COUNTER = PREFIX + "halfCellWithoutCounter";
	/** A cell that lacks a part every simulation needs, e.g. an area or a separator (error). */
	public static final String MISSING_PART = PREFIX + "missingPart";
	/** A step without any limit, that could run forever (error; warning when only a short can end it). */
	public static final String STEP_CANNOT_END = PREFIX + "stepCannotEnd";
	/** A protocol parameter that no step uses (warning). */
	public static final String UNUSED_PARAMETER = PREFIX + "unusedParameter";
	/** A required protocol parameter that a run does not give (error). */
	public static final String MISSING_ARGUMENT = PREFIX + "missingArgument";
	/** A property name the catalogue does not know, with a suggestion (warning). */
	public static final String UNKNOWN_PROPERTY = PREFIX + "unknownProperty";
	/** The same property given twice in one block (error). */
	public static final String DUPLICATE_PROPERTY = PREFIX + "duplicateProperty";
	/** A material used in a role its kind does not fit, e.g. a cathode material as separator (warning). */
	public static final String WRONG_MATERIAL_KIND = PREFIX + "wrongMaterialKind";
	/** An observable an expect or plot names that Lithos does not know (warning). */
	public static final String UNKNOWN_OBSERVABLE = PREFIX + "unknownObservable";
	/** A count that is not a whole positive number, e.g. {@code repeat 2.5} (error). */
	public static final String INVALID_COUNT = PREFIX + "invalidCount";
	/** A run that cannot be compiled into a simulation input, e.g. a C-rate in a cell without cathode (error). */
	public static final String CANNOT_COMPILE = PREFIX + "cannotCompile";

	/** Something that is not a number where a property's value belongs, e.g. {@code pressure NaN MPa} (error). */
	public static final String NOT_A_NUMBER = PREFIX + "notANumber";
	/** A sweep variable no run uses: its values would give identical runs (error). */
	public static final String UNUSED_VARIABLE = PREFIX + "unusedVariable";
	/** An expectation about a sweep point the sweep does not have (error). */
	public static final String NOT_IN_SWEEP = PREFIX + "notInSweep";
	/** The same value twice in one sweep: two identical runs (error). */
	public static final String DUPLICATE_SWEEP_VALUE = PREFIX + "duplicateSweepValue";
	/** A {@code solver "id"} that no installed solver has, with a suggestion (error). */
	public static final String UNKNOWN_SOLVER = PREFIX + "unknownSolver";
	/** A study or run name too long to become a folder name on common file systems (error). */
	public static final String NAME_TOO_LONG = PREFIX + "nameTooLong";

	/** A {@code data} file that is missing, unreadable or malformed; the message names line and problem (error). */
	public static final String DATA_FILE = PREFIX + "dataFile";
	/** An {@code expect ... = measured} without a data file for its cell, or of an observable no file gives (error). */
	public static final String NOT_MEASURED = PREFIX + "notMeasured";

	/**
	 * A cycle range, reference cycle or step an expectation names that its observable has no meaning for, or that
	 * is no range ({@code over cycles 50 to 2}) (error).
	 */
	public static final String INVALID_ADDRESS = PREFIX + "invalidAddress";
	/** A counter electrode that is neither Li nor a Li alloy whose potential vs Li is given (error). */
	public static final String COUNTER_NOT_LITHIUM = PREFIX + "counterNotLithium";

	/**
	 * A blocking cell (collector | electrolyte | collector, no Li) given a counter or cathode, or run with a step that
	 * needs Li (plate, strip, charge, discharge) or a hold without a duration (error).
	 */
	public static final String BLOCKING_CELL = PREFIX + "blockingCell";

	private IssueCodes() {
	}
}
