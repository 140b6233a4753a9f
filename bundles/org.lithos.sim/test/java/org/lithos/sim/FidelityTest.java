package org.lithos.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fidelity target: the pass rate, and no measured ordering reversed. */
class FidelityTest {

	@Test
	void passRateMeetsTheTargetAtItsShare() {
		assertTrue(Fidelity.met(85, 15));
		assertFalse(Fidelity.met(84, 16));
		assertFalse(Fidelity.met(0, 0), "nothing addressed meets nothing");
	}

	@Test
	void aWrongOrderingMissesTheTargetWhateverThePassRate() {
		assertTrue(Fidelity.met(100, 0, 0));
		assertFalse(Fidelity.met(100, 0, 1));
		assertFalse(Fidelity.met(84, 16, 0));
	}
}
