package org.lithos.examples.partner.internal;

import org.lithos.examples.partner.CeInventorySolver;
import org.lithos.solver.api.Solver;
import org.osgi.service.component.annotations.Component;

/** Publishes the partner solver; Lithos finds it through its solver registry, no registration code needed. */
@Component(service = Solver.class)
public class CeInventoryComponent extends CeInventorySolver {
}
