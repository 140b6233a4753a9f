/** The Declarative Services component that publishes the solver to Lithos. */
package org.example.lithos.solver.internal;
