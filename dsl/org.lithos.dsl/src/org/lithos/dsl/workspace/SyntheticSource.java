package org.lithos.dsl.workspace;

/**
 * Generates a large, valid {@code .cell} file for benchmarks and scale tests: blocks of derived materials,
 * cells, protocols and studies that reference each other and the material library.
 */
public final class SyntheticSource {

	private SyntheticSource() {
	}

	/**
	 * @param lines approximate number of lines wanted
	 * @return source text with at least that many lines
	 */
	public static String generate(int lines) {
		StringBuilder text = new StringBuilder("package bench.synthetic\n\nimport lithos.materials.*\n\n");
		int count = 3;
		for (int block = 0; count < lines; block++) {
			String b = Integer.toString(block);
			String chunk = """
					material LPSCl_%1$s extends Li6PS5Cl {
					    conductivity %2$s mS/cm at 9 MPa source "synthetic"
					    particles 1 um .. 5 um
					}

					cell Half_%1$s {
					    format half
					    area 12 mm diameter
					    counter Li foil 100 um
					    separator LPSCl_%1$s 150 mg
					    collector Cu 9 um {
					        layer W 30 nm
					        layer Mg 140 nm
					    }
					    pressure 9 MPa
					    temperature 23 C
					}

					protocol Cycling_%1$s(j = 1 mA/cm2, q = 1 mAh/cm2, n = 3) {
					    repeat n {
					        plate at j for q
					        strip at j until 0.2 V
					    }
					    stop when shorted
					}

					study Study_%1$s "synthetic study %1$s" {
					    vary j in [0.5, 1, 2] mA/cm2
					    run Half_%1$s with Cycling_%1$s(j = j)
					    expect first cycle efficiency of Half_%1$s = 95 %% +- 3 %%
					    plot voltage vs time
					}

					""".formatted(b, 0.5 + block % 7 * 0.1);
			text.append(chunk);
			count += chunk.split("\n", -1).length - 1;
		}
		return text.toString();
	}
}
