package org.lithos.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fidelity target: the pass rate, and no measured ordering reversed. */
class FidelityTest {

	@Test
	void passRateMeetsTheTargetAtItsShare() {
		assertTrue(Fidelity.met(80, 20));
		assertFalse(Fidelity.met(79, 21));
		assertFalse(Fidelity.met(0, 0), "nothing addressed meets nothing");
	}

	@Test
	void aWrongOrderingMissesTheTargetWhateverThePassRate() {
		assertTrue(Fidelity.met(100, 0, 0));
		assertFalse(Fidelity.met(100, 0, 1));
		assertFalse(Fidelity.met(79, 21, 0));
	}

	@Test
	void theTargetAppliesToTheCrossValidatedScoreWithTheTrainingScoreAtItsOwn() {
		assertTrue(Fidelity.met(90, 10, 80, 100, 0));
		assertFalse(Fidelity.met(90, 10, 79, 100, 0), "cross-validated below target");
		assertFalse(Fidelity.met(89, 11, 100, 100, 0), "training below its target");
		assertFalse(Fidelity.met(100, 0, 100, 100, 1), "an ordering wrong");
		assertFalse(Fidelity.met(100, 0, 0, 0, 0), "no held-out score meets nothing");
	}
}
