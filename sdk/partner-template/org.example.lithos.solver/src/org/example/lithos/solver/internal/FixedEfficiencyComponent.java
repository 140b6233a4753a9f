package org.example.lithos.solver.internal;

import org.example.lithos.solver.FixedEfficiencySolver;
import org.lithos.solver.api.Solver;
import org.osgi.service.component.annotations.Component;

/** Installed beside Lithos, this component is all it takes: Lithos' solver registry picks the service up. */
@Component(service = Solver.class)
public class FixedEfficiencyComponent extends FixedEfficiencySolver {
}
