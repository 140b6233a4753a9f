package org.lithos.solver.api;

import java.util.Locale;

import org.lithos.model.MaterialSpec;
import org.lithos.model.Property;

/**
 * What a collector material or coating does to the Li plated on it. The class follows from properties the material
 * library declares, never from a material's name, so that a partner's new material behaves like the built-in one it
 * resembles: a metal with {@code li solubility 0 %} is a barrier like W, one with an {@code li alloy ratio} alloys
 * like Mg. Shared by every solver that reads collectors, so all of them classify a material the same way.
 * <p>
 * The text property {@value #PROPERTY} declares the class outright (its values are the constants' names in lower
 * case with spaces, e.g. {@code surface class "noble alloying"}); without it the class is inferred from the other
 * properties in the order of the constants below, a declared Li solubility of zero first.
 */
public enum SurfaceClass {

	/** Neither alloys with Li nor converts: Li nucleates on it directly (Cu, Ni, stainless steel). */
	BARE,
	/** Dissolves no Li ({@code li solubility 0 %}): a barrier that neither alloys nor pulverises (W, Mo, Nb). */
	REFRACTORY,
	/** Converts on the first lithiation ({@code conversion capacity} or {@code conversion potential}): Cu2Te. */
	CONVERSION,
	/** A compound Li wets without alloying with it (declared): Li2Te, the product of the Cu2Te conversion. */
	LITHIOPHILIC_COMPOUND,
	/** An alloying noble metal (declared): Au, Ag; Li wets its alloy better than that of other metals. */
	NOBLE_ALLOYING,
	/** Alloys with Li ({@code li alloy ratio}, a {@code plateau}, or declared): Mg, Sn, Zn, In. */
	ALLOYING;

	/** The text property that declares the class. */
	public static final String PROPERTY = "surface class";
	/** Li atoms per metal atom in the Li-richest alloy phase (Li15Au4: 3.75). */
	public static final String LI_ALLOY_RATIO = "li alloy ratio";

	/**
	 * @param m a material, may be null (then {@link #BARE})
	 * @return its class
	 * @throws IllegalArgumentException when {@value #PROPERTY} names no class
	 */
	public static SurfaceClass of(MaterialSpec m) {
		if (m == null) {
			return BARE;
		}
		SurfaceClass declared = declared(m);
		if (declared == REFRACTORY || MaterialProperties.value(m, "li solubility") == 0.0) {
			return REFRACTORY;
		}
		if (declared == CONVERSION || Double.isFinite(MaterialProperties.value(m, "conversion capacity"))
				|| Double.isFinite(MaterialProperties.value(m, "conversion potential"))) {
			return CONVERSION;
		}
		if (declared != null) {
			return declared;
		}
		if (Double.isFinite(MaterialProperties.value(m, LI_ALLOY_RATIO))
				|| Double.isFinite(MaterialProperties.value(m, "plateau"))) {
			return ALLOYING;
		}
		return BARE;
	}

	/** @return whether Li alloys with the material */
	public boolean alloys() {
		return this == ALLOYING || this == NOBLE_ALLOYING;
	}

	/** @return the word the library uses, e.g. {@code noble alloying} */
	public String word() {
		return name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/**
	 * @param word a value of {@value #PROPERTY}
	 * @return the class it names
	 * @throws IllegalArgumentException when it names none
	 */
	public static SurfaceClass ofWord(String word) {
		for (SurfaceClass c : values()) {
			if (c.word().equalsIgnoreCase(word.trim())) {
				return c;
			}
		}
		throw new IllegalArgumentException("surface class '" + word + "' is not one of bare, refractory, conversion, "
				+ "lithiophilic compound, noble alloying, alloying");
	}

	private static SurfaceClass declared(MaterialSpec m) {
		Property p = MaterialProperties.find(m.getProperties(), PROPERTY);
		return p == null || p.getText() == null ? null : ofWord(p.getText());
	}
}
