/**
 * A partner lab's solver, built only against the public SDK ({@code org.lithos.solver.api} and
 * {@code org.lithos.model}, imported by package): a Coulombic-efficiency inventory model that shows how a lab
 * adds a solver without touching Lithos' code. Studies select it with {@code solver "partner.ce-inventory"}.
 */
package org.lithos.examples.partner;
