package org.lithos.solver.cell.internal;

/** Open-circuit potentials of cathode active materials vs Li/Li+, as published analytic fits of U(lithiation). */
final class CathodeOcv {

	/** Which fit: the cathode material names it with its text property {@value #PROPERTY}. */
	enum Kind {
		/** LiNi0.8Mn0.1Co0.1O2. */
		NMC811,
		/** LiCoO2. */
		LCO
	}

	/** The cathode material's text property that names its fit, e.g. {@code ocv curve "LCO"}. */
	static final String PROPERTY = "ocv curve";

	private CathodeOcv() {
	}

	/**
	 * @param kind cathode
	 * @param y    lithiation, Li per formula unit (0..1)
	 * @return U vs Li/Li+, V
	 */
	static double potential(Kind kind, double y) {
		return kind == Kind.LCO ? lco(y) : nmc811(y);
	}

	/**
	 * NMC811 of the LG M50 cell: Chen et al., J. Electrochem. Soc. 167 (2020) 080534, doi:10.1149/1945-7111/ab9050,
	 * eq. for U_p(x) fitted over x = 0.27..0.91; x is taken as Li per formula unit.
	 */
	static double nmc811(double x) {
		return -0.8090 * x + 4.4875 - 0.0428 * Math.tanh(18.5138 * (x - 0.5542))
				- 17.7326 * Math.tanh(15.7890 * (x - 0.3117)) + 17.5842 * Math.tanh(15.9308 * (x - 0.3120));
	}

	/**
	 * LiyCoO2: rational fit of Doyle-type models as used by Ramadass et al., J. Electrochem. Soc. 151 (2004) A196,
	 * doi:10.1149/1.1634273, valid for y = 0.45..1.
	 */
	static double lco(double y) {
		double y2 = y * y;
		double y4 = y2 * y2;
		double y6 = y4 * y2;
		double y8 = y4 * y4;
		double y10 = y8 * y2;
		double num = -4.656 + 88.669 * y2 - 401.119 * y4 + 342.909 * y6 - 462.471 * y8 + 433.434 * y10;
		double den = -1 + 18.933 * y2 - 79.532 * y4 + 37.311 * y6 - 73.083 * y8 + 95.96 * y10;
		return num / den;
	}
}
